/**
 * The annual review and quality rating of party members (kiểm điểm, đánh giá, xếp loại chất lượng đảng viên): the
 * rule sets chosen by the review's date (QĐ 124-QĐ/TW, then QĐ 366-QĐ/TW), who is rated, the highest level a member's
 * year allows, the excellence cap of a grassroots organization, and the review rounds of branches as records, from the
 * branch's facts and proposed levels to the level above's approval. It reads members (the roster on the review's date,
 * discipline decisions) and organizations through their APIs and owns no member records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reviews",
        allowedDependencies = {"platform", "organizations", "members"})
package vn.chibo.reviews;
