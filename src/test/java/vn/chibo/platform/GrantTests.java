package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrantTests {

    @Test
    void aSecretaryManagesHerBranchButDoesNotRestructureIt() {
        assertThat(Role.SECRETARY.allows(Permission.ORGANIZATION_MANAGE)).isTrue();
        assertThat(Role.SECRETARY.allows(Permission.ORGANIZATION_STRUCTURE)).isFalse();
        assertThat(Role.COMMITTEE.allows(Permission.ORGANIZATION_STRUCTURE)).isTrue();
    }

    @Test
    void aCommitteeHoldsWhatASecretaryHoldsAndRestructuresAndReadsTheAuditLog() {
        assertThat(allowed(Role.SECRETARY))
                .containsExactly(
                        Permission.ORGANIZATION_VIEW,
                        Permission.ORGANIZATION_MANAGE,
                        Permission.MEMBER_VIEW,
                        Permission.MEMBER_MANAGE,
                        Permission.MEMBER_PERSONAL_DATA,
                        Permission.DUES_VIEW,
                        Permission.DUES_MANAGE,
                        Permission.MEETING_VIEW,
                        Permission.MEETING_RECORD,
                        Permission.ELECTION_VIEW,
                        Permission.ELECTION_MANAGE,
                        Permission.ELECTION_COUNT,
                        Permission.REVIEW_VIEW,
                        Permission.REVIEW_MANAGE,
                        Permission.STATISTICS_VIEW);
        List<Permission> committee = new java.util.ArrayList<>(allowed(Role.SECRETARY));
        committee.add(2, Permission.ORGANIZATION_STRUCTURE);
        committee.add(Permission.AUDIT_VIEW);
        assertThat(allowed(Role.COMMITTEE)).containsExactlyElementsOf(committee);
    }

    private static List<Permission> allowed(Role role) {
        return java.util.Arrays.stream(Permission.values()).filter(role::allows).toList();
    }

    @Test
    void editorsAndMembersSeeButDoNotManage() {
        assertThat(Role.EDITOR.allows(Permission.PORTAL_EDIT)).isTrue();
        assertThat(Role.EDITOR.allows(Permission.PORTAL_PUBLISH)).isFalse();
        assertThat(Role.EDITOR_IN_CHIEF.allows(Permission.PORTAL_PUBLISH)).isTrue();
        assertThat(Role.MEMBER.allows(Permission.MEMBER_PERSONAL_DATA)).isFalse();
        assertThat(Role.CLERK.allows(Permission.MEETING_RECORD)).isTrue();
        assertThat(Role.CLERK.allows(Permission.MEMBER_PERSONAL_DATA)).isFalse();
        // A member's rating and the facts behind it (discipline, sick leave) are for the leadership only.
        assertThat(Role.MEMBER.allows(Permission.REVIEW_VIEW)).isFalse();
        assertThat(Role.CLERK.allows(Permission.REVIEW_VIEW)).isFalse();
        assertThat(Role.CLERK.allows(Permission.STATISTICS_VIEW)).isFalse();
        assertThat(Role.MEMBER.allows(Permission.STATISTICS_VIEW)).isFalse();
        // The clerk collects the branch's dues; a member sees only her own payments, through her linked record.
        assertThat(Role.CLERK.allows(Permission.DUES_MANAGE)).isTrue();
        assertThat(Role.MEMBER.allows(Permission.DUES_VIEW)).isFalse();
    }

    @Test
    void onlyASystemWideAdminGrantMakesAnAdministrator() {
        CurrentUser admin = new CurrentUser(1, "a", "A", List.of(new Grant(null, Role.ADMIN)));
        CurrentUser localAdmin = new CurrentUser(2, "b", "B", List.of(new Grant(5L, Role.ADMIN)));
        assertThat(admin.isAdministrator()).isTrue();
        assertThat(admin.hasEverywhere(Permission.AUDIT_VIEW)).isTrue();
        assertThat(localAdmin.isAdministrator()).isFalse();
        assertThat(localAdmin.organizationsWith(Permission.AUDIT_VIEW)).containsExactly(5L);
    }

    @Test
    void grantsOnSeveralOrganizationsGiveSeveralScopes() {
        CurrentUser user = new CurrentUser(
                3,
                "c",
                "C",
                List.of(new Grant(4L, Role.SECRETARY), new Grant(8L, Role.EDITOR), new Grant(9L, Role.MEMBER)));
        assertThat(user.organizationsWith(Permission.ORGANIZATION_VIEW)).containsExactlyInAnyOrder(4L, 8L, 9L);
        assertThat(user.organizationsWith(Permission.MEMBER_MANAGE)).containsExactly(4L);
        assertThat(user.organizationsWith(Permission.PORTAL_EDIT)).containsExactly(8L);
    }

    @Test
    void navigationShowsOnlyWhatTheUserMayUse() {
        NavigationEntry audit = new NavigationEntry(1, "/admin/audit", "nav.audit", Permission.USER_MANAGE);
        NavigationEntry home = new NavigationEntry(0, "/", "nav.home", null);
        CurrentUser secretary = new CurrentUser(3, "c", "C", List.of(new Grant(4L, Role.SECRETARY)));
        assertThat(audit.visibleTo(secretary)).isFalse();
        assertThat(audit.visibleTo(CurrentUser.system())).isTrue();
        assertThat(home.visibleTo(secretary)).isTrue();
    }

    @Test
    void aDecisionReferenceReadsAsPartyDocumentsCiteIt() {
        assertThat(new DecisionReference("1520", "QĐ/TU", java.time.LocalDate.of(2025, 6, 28)).display())
                .isEqualTo("1520-QĐ/TU, 28/6/2025");
        assertThat(new DecisionReference(null, null, null).isEmpty()).isTrue();
    }
}
