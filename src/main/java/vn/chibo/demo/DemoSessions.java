package vn.chibo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.CongressPreparation;
import vn.chibo.elections.CongressPreparationDetails.PaperKind;
import vn.chibo.elections.CongressSessions;
import vn.chibo.elections.RecordOfficialSession;
import vn.chibo.elections.RecordPreparatorySession;
import vn.chibo.elections.RecordResolution;
import vn.chibo.elections.SessionBody;
import vn.chibo.elections.SessionVote;
import vn.chibo.elections.Target;
import vn.chibo.members.MemberId;
import vn.chibo.platform.CurrentUser;

/**
 * What the demo congresses do in their sessions: the preparatory session electing the presidium, the secretariat, the
 * counting committee (and at the delegate congress the credentials committee) by show of hands and adopting the agenda
 * and working rules; the official session; and the resolution with its targets. The texts are our own.
 */
final class DemoSessions {

    private static final CurrentUser SYSTEM = CurrentUser.system();

    private final CongressSessions sessions;
    private final CongressManagement congresses;
    private final CongressPreparation preparation;

    DemoSessions(CongressSessions sessions, CongressManagement congresses, CongressPreparation preparation) {
        this.sessions = sessions;
        this.congresses = congresses;
        this.preparation = preparation;
    }

    /** The reports a congress will hear, written by its committee, and the discussion papers of its organizations. */
    /** A discussion paper (tham luận) and who presents it. */
    record DiscussionPaper(String title, String author) {}

    void reports(CongressId congress, String committee, List<DiscussionPaper> discussionPapers) {
        preparation.addPaper(
                SYSTEM,
                congress,
                PaperKind.POLITICAL_REPORT,
                "Báo cáo chính trị của " + committee + " nhiệm kỳ qua trình Đại hội",
                committee,
                null,
                "Kết quả thực hiện Nghị quyết nhiệm kỳ qua; phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ tới.");
        preparation.addPaper(
                SYSTEM,
                congress,
                PaperKind.COMMITTEE_REVIEW,
                "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của " + committee,
                committee,
                null,
                "Ưu điểm, hạn chế và bài học kinh nghiệm của nhiệm kỳ.");
        for (DiscussionPaper paper : discussionPapers) {
            preparation.addPaper(
                    SYSTEM,
                    congress,
                    PaperKind.DISCUSSION_PAPER,
                    paper.title(),
                    paper.author(),
                    null,
                    "Kinh nghiệm của đơn vị và đề xuất cho nhiệm kỳ tới.");
        }
    }

    /** An upcoming congress in preparation: its draft reports, the candidate's file and comments on higher drafts. */
    void prepare(CongressId congress, MemberId candidate) {
        preparation.addPaper(
                SYSTEM,
                congress,
                PaperKind.POLITICAL_REPORT,
                "Dự thảo Báo cáo chính trị trình Đại hội",
                "Chi ủy",
                null,
                "Phần I: Đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ qua. Phần II: Phương hướng, mục tiêu,"
                        + " nhiệm vụ và giải pháp nhiệm kỳ tới.");
        preparation.addPaper(
                SYSTEM,
                congress,
                PaperKind.COMMITTEE_REVIEW,
                "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy",
                "Chi ủy",
                null,
                "Ưu điểm, hạn chế, nguyên nhân và bài học kinh nghiệm trong lãnh đạo thực hiện nhiệm vụ chính trị.");
        preparation.addPaper(
                SYSTEM,
                congress,
                PaperKind.DISCUSSION_PAPER,
                "Đổi mới phương pháp dạy học gắn với chuyển đổi số",
                "Tổ chuyên môn",
                null,
                "Kinh nghiệm ứng dụng công nghệ trong giảng dạy và quản lý học sinh.");
        preparation.addPaper(
                SYSTEM,
                congress,
                PaperKind.CANDIDATE_FILE,
                "Sơ yếu lý lịch và bản kê khai của người được giới thiệu",
                "Chi ủy",
                candidate,
                "Quá trình công tác, trình độ lý luận chính trị, kết quả đánh giá, xếp loại các năm của nhiệm kỳ.");
        preparation.addComment(
                SYSTEM,
                congress,
                "Dự thảo Báo cáo chính trị Đại hội Đảng bộ Sở",
                "Phần II, mục 2",
                "Tổ Toán – Tin",
                "Đề nghị bổ sung chỉ tiêu về tỷ lệ giáo viên ứng dụng công nghệ thông tin trong giảng dạy.");
        preparation.addComment(
                SYSTEM,
                congress,
                "Dự thảo Báo cáo chính trị Đại hội Đảng bộ Sở",
                "Phần I",
                "Tổ Ngữ văn",
                "Cần nêu rõ hơn nguyên nhân của hạn chế trong công tác phát triển đảng viên.");
    }

