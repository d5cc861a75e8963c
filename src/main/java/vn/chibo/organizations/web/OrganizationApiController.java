package vn.chibo.organizations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.organizations.OrganizationDetails;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.platform.CurrentUsers;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The Party organization tree visible to the caller")
class OrganizationApiController {

    private final OrganizationManagement organizations;

    OrganizationApiController(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "The organizations the caller may see, as a forest of trees")
    List<OrganizationNode> tree() {
        return organizations.visibleTree(CurrentUsers.require(), false);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organization with its units, terms, committee and history")
    OrganizationDetails organization(@PathVariable long id) {
        return organizations.details(CurrentUsers.require(), OrganizationId.of(id));
    }
}
