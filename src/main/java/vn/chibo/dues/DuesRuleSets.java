package vn.chibo.dues;

import java.time.YearMonth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationType;

/**
 * The rule sets as this installation configures them: Quy định 01-QĐ/TW's retention shares were not found, so they
 * are settings ({@code chibo.dues.qd01.branch-kept-percent}, {@code chibo.dues.qd01.grassroots-kept-percent}) that
 * default to QĐ 342-QĐ/TW's table, and {@code chibo.dues.qd01.above-grassroots-kept-percent}, which has no default:
 * unset, the share of the levels above the grassroots is shown as unknown.
 */
@Component
public class DuesRuleSets {

    private final DuesRules qd01;

    DuesRuleSets(
            @Value("${chibo.dues.qd01.branch-kept-percent:50}") int branchKeptPercent,
            @Value("${chibo.dues.qd01.grassroots-kept-percent:70}") int grassrootsKeptPercent,
            @Value("${chibo.dues.qd01.above-grassroots-kept-percent:#{null}}") Integer aboveGrassrootsKeptPercent) {
        this.qd01 = DuesRules.qd01(branchKeptPercent, grassrootsKeptPercent, aboveGrassrootsKeptPercent);
    }

    /** The rules of the month; null before QĐ 342-QĐ/TW took effect (04/2011). */
    public DuesRules on(YearMonth month) {
        return DuesRules.on(month, qd01);
    }

    /**
     * The share of its collection a branch of the type keeps under the rules. QĐ 342-QĐ/TW's 90% for the grassroots
     * organization of a commune, ward or town is the commune's own organization's share, not a school branch's, and
     * no sheet is kept for it here; Quy định 01-QĐ/TW states no commune-level share (party-rules.md §5.1: not found).
     */
    static int keptPercent(DuesRules rules, OrganizationType type) {
        return rules.keptPercent(RetentionLevel.of(type));
    }
}