    /**
     * The preparatory session, which opens the congress: {@code people} are those on the list with a vote, the last
     * of them absent; everyone present raises a hand for each item.
     */
    void preparatory(CongressId congress, LocalDate day, List<MemberId> people, boolean delegates) {
        Map<SessionBody, RecordPreparatorySession.Body> bodies = new EnumMap<>(SessionBody.class);
        int n = people.size();
        if (delegates) {
            bodies.put(SessionBody.PRESIDIUM, body(people.subList(0, 3)));
            bodies.put(SessionBody.SECRETARIAT, body(people.subList(3, 5)));
            bodies.put(SessionBody.CREDENTIALS_COMMITTEE, body(people.subList(5, 8)));
            bodies.put(SessionBody.COUNTING_COMMITTEE, body(people.subList(12, 15)));
        } else {
            bodies.put(SessionBody.PRESIDIUM, body(people.subList(0, 1)));
            bodies.put(SessionBody.SECRETARIAT, body(people.subList(1, 2)));
            bodies.put(SessionBody.COUNTING_COMMITTEE, body(List.of(people.get(n - 2), people.get(n - 3))));
        }
        int present = congresses.details(SYSTEM, congress).figures().attending();
        Map<SessionVote.Item, SessionVote.Hands> votes = new EnumMap<>(SessionVote.Item.class);
        for (SessionVote.Item item : SessionVote.Item.values()) {
            boolean credentials =
                    item == SessionVote.Item.CREDENTIALS_COMMITTEE || item == SessionVote.Item.CREDENTIALS_REPORT;
            if (delegates || !credentials) {
                votes.put(item, new SessionVote.Hands(present, 0));
            }
        }
        sessions.recordPreparatory(
                SYSTEM,
                congress,
                new RecordPreparatorySession(
                        day,
                        bodies,
                        "Khai mạc; báo cáo chính trị và báo cáo kiểm điểm của cấp ủy; thảo luận; góp ý dự thảo văn kiện"
                                + " đại hội cấp trên; bầu cử; thông qua nghị quyết; bế mạc.",
                        "Đại hội làm việc theo nguyên tắc tập trung dân chủ; biểu quyết bằng giơ tay, bầu cử bằng phiếu"
                                + " kín theo Quy chế bầu cử trong Đảng.",
                        votes));
    }

    void official(CongressId congress, LocalDate day) {
        sessions.recordOfficial(
                SYSTEM,
                congress,
                new RecordOfficialSession(
                        day,
                        "Đại hội nghe báo cáo chính trị, báo cáo kiểm điểm của cấp ủy nhiệm kỳ qua và các tham luận;"
                                + " thảo luận và góp ý dự thảo văn kiện đại hội cấp trên."));
    }

    private static RecordPreparatorySession.Body body(List<MemberId> members) {
        return new RecordPreparatorySession.Body(List.copyOf(members), null);
    }

    static RecordResolution resolution(int agree, boolean committee) {
        List<Target> targets = committee
                ? List.of(
                        new Target(
                                "Chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên",
                                Target.Comparator.AT_LEAST,
                                new BigDecimal("90"),
                                Target.Unit.PERCENT,
                                "chi bộ",
                                true,
                                Target.Measure.ORGANIZATIONS_GOOD_OR_BETTER),
                        new Target(
                                "Đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên",
                                Target.Comparator.AT_LEAST,
                                new BigDecimal("95"),
                                Target.Unit.PERCENT,
                                "đảng viên",
                                true,
                                Target.Measure.MEMBERS_GOOD_OR_BETTER),
                        new Target(
                                "Không có chi bộ xếp loại không hoàn thành nhiệm vụ",
                                Target.Comparator.AT_MOST,
                                BigDecimal.ZERO,
                                Target.Unit.COUNT,
                                "chi bộ",
                                true,
                                Target.Measure.ORGANIZATIONS_NOT_COMPLETED),
                        new Target(
                                "Kết nạp đảng viên mới trong nhiệm kỳ",
                                Target.Comparator.AT_LEAST,
                                new BigDecimal("40"),
                                Target.Unit.COUNT,
                                "đảng viên",
                                false,
                                Target.Measure.MEMBERS_ADMITTED))
                : List.of(
                        new Target(
                                "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
                                Target.Comparator.AT_LEAST,
                                new BigDecimal("90"),
                                Target.Unit.PERCENT,
                                "đảng viên",
                                true,
                                Target.Measure.MEMBERS_GOOD_OR_BETTER),
                        new Target(
                                "Học sinh được đánh giá hạnh kiểm tốt",
                                Target.Comparator.AT_LEAST,
                                new BigDecimal("85"),
                                Target.Unit.PERCENT,
                                "học sinh",
                                true,
                                Target.Measure.NONE));
        return new RecordResolution(
                committee ? "Nghị quyết Đại hội đại biểu Đảng bộ" : "Nghị quyết Đại hội Chi bộ",
                "I. PHƯƠNG HƯỚNG CHUNG\nPhát huy truyền thống đoàn kết, nâng cao năng lực lãnh đạo và sức chiến đấu; "
                        + "đổi mới nội dung sinh hoạt, gắn công tác xây dựng Đảng với nhiệm vụ dạy và học.\n"
                        + "II. NHIỆM VỤ, GIẢI PHÁP\nTăng cường giáo dục chính trị tư tưởng; chăm lo phát triển đảng viên "
                        + "trong đội ngũ giáo viên trẻ; đẩy mạnh chuyển đổi số trong quản lý và giảng dạy.",
                agree,
                0,
                0,
                targets);
    }
}
