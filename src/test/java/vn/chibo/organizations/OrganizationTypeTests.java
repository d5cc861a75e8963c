package vn.chibo.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.organizations.OrganizationType.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganizationTypeTests {

    @Test
    void branchesSitUnderGrassrootsOrSubCommitteesAndCellsUnderBranches() {
        assertThat(BRANCH.mayBeUnder(GRASSROOTS_COMMITTEE)).isTrue();
        assertThat(BRANCH.mayBeUnder(SUB_COMMITTEE)).isTrue();
        assertThat(BRANCH.mayBeUnder(PROVINCIAL_COMMITTEE)).isFalse();
        assertThat(CELL.mayBeUnder(BRANCH)).isTrue();
        assertThat(CELL.mayBeUnder(GRASSROOTS_BRANCH)).isTrue();
        assertThat(CELL.mayBeUnder(GRASSROOTS_COMMITTEE)).isFalse();
        assertThat(SUB_COMMITTEE.mayBeUnder(GRASSROOTS_COMMITTEE)).isTrue();
        assertThat(GRASSROOTS_BRANCH.mayBeUnder(COMMUNE_COMMITTEE)).isTrue();
        assertThat(GRASSROOTS_BRANCH.mayBeUnder(GRASSROOTS_COMMITTEE)).isFalse();
    }

    @Test
    void nothingSitsUnderABranchButACellAndNothingUnderACell() {
        for (OrganizationType type : values()) {
            assertThat(type.mayBeUnder(CELL)).isFalse();
            if (type != CELL) {
                assertThat(type.mayBeUnder(BRANCH)).as(type.name()).isFalse();
            }
        }
    }

    @Test
    void communesMovedFromDistrictsToTheProvinceIn2025() {
        assertThat(COMMUNE_COMMITTEE.mayBeUnder(DISTRICT_COMMITTEE)).isTrue();
        assertThat(COMMUNE_COMMITTEE.mayBeUnder(PROVINCIAL_COMMITTEE)).isTrue();
    }

    @Test
    void theDistrictLevelCanOnlyBeRecordedForDatesBeforeItsAbolition() {
        assertThat(DISTRICT_COMMITTEE.mayBeFoundedOn(LocalDate.of(1977, 1, 10))).isTrue();
        assertThat(DISTRICT_COMMITTEE.mayBeFoundedOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(DISTRICT_COMMITTEE.mayBeFoundedOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(BRANCH.mayBeFoundedOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void cellsAndSubordinateBranchesCannotBeRoots() {
        assertThat(CELL.mayBeRoot()).isFalse();
        assertThat(BRANCH.mayBeRoot()).isFalse();
        assertThat(SUB_COMMITTEE.mayBeRoot()).isFalse();
        assertThat(PROVINCIAL_COMMITTEE.mayBeRoot()).isTrue();
        assertThat(GRASSROOTS_COMMITTEE.mayBeRoot()).isTrue();
    }
}
