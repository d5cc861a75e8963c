package vn.chibo.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.platform.InvalidInputException;

class OrganizationRulesTests {

    @Test
    void aPathIsInASubtreeOnlyAtLabelBoundaries() {
        assertThat(OrganizationManagement.isInSubtree("1.2.3", "1.2")).isTrue();
        assertThat(OrganizationManagement.isInSubtree("1.2", "1.2")).isTrue();
        assertThat(OrganizationManagement.isInSubtree("1.23", "1.2")).isFalse();
        assertThat(OrganizationManagement.isInSubtree("1", "1.2")).isFalse();
    }

    @Test
    void theForestKeepsOrderAndNestsChildrenUnderVisibleParents() {
        OrganizationSummary a = summary(1, null);
        OrganizationSummary b = summary(2, 1L);
        OrganizationSummary c = summary(3, 2L);
        OrganizationSummary orphan = summary(9, 7L); // its parent is outside the user's scope
        List<OrganizationNode> forest = OrganizationManagement.buildForest(List.of(a, b, orphan, c));
        assertThat(forest).extracting(n -> n.organization().id().value()).containsExactly(1L, 9L);
        assertThat(forest.get(0).children()).singleElement().satisfies(n -> {
            assertThat(n.organization().id().value()).isEqualTo(2L);
            assertThat(n.children())
                    .extracting(x -> x.organization().id().value())
                    .containsExactly(3L);
        });
    }

    @Test
    void draftsAreTrimmedAndChecked() {
        OrganizationDraft clean = OrganizationManagement.validate(new OrganizationDraft(
                "  Chi bộ Trường THCS Phan Bội Châu ",
                " ",
                OrganizationType.BRANCH,
                null,
                null,
                null,
                " ",
                null,
                null));
        assertThat(clean.name()).isEqualTo("Chi bộ Trường THCS Phan Bội Châu");
        assertThat(clean.shortName()).isNull();
        assertThat(clean.email()).isNull();
        assertThat(clean.founding()).isNotNull();

        assertThatThrownBy(() -> OrganizationManagement.validate(
                        new OrganizationDraft(" ", null, OrganizationType.BRANCH, null, null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> OrganizationManagement.validate(new OrganizationDraft(
                        "Chi bộ", null, OrganizationType.BRANCH, null, null, null, "khong-phai-email", null, null)))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> OrganizationManagement.validate(new OrganizationDraft(
                        "Đảng bộ huyện mới",
                        null,
                        OrganizationType.DISTRICT_COMMITTEE,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 1, 1),
                        null)))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("organization.type.districtAbolished"));
    }

    @Test
    void staffCountsMustBeSensible() {
        UnitDraft negative = new UnitDraft("Trường Tiểu học Hòa Bình", UnitKind.PRIMARY_SCHOOL, null, -1, 20, 3, null);
        assertThatThrownBy(() -> OrganizationManagement.validate(negative))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("managers"));
        UnitDraft clean = OrganizationManagement.validate(
                new UnitDraft("Trường Tiểu học Hòa Bình", UnitKind.PRIMARY_SCHOOL, null, null, 20, 3, null));
        assertThat(clean.managers()).isZero();
    }

    @Test
    void aUnitsStaffIsTheSumOfManagersTeachersAndEmployees() {
        assertThat(new UnitDetails(1, "Trường", UnitKind.PRIMARY_SCHOOL, null, 3, 40, 6, null).staff())
                .isEqualTo(49);
    }

    @Test
    void aScopeOfPathsBecomesAnLtreeCondition() {
        OrganizationScope scope = new OrganizationScope(false, List.of("1.2", "1.5"));
        assertThat(scope.sqlCondition("o.path")).isEqualTo("o.path <@ CAST(:scopePaths AS ltree[])");
        assertThat(scope.pathArray()).isEqualTo("{1.2,1.5}");
        assertThat(new OrganizationScope(true, List.of()).sqlCondition("o.path"))
                .isEqualTo("true");
        assertThat(new OrganizationScope(false, List.of()).isEmpty()).isTrue();
    }

    private static OrganizationSummary summary(long id, Long parent) {
        return new OrganizationSummary(
                OrganizationId.of(id),
                "Tổ chức " + id,
                OrganizationType.BRANCH,
                parent == null ? null : OrganizationId.of(parent),
                0,
                null);
    }
}
