package vn.chibo.elections;

import java.util.List;
import vn.chibo.members.MemberId;

/**
 * The preparation of a congress: its papers (draft political report, review of the outgoing committee, discussion
 * papers, personnel plan, candidates' files) and the comments collected on the higher congresses' draft documents.
 */
public record CongressPreparationDetails(List<Paper> papers, List<DraftComment> comments) {

    /** What a preparation paper is. */
    public enum PaperKind {
        POLITICAL_REPORT,
        COMMITTEE_REVIEW,
        DISCUSSION_PAPER,
        PERSONNEL_PLAN,
        CANDIDATE_FILE
    }

    /** A paper with its author; a candidate's file names the member it is about. */
    public record Paper(long id, PaperKind kind, String title, String author, MemberId memberId, String content) {}

    /** A comment on a section of a higher congress's draft document. */
    public record DraftComment(long id, String draft, String section, String commenter, String comment) {}
}
