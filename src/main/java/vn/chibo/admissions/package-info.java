/**
 * The admission of new members (phát triển đảng viên, party-rules.md §4.5): a branch follows each person it prepares
 * for admission from the awareness course through her application, the official member who introduces her, the
 * verification of her biography, the branch's vote (two thirds of its official members), the grassroots committee's
 * resolution, the admission decision and the ceremony, with the age limits and the deadlines of the rules; at the
 * ceremony her member record is created through the members module, which takes her probation from there. Its data
 * is personal: those who may see the branch's members see it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Admissions",
        allowedDependencies = {"platform", "organizations", "members", "meetings", "documents"})
package vn.chibo.admissions;
