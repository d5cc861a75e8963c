package vn.chibo.reviews;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.members.MemberId;

/**
 * One member of a review round: who she is on the roster, what was recorded of her year, her three levels, and what
 * the rules say of it.
 *
 * @param entryId the identity of this member's review within the round
 * @param recorded the facts and levels the branch recorded (with the row's version)
 * @param disciplineDecisions the dates of the discipline decisions against her within the year, from the members
 *     module
 * @param approvedLevel the level the level above approved, or null
 * @param reviewed whether she does the review (kiểm điểm) at all
 * @param rated whether she is rated
 * @param highest the highest level the rules allow, or null when she is not rated
 * @param notRatedReasons why she is not rated
 * @param limits every rule that keeps her below Hoàn thành xuất sắc nhiệm vụ
 * @param notes what the branch should know without it limiting the level
 * @param problems levels recorded above what the rules allow (after a later discipline decision, say)
 */
public record MemberReview(
        long entryId,
        MemberId memberId,
        String fullName,
        LocalDate admissionDate,
        boolean exempt,
        boolean suspended,
        RecordMemberReview recorded,
        List<LocalDate> disciplineDecisions,
        RatingLevel approvedLevel,
        boolean reviewed,
        boolean rated,
        RatingLevel highest,
        List<ReviewMessage> notRatedReasons,
        List<RatingLimit> limits,
        List<ReviewMessage> notes,
        List<ReviewMessage> problems) {

    public MemberReview {
        disciplineDecisions = List.copyOf(disciplineDecisions);
        notRatedReasons = List.copyOf(notRatedReasons);
        limits = List.copyOf(limits);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /** The level that counts now: the approved one once there is one, else the branch's proposal. */
    public RatingLevel decidedLevel() {
        return approvedLevel != null ? approvedLevel : recorded.proposedLevel();
    }

    public RatingLevel proposedLevel() {
        return recorded.proposedLevel();
    }

    public RatingLevel selfLevel() {
        return recorded.selfLevel();
    }

    public int version() {
        return recorded.version();
    }
}
