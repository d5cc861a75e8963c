package vn.chibo.elections;

import java.math.BigDecimal;
import java.util.List;

/**
 * The congress resolution with its vote: adopted with more than half of the legal denominator in favour (QĐ 294-QĐ/TW
 * §9.3.2, the same denominator as the elections).
 */
public record ResolutionDetails(
        String title,
        String content,
        int agree,
        int disagree,
        int abstain,
        int denominator,
        boolean adopted,
        BigDecimal agreePercent,
        List<Target> targets) {}
