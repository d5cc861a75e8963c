/**
 * Party dues (đảng phí): the rule sets chosen by the month (QĐ 342-QĐ/TW until 01/2026, Quy định 01-QĐ/TW from
 * 02/2026), each member's dues basis with its history, exemptions and reductions decided on application, the valid
 * reasons the branch accepted for months not paid (withdrawn when recorded by mistake), a branch's monthly collection
 * sheet, from payments to the closed month and the share kept and sent up, and the level above's receipts of what was
 * sent up. It reads the
 * roster and party age of a branch from the members module and owns no member records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Dues",
        allowedDependencies = {"platform", "organizations", "members"})
package vn.chibo.dues;
