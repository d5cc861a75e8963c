package vn.chibo.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.organizations.OrganizationRecords.OrganizationRow;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;

class OrganizationRulesTests {

    @Test
    void aPathIsInASubtreeOnlyAtLabelBoundaries() {
        assertThat(OrganizationRules.isInSubtree("1.2.3", "1.2")).isTrue();
        assertThat(OrganizationRules.isInSubtree("1.2", "1.2")).isTrue();
        assertThat(OrganizationRules.isInSubtree("1.23", "1.2")).isFalse();
        assertThat(OrganizationRules.isInSubtree("1", "1.2")).isFalse();
    }

    @Test
    void theForestKeepsOrderAndNestsChildrenUnderVisibleParents() {
        OrganizationSummary a = summary(1, null);
        OrganizationSummary b = summary(2, 1L);
        OrganizationSummary c = summary(3, 2L);
        OrganizationSummary orphan = summary(9, 7L); // its parent is outside the user's scope
        List<OrganizationNode> forest = OrganizationRules.buildForest(List.of(a, b, orphan, c));
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
        OrganizationDraft clean = OrganizationRules.validate(new OrganizationDraft(
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

        assertThatThrownBy(() -> OrganizationRules.validate(
                        new OrganizationDraft(" ", null, OrganizationType.BRANCH, null, null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> OrganizationRules.validate(new OrganizationDraft(
                        "Chi bộ", null, OrganizationType.BRANCH, null, null, null, "khong-phai-email", null, null)))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> OrganizationRules.validate(new OrganizationDraft(
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
        assertThatThrownBy(() -> OrganizationRules.validate(negative))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("managers"));
        UnitDraft clean = OrganizationRules.validate(
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

    @Test
    void aMoveNeedsAPastDateADecisionAndANewParentOutsideTheSubtree() {
        OrganizationRow branch = row(5, 2L, "1.2.5", OrganizationType.BRANCH, null);
        OrganizationRow committee = row(3, 1L, "1.3", OrganizationType.GRASSROOTS_COMMITTEE, null);
        LocalDate today = LocalDate.of(2026, 12, 6);
        DecisionReference decision = new DecisionReference("12", "QĐ/ĐU", today);

        OrganizationRules.checkMove(branch, committee, today, today, decision, LocalDate.of(2020, 1, 1));

        assertField(() -> OrganizationRules.checkMove(branch, committee, today.plusDays(1), today, decision, null))
                .isEqualTo("organization.move.future");
        assertField(() -> OrganizationRules.checkMove(
                        branch, committee, today, today, new DecisionReference(" ", "QĐ/ĐU", today), null))
                .isEqualTo("organization.decision.required");
        assertField(() -> OrganizationRules.checkMove(
                        branch,
                        row(2, 1L, "1.2", OrganizationType.GRASSROOTS_COMMITTEE, null),
                        today,
                        today,
                        decision,
                        null))
                .isEqualTo("organization.move.sameParent");
        OrganizationRow committeeTop = row(2, 1L, "1.2", OrganizationType.GRASSROOTS_COMMITTEE, null);
        assertField(() -> OrganizationRules.checkMove(
                        committeeTop,
                        row(7, 5L, "1.2.5.7", OrganizationType.SUB_COMMITTEE, null),
                        today,
                        today,
                        decision,
                        null))
                .isEqualTo("organization.move.cycle");
        assertField(() -> OrganizationRules.checkMove(
                        branch, committee, LocalDate.of(2020, 1, 1), today, decision, LocalDate.of(2020, 1, 1)))
                .isEqualTo("organization.move.beforeCurrent");
        assertField(() -> OrganizationRules.checkMove(
                        branch,
                        row(3, 1L, "1.3", OrganizationType.GRASSROOTS_COMMITTEE, LocalDate.of(2025, 1, 1)),
                        today,
                        today,
                        decision,
                        null))
                .isEqualTo("organization.parent.dissolved");
    }

    @Test
    void aDissolutionFallsAfterTheFoundingAndTheCurrentLink() {
        OrganizationRow branch = row(5, 2L, "1.2.5", OrganizationType.BRANCH, null);
        DecisionReference decision = new DecisionReference("7", "QĐ/ĐU", null);
        OrganizationRules.checkDissolution(branch, LocalDate.of(2026, 3, 1), decision, LocalDate.of(2020, 1, 1));
        assertField(() -> OrganizationRules.checkDissolution(branch, null, decision, null))
                .isEqualTo("validation.required");
        assertField(() -> OrganizationRules.checkDissolution(branch, LocalDate.of(2026, 3, 1), null, null))
                .isEqualTo("organization.decision.required");
        assertField(() -> OrganizationRules.checkDissolution(
                        branch, LocalDate.of(2019, 12, 31), decision, LocalDate.of(2020, 1, 1)))
                .isEqualTo("organization.move.beforeCurrent");
        assertField(() -> OrganizationRules.checkDissolution(
                        row(5, 2L, "1.2.5", OrganizationType.BRANCH, LocalDate.of(2025, 1, 1)),
                        LocalDate.of(2026, 3, 1),
                        decision,
                        null))
                .isEqualTo("organization.dissolved.already");
    }

    @Test
    void aTermHoldsTheStartOfEverySeatAndHasOneSecretaryAtATime() {
        CommitteeSeat secretary =
                new CommitteeSeat(1, "Nguyễn Thị Hương", Position.SECRETARY, LocalDate.of(2025, 9, 1), null, null);
        TermDetails term =
                new TermDetails(1, "2025-2030", LocalDate.of(2025, 9, 1), LocalDate.of(2030, 9, 1), List.of(secretary));

        assertField(() -> OrganizationRules.checkTerm("2025-2030", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1)))
                .isEqualTo("term.endsOn.beforeStart");
        OrganizationRules.checkSeatsWithin(term.committee(), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1));
        assertField(() -> OrganizationRules.checkSeatsWithin(
                        term.committee(), LocalDate.of(2025, 10, 1), LocalDate.of(2030, 1, 1)))
                .isEqualTo("term.seatOutside");

        assertField(() -> OrganizationRules.checkSeat(
                        term, 0, "Trần Văn Nam", Position.SECRETARY, LocalDate.of(2026, 1, 1), null))
                .isEqualTo("committee.secretary.taken");
        // The secretary's own seat may be corrected without clashing with itself.
        OrganizationRules.checkSeat(term, 1, "Nguyễn Thị Hương", Position.SECRETARY, LocalDate.of(2025, 9, 2), null);
        // A new secretary after the first one's last day is fine.
        TermDetails ended = new TermDetails(
                1,
                "2025-2030",
                term.startsOn(),
                term.endsOn(),
                List.of(new CommitteeSeat(
                        1,
                        "Nguyễn Thị Hương",
                        Position.SECRETARY,
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 5, 31),
                        null)));
        OrganizationRules.checkSeat(ended, 0, "Trần Văn Nam", Position.SECRETARY, LocalDate.of(2026, 6, 1), null);
        assertField(() -> OrganizationRules.checkSeat(
                        term, 0, "Trần Văn Nam", Position.MEMBER, LocalDate.of(2030, 9, 1), null))
                .isEqualTo("committee.fromDate.outsideTerm");

        assertField(() -> OrganizationRules.checkSeatEnd(secretary, LocalDate.of(2025, 8, 31)))
                .isEqualTo("committee.toDate.beforeFrom");
        assertField(() -> OrganizationRules.checkSeatEnd(ended.committee().get(0), LocalDate.of(2026, 9, 1)))
                .isEqualTo("committee.seat.alreadyEnded");
    }

    @Test
    void aDraftDecisionIsKeptWithoutBlanks() {
        DecisionReference clean = OrganizationRules.cleanDecision(new DecisionReference(" 12 ", " ", null));
        assertThat(clean.number()).isEqualTo("12");
        assertThat(clean.symbol()).isNull();
        assertThat(OrganizationRules.cleanDecision(null).isEmpty()).isTrue();
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertField(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return assertThat(((InvalidInputException) thrown).messageKey());
    }

    private static OrganizationRow row(long id, Long parent, String path, OrganizationType type, LocalDate dissolved) {
        OrganizationSummary summary = new OrganizationSummary(
                OrganizationId.of(id),
                "Tổ chức " + id,
                type,
                parent == null ? null : OrganizationId.of(parent),
                path.split("\\.").length - 1,
                dissolved);
        return new OrganizationRow(
                summary,
                path,
                new OrganizationParticulars(null, null, null, null, null, LocalDate.of(2000, 1, 1), null, null));
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
