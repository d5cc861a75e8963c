/**
 * Statistics of Party organizations and members (thống kê đảng viên): for an organization and its subtree on a date,
 * the counts of members by standing, gender, ethnicity, age, religion, qualification and political theory level, the
 * member-to-staff ratio of the attached units and the organizations by type, per subordinate organization; the members
 * by rating level of a year's approved reviews; and the targets of the congress resolution in force measured year by
 * year; as pages, exports and an API. It owns no tables: the figures come through the members, organizations,
 * elections and reviews modules' APIs, and only counts leave it, never a name.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Statistics",
        allowedDependencies = {"platform", "organizations", "members", "elections", "reviews"})
package vn.chibo.statistics;
