package vn.chibo.reviews;

/**
 * A fact of a member's year that makes her Không hoàn thành nhiệm vụ whatever else she did (party-rules §3.3 and its
 * corrections in §3.0). Which of them a rule set applies, and how sure we are of each, is in {@link ReviewRules}.
 */
public enum KnockOut {
    /** HD 21-HD/BTCTW: a competent level concluded political, ethical or lifestyle degradation. */
    DEGRADATION,
    /** HD 21-HD/BTCTW: less than half of the year's targets achieved. */
    TARGETS_NOT_MET,
    /** HD 21-HD/BTCTW: rated Không hoàn thành nhiệm vụ as a civil servant or public employee. */
    CIVIL_SERVICE_NOT_COMPLETED,
    /** HD 21-HD/BTCTW, QĐ 124-QĐ/TW: disciplined during the year, counted by the date of the decision. */
    DISCIPLINED,
    /** QĐ 124-QĐ/TW: broke one of "những điều đảng viên không được làm". */
    FORBIDDEN_CONDUCT,
    /** QĐ 124-QĐ/TW: breached the duty to set an example (trách nhiệm nêu gương). */
    EXAMPLE_DUTY_BREACHED,
    /** Any criterion of the self-assessment rated Kém (party-rules §3.0, sourced only in part). */
    CRITERION_POOR;

    /** The label of the knock-out, without arguments. */
    public String messageKey() {
        return "review.knockOut." + name();
    }
}
