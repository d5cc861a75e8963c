package vn.chibo.organizations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.organizations.OrganizationDetails;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.OrganizationUnits;
import vn.chibo.organizations.StaffCount;
import vn.chibo.organizations.UnitDraft;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The Party organization tree visible to the caller, and new organizations")
class OrganizationApiController {

    private final OrganizationManagement organizations;
    private final OrganizationUnits units;

    OrganizationApiController(OrganizationManagement organizations, OrganizationUnits units) {
        this.organizations = organizations;
        this.units = units;
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

    @PostMapping("/{id}/units")
    @Operation(
            summary = "Attach an education unit with its staff counted on a date",
            description = "ORGANIZATION_MANAGE on the organization. staffAsOf is the day of the count (not after"
                    + " today); the count is kept in the unit's counts over time.")
    ResponseEntity<Map<String, Long>> addUnit(CurrentUser user, @PathVariable long id, @RequestBody UnitDraft unit) {
        long unitId = units.addUnit(user, OrganizationId.of(id), unit);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", unitId));
    }

    @PutMapping("/{id}/units/{unitId}")
    @Operation(
            summary = "Correct a unit and record its staff counted on a date",
            description = "As the unit's page: a count of a date already recorded is corrected, one of a new date is"
                    + " added (the unit shows the newest); once a unit's counts are dated, staffAsOf is required.")
    ResponseEntity<Void> updateUnit(
            CurrentUser user, @PathVariable long id, @PathVariable long unitId, @RequestBody UnitDraft unit) {
        units.updateUnit(user, OrganizationId.of(id), unitId, unit);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/units/{unitId}")
    @Operation(summary = "Detach a unit from the organization (ORGANIZATION_MANAGE)")
    ResponseEntity<Void> removeUnit(CurrentUser user, @PathVariable long id, @PathVariable long unitId) {
        units.removeUnit(user, OrganizationId.of(id), unitId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/units/{unitId}/staff")
    @Operation(summary = "A unit's staff counts over time, newest first")
    List<StaffCount> staffCounts(CurrentUser user, @PathVariable long id, @PathVariable long unitId) {
        return units.staffCounts(user, OrganizationId.of(id), unitId);
    }

    @DeleteMapping("/{id}/units/{unitId}/staff/{asOf}")
    @Operation(summary = "Remove a unit's staff count of a date entered by mistake (ORGANIZATION_MANAGE)")
    ResponseEntity<Void> removeStaffCount(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long unitId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        units.removeStaffCount(user, OrganizationId.of(id), unitId, asOf);
        return ResponseEntity.noContent().build();
    }
}
