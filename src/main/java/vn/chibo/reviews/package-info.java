/**
 * The annual review and quality rating (kiểm điểm, đánh giá, xếp loại chất lượng) of party members and of Party
 * organizations: the rule sets chosen by the review's date (QĐ 124-QĐ/TW, then QĐ 366-QĐ/TW), who is rated, the highest
 * level a member's or an organization's year allows, the excellence cap of a grassroots organization, the review rounds
 * of branches and the organizations' ratings as records, from the facts and proposed levels to the level above's
 * decision. It reads members (the roster on the review's date, discipline decisions) and organizations through their
 * APIs and owns no member or organization records; other modules read the decided levels of organizations through
 * {@link vn.chibo.reviews.OrganizationRatingManagement#decidedLevels}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reviews",
        allowedDependencies = {"platform", "organizations", "members", "meetings", "documents"})
package vn.chibo.reviews;
