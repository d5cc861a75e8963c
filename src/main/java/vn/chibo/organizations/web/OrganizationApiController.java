package vn.chibo.organizations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.organizations.OrganizationDetails;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The Party organization tree visible to the caller, and new organizations")
class OrganizationApiController {

    private final OrganizationManagement organizations;

    OrganizationApiController(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "The organizations the caller may see, as a forest of trees")
    List<OrganizationNode> tree(CurrentUser user) {
        return organizations.visibleTree(user, false);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organization with its units, terms, committee and history")
    OrganizationDetails organization(CurrentUser user, @PathVariable long id) {
        return organizations.details(user, OrganizationId.of(id));
    }

    /** An organization to create under {@code parentId} (a root when null, for administrators only). */
    record NewOrganization(
            String name,
            @Schema(
                            description =
                                    "PROVINCIAL_COMMITTEE, COMMUNE_COMMITTEE, GRASSROOTS_COMMITTEE, SUB_COMMITTEE,"
                                            + " GRASSROOTS_BRANCH, BRANCH or CELL; each may sit only under certain parents")
                    OrganizationType type,
            Long parentId,
            @Schema(description = "the abbreviation in document symbols, e.g. CB, ĐU") String shortName,
            @Schema(description = "the place name of documents' date line") String place,
            String address,
            String phone,
            String email,
            LocalDate foundedOn,
            DecisionReference founding) {}

    @PostMapping
    @Operation(
            summary = "Create an organization",
            description = "Administrators anywhere (a root without parentId); committees within their subtree"
                    + " (ORGANIZATION_STRUCTURE on the parent). The type must fit under the parent's.")
    ResponseEntity<Map<String, Long>> create(CurrentUser user, @RequestBody NewOrganization o) {
        OrganizationId id = organizations.create(
                user,
                o.parentId() == null ? null : OrganizationId.of(o.parentId()),
                new OrganizationDraft(
                        o.name(),
                        o.shortName(),
                        o.type(),
                        o.place(),
                        o.address(),
                        o.phone(),
                        o.email(),
                        o.foundedOn(),
                        o.founding()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id.value()));
    }
}
