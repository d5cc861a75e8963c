/**
 * Statistics of Party organizations and members (thống kê đảng viên): for an organization and its subtree on a date,
 * the counts of members by standing, gender, ethnicity, age, religion, qualification and political theory level, the
 * member-to-staff ratio of the attached units and the organizations by type, per subordinate organization, as a page,
 * an export and an API. It owns no tables: the figures come through the members and organizations modules' APIs, and
 * only counts leave it, never a name.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Statistics",
        allowedDependencies = {"platform", "organizations", "members"})
package vn.chibo.statistics;
