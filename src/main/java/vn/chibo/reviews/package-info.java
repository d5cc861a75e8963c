/**
 * The annual review and quality rating of party members (kiểm điểm, đánh giá, xếp loại chất lượng đảng viên): the
 * rule sets chosen by the review's date (QĐ 124-QĐ/TW, then QĐ 366-QĐ/TW), who is rated, the highest level a member's
 * year allows, and the excellence cap of a grassroots organization. It keeps no records yet and reads no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reviews",
        allowedDependencies = {})
package vn.chibo.reviews;
