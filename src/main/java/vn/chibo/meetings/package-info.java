/**
 * Branch and committee meetings: planning and the calendar, the record of a meeting (attendance from the branch's
 * members, guests, reports, opinions, conclusion, tasks, resolutions with their vote), its life from planned to closed
 * with audited corrections, and its quality score against a template chosen by date. It renders minutes through the
 * documents module and owns no member records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Meetings",
        allowedDependencies = {"platform", "organizations", "members", "documents"})
package vn.chibo.meetings;
