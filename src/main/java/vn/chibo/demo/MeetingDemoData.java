package vn.chibo.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.meetings.AttendanceEntry;
import vn.chibo.meetings.GuestKind;
import vn.chibo.meetings.MeetingAttendance;
import vn.chibo.meetings.MeetingDetails;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.meetings.MeetingRecord;
import vn.chibo.meetings.MeetingScoring;
import vn.chibo.meetings.Presence;
import vn.chibo.meetings.ScoreSheet;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.CurrentUser;

/**
 * A year of meetings for a few demo branches: the monthly regular meetings with the committee meeting before them, a
 * thematic meeting each quarter, a review conference, most of them closed with attendance, opinions, a resolution and
 * a score, and the next ones still planned. Written for ChiBo; the people are the generated demo members.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(3)
class MeetingDemoData extends DemoRunner {

    private static final CurrentUser SYSTEM = CurrentUser.system();
    private static final List<String> BRANCHES = List.of(
            "Chi bộ Trường THPT Nguyễn Trãi",
            "Chi bộ Trường THPT Lê Lợi",
            "Chi bộ Trường THCS Nguyễn Du",
            "Chi bộ Trường Tiểu học Kim Đồng");
    /**
     * The branch where one member stayed away from three monthly meetings of a year without a reason, so that its
     * participation page shows whom the branch is to consider removing from the list (Điều 8 of the Charter).
     */
    static final String UNEXCUSED_BRANCH = "Chi bộ Trường THCS Nguyễn Du";

    private static final List<String> THEMES = List.of(
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của đảng viên là nhà giáo",
            "Chuyển đổi số trong dạy học và quản lý nhà trường",
            "Nâng cao chất lượng giáo dục đạo đức, lối sống cho học sinh",
            "Xây dựng trường học hạnh phúc, thầy cô là tấm gương sáng");
    private static final List<String> OPINIONS = List.of(
            "Đề nghị tổ chuyên môn tăng cường dự giờ, góp ý cho giáo viên trẻ.",
            "Cần có kế hoạch phụ đạo học sinh yếu ngay từ đầu học kỳ.",
            "Đề xuất đưa nội dung học tập chuyên đề vào sinh hoạt tổ chuyên môn.",
            "Tiếp tục vận động phụ huynh phối hợp quản lý học sinh ngoài giờ học.",
            "Cần phân công cụ thể đảng viên phụ trách lớp có nhiều học sinh khó khăn.",
            "Đề nghị chi bộ biểu dương kịp thời các tấm gương người tốt, việc tốt.",
            "Nên đẩy mạnh sử dụng hồ sơ điện tử để giảm giấy tờ cho giáo viên.");
    private static final List<String> TASKS = List.of(
            "Hoàn thành kế hoạch kiểm tra giữa kỳ",
            "Tổ chức hội giảng cấp trường",
            "Rà soát hồ sơ đảng viên, cập nhật thông tin",
            "Chuẩn bị nội dung sinh hoạt chuyên đề quý tới",
            "Vận động quỹ khuyến học cho học sinh khó khăn");

    private final MeetingManagement meetings;

    private final MeetingAttendance meetingAttendance;

    private final MeetingScoring meetingScoring;

    private final MeetingPlanning meetingPlanning;
    private final OrganizationManagement organizations;
    private final Random random = new Random(20260305L);
    private Set<LocalDate> unexcusedDays = Set.of();
    private Long unexcused;

    MeetingDemoData(
            MeetingManagement meetings,
            MeetingAttendance meetingAttendance,
            MeetingScoring meetingScoring,
            MeetingPlanning meetingPlanning,
            OrganizationManagement organizations,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(jdbc, transaction, clock);
        this.meetings = meetings;
        this.meetingAttendance = meetingAttendance;
        this.meetingScoring = meetingScoring;
        this.meetingPlanning = meetingPlanning;
        this.organizations = organizations;
    }

    @Override
    void runDemo() {
        loadOnce("demo.meetings.loaded", "Demo meetings", () -> {
            DemoCalendar calendar = calendar();
            for (String name : BRANCHES) {
                jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                        .param("n", name)
                        .query(Long.class)
                        .optional()
                        .ifPresent(id -> year(OrganizationId.of(id), calendar, name.equals(UNEXCUSED_BRANCH)));
            }
        });
        // The secretary's branch also has the earlier months of the year under review, so that its self-assessment
        // of that year reads a whole year of meetings from ChiBo's records.
        loadOnce("demo.meetings.reviewedYear.loaded", "Demo meetings of the year under review", () -> jdbc.sql(
                        "SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", BRANCHES.get(0))
                .query(Long.class)
                .optional()
                .ifPresent(id -> earlier(OrganizationId.of(id), calendar())));
    }

    private void earlier(OrganizationId branch, DemoCalendar calendar) {
        unexcusedDays = Set.of();
        unexcused = null;
        for (DemoCalendar.DemoMeeting meeting : calendar.reviewedYearBefore()) {
            switch (meeting.kind()) {
                case COMMITTEE -> held(branch, MeetingKind.COMMITTEE, meeting.day(), null, 60, false);
                case REVIEW_CONFERENCE ->
                    held(branch, MeetingKind.REVIEW_CONFERENCE, meeting.day(), topic(meeting), 150, true);
                case COMBINED -> held(branch, MeetingKind.COMBINED, meeting.day(), topic(meeting), 125, true);
                default -> held(branch, meeting.kind(), meeting.day(), null, 90 + random.nextInt(30), true);
            }
        }
    }

    private void year(OrganizationId branch, DemoCalendar calendar, boolean withUnexcused) {
        unexcusedDays = withUnexcused ? unexcusedDays(calendar) : Set.of();
        unexcused = null;
        for (DemoCalendar.DemoMeeting meeting : calendar.meetings()) {
            LocalDate day = meeting.day();
            if (!meeting.held()) {
                meetingPlanning.schedule(
                        SYSTEM, branch, meeting.kind(), day, topic(meeting), "Phòng họp hội đồng", LocalTime.of(14, 0));
                continue;
            }
            switch (meeting.kind()) {
                case COMMITTEE -> held(branch, MeetingKind.COMMITTEE, day, null, 60, false);
                case REVIEW_CONFERENCE -> held(branch, MeetingKind.REVIEW_CONFERENCE, day, topic(meeting), 150, true);
                case COMBINED -> held(branch, MeetingKind.COMBINED, day, topic(meeting), 125, true);
                default -> held(branch, meeting.kind(), day, null, 90 + random.nextInt(30), true);
            }
        }
    }

    /** The last three monthly branch meetings held in the latest calendar year that had three. */
    private static Set<LocalDate> unexcusedDays(DemoCalendar calendar) {
        java.util.TreeMap<Integer, List<LocalDate>> byYear = new java.util.TreeMap<>();
        for (DemoCalendar.DemoMeeting m : calendar.meetings()) {
            if (m.held() && m.kind().isRegular()) {
                byYear.computeIfAbsent(m.day().getYear(), y -> new java.util.ArrayList<>())
                        .add(m.day());
            }
        }
        for (List<LocalDate> days : byYear.descendingMap().values()) {
            if (days.size() >= 3) {
                List<LocalDate> sorted = days.stream().sorted().toList();
                return Set.copyOf(sorted.subList(sorted.size() - 3, sorted.size()));
            }
        }
        return Set.of();
    }

    private static String topic(DemoCalendar.DemoMeeting meeting) {
        if (meeting.kind() == MeetingKind.REVIEW_CONFERENCE) {
            return "Kiểm điểm, đánh giá, xếp loại chất lượng năm "
                    + meeting.day().getYear();
        }
        return meeting.thematic() ? THEMES.get(meeting.day().getMonthValue() / 3 % THEMES.size()) : null;
    }

    private void held(OrganizationId branch, MeetingKind kind, LocalDate day, String topic, int minutes, boolean full) {
        List<String> committee = organizations.details(SYSTEM, branch).terms().stream()
                .filter(t -> t.covers(day))
                .flatMap(t -> t.committee().stream())
                .filter(seat -> seat.activeOn(day))
                .map(CommitteeSeat::fullName)
                .toList();
        if (kind.isCommittee() && committee.isEmpty()) {
            return;
        }
        MeetingId id =
                meetingPlanning.schedule(SYSTEM, branch, kind, day, topic, "Phòng họp hội đồng", LocalTime.of(14, 0));
        // A committee meeting's list is the committee's seats on the day, a branch meeting's its members.
        meetingAttendance.takeAttendance(SYSTEM, id, null);
        MeetingDetails taken = meetings.details(SYSTEM, id);
        List<AttendanceEntry> present = taken.attendance().stream()
                .filter(a -> a.presence() == Presence.PRESENT)
                .toList();
        if (present.isEmpty()) {
            return;
        }
        String chair = committee.isEmpty() ? present.get(0).fullName() : committee.get(0);
        String clerk = committee.size() > 1
                ? committee.get(1)
                : present.get(present.size() - 1).fullName();
        if (present.size() > 4 && random.nextInt(3) > 0) {
            AttendanceEntry absent = present.get(1 + random.nextInt(present.size() - 2));
            meetingAttendance.setPresence(
                    SYSTEM,
                    id,
                    absent.memberId(),
                    Presence.ABSENT_EXCUSED,
                    random.nextBoolean() ? "Đi công tác" : "Ốm",
                    null);
        }
        if (kind.isRegular() && unexcusedDays.contains(day)) {
            if (unexcused == null) {
                // A member who holds no seat and neither chairs nor keeps the minutes.
                unexcused = present.stream()
                        .filter(a -> !committee.contains(a.fullName())
                                && !a.fullName().equals(chair)
                                && !a.fullName().equals(clerk))
                        .reduce((first, second) -> second)
                        .map(AttendanceEntry::memberId)
                        .orElse(null);
            }
            if (unexcused != null && present.stream().anyMatch(a -> a.memberId() == unexcused.longValue())) {
                meetingAttendance.setPresence(SYSTEM, id, unexcused, Presence.ABSENT_UNEXCUSED, null, null);
            }
        }
        meetings.record(
                SYSTEM,
                id,
                new MeetingRecord(
                        kind,
                        day,
                        topic,
                        "Phòng họp hội đồng",
                        LocalTime.of(14, 0),
                        LocalTime.of(14, 0).plusMinutes(minutes),
                        chair,
                        clerk,
                        day.minusDays(2),
                        full
                                ? "Chi bộ thống nhất đánh giá kết quả tháng qua và triển khai nhiệm vụ tháng tới; giao chi ủy theo dõi, đôn đốc thực hiện."
                                : null,
                        kind.isRegular() ? 150_000L * present.size() : null,
                        random.nextBoolean()),
                null);
        if (full) {
            if (random.nextInt(4) == 0) {
                meetings.addGuest(
                        SYSTEM,
                        id,
                        "Hoàng Đức Thắng",
                        "Đảng ủy viên phụ trách chi bộ",
                        GuestKind.HIGHER_COMMITTEE,
                        null);
            }
            meetings.addAgendaItem(SYSTEM, id, "Thông tin thời sự, quán triệt chỉ đạo của cấp trên", null);
            meetings.addAgendaItem(SYSTEM, id, "Đánh giá kết quả thực hiện nhiệm vụ tháng trước", null);
            meetings.addAgendaItem(SYSTEM, id, "Triển khai nhiệm vụ tháng tới", null);
            meetings.addReport(SYSTEM, id, chair, "Báo cáo kết quả thực hiện nghị quyết tháng trước", null, null, null);
            int speakers = Math.min(present.size(), 3 + random.nextInt(4));
            for (int s = 0; s < speakers; s++) {
                meetings.addOpinion(
                        SYSTEM,
                        id,
                        present.get(s).fullName(),
                        kind.isCommittee() ? null : present.get(s).memberId(),
                        OPINIONS.get(random.nextInt(OPINIONS.size())),
                        null);
            }
            for (MeetingDetails.Task task : taken.previousTasks()) {
                meetings.setTaskDone(SYSTEM, id, task.id(), random.nextInt(5) > 0, null);
            }
            meetings.addTask(
                    SYSTEM,
                    id,
                    present.get(random.nextInt(present.size())).fullName(),
                    TASKS.get(random.nextInt(TASKS.size())),
                    day.plusDays(25),
                    null);
            int voters = meetings.details(SYSTEM, id).counts().voters();
            meetings.addResolution(
                    SYSTEM,
                    id,
                    "RESOLUTION",
                    "Nghị quyết sinh hoạt tháng " + day.getMonthValue() + " năm " + day.getYear(),
                    "I. KẾT QUẢ THÁNG QUA\nChi bộ lãnh đạo hoàn thành các nhiệm vụ trọng tâm.\nII. NHIỆM VỤ THÁNG TỚI\nTập trung nâng cao chất lượng dạy học và công tác chủ nhiệm.",
                    voters,
                    0,
                    0,
                    null);
        }
        meetings.markHeld(SYSTEM, id);
        if (full && kind.isRegular()) {
            ScoreSheet sheet = meetingScoring.scoreSheet(SYSTEM, id);
            Map<Long, BigDecimal> points = new HashMap<>();
            for (ScoreSheet.Line line : sheet.lines()) {
                if (!line.automatic()) {
                    BigDecimal max = line.maxPoints();
                    points.put(
                            line.criterionId(),
                            random.nextInt(5) == 0 && max.compareTo(BigDecimal.ONE) > 0
                                    ? max.subtract(BigDecimal.ONE)
                                    : max);
                }
            }
            meetingScoring.saveScore(SYSTEM, id, points);
        }
        meetings.close(SYSTEM, id);
    }
}
