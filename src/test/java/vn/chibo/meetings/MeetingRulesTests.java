package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.meetings.scoring.Bands;
import vn.chibo.meetings.scoring.MeetingFacts;
import vn.chibo.meetings.scoring.ScoringRule;
import vn.chibo.platform.InvalidInputException;

class MeetingRulesTests {

    @Test
    void aResolutionPassesWithMoreThanHalfOfTheLegalDenominator() {
        // party-rules §1.6 worked example: 11 official members, 10 attend; 5 votes do not pass, 6 do.
        assertThat(new VoteResult(5, 5, 0, 11).passed()).isFalse();
        assertThat(new VoteResult(6, 4, 0, 11).passed()).isTrue();
        assertThat(new VoteResult(6, 4, 0, 11).threshold()).isEqualTo(6);
        assertThat(new VoteResult(5, 0, 0, 10).passed())
                .as("exactly half is not more than half")
                .isFalse();
        assertThat(new VoteResult(0, 0, 0, 0).passed()).isFalse();
        assertThat(new VoteResult(9, 0, 0, 9).unanimous()).isTrue();
        assertThat(new VoteResult(2, 0, 0, 3).agreePercent()).isEqualTo(66.7);
    }

    @Test
    void theDenominatorLeavesOutTheAwayTheSuspendedAndTheExemptAbsentButKeepsEveryoneMerelyAbsent() {
        List<AttendanceEntry> entries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            entries.add(entry(i, true, Presence.PRESENT));
        }
        entries.add(entry(20, true, Presence.ABSENT_EXCUSED));
        entries.add(entry(21, true, Presence.ABSENT_UNEXCUSED));
        entries.add(entry(22, true, Presence.EXEMPT));
        entries.add(entry(23, true, Presence.AWAY));
        entries.add(entry(24, true, Presence.SUSPENDED));
        entries.add(entry(25, false, Presence.PRESENT));
        AttendanceCounts counts = AttendanceCounts.of(entries);
        assertThat(counts.official()).isEqualTo(13);
        assertThat(counts.probationary()).isEqualTo(1);
        assertThat(counts.present()).isEqualTo(9);
        assertThat(counts.presentOfficial()).isEqualTo(8);
        // QĐ 294 §9.3.2 (issue 18): 8 present + 1 absent with a reason + 1 without; probationers never count.
        assertThat(counts.denominator()).isEqualTo(10);
        assertThat(counts.voters()).isEqualTo(8);
        assertThat(counts.expected()).isEqualTo(11);
    }

    @Test
    void theMinimumDurationFollowsTheRulesInForceOnTheDate() {
        assertThat(MeetingRules.on(LocalDate.of(2026, 3, 5)).minimumMinutes(MeetingKind.REGULAR))
                .isEqualTo(90);
        assertThat(MeetingRules.on(LocalDate.of(2026, 3, 5)).minimumMinutes(MeetingKind.COMBINED))
                .isEqualTo(120);
        assertThat(MeetingRules.on(LocalDate.of(2025, 10, 27)).minimumMinutes(MeetingKind.REGULAR))
                .isNull();
        assertThat(MeetingRules.on(LocalDate.of(2025, 10, 28)).source()).isEqualTo("HD 42-HD/BTCTW");
    }

    @Test
    void durationIsGradedAgainstTheMinimum() {
        assertThat(ScoringRule.DURATION.score(facts(95L, 90)).getAsDouble()).isEqualTo(1.0);
        assertThat(ScoringRule.DURATION.score(facts(80L, 90)).getAsDouble()).isEqualTo(0.8);
        assertThat(ScoringRule.DURATION.score(facts(65L, 90)).getAsDouble()).isEqualTo(0.6);
        assertThat(ScoringRule.DURATION.score(facts(50L, 90)).getAsDouble()).isEqualTo(0.4);
        assertThat(ScoringRule.DURATION.score(facts(40L, 90)).getAsDouble()).isEqualTo(0.2);
        assertThat(ScoringRule.DURATION.score(facts(null, 90))).isEmpty();
        assertThat(ScoringRule.DURATION.score(facts(60L, null)).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void attendanceAndParticipationAreGraded() {
        List<AttendanceEntry> tenPresent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tenPresent.add(entry(i, true, Presence.PRESENT));
        }
        MeetingFacts all = new MeetingFacts(
                LocalDate.of(2026, 3, 5), 95L, 90, AttendanceCounts.of(tenPresent), 6, null, false, 0, 0);
        assertThat(ScoringRule.ATTENDANCE.score(all).getAsDouble()).isEqualTo(1.0);
        assertThat(ScoringRule.SPEAKERS_SHARE.score(all).getAsDouble()).isEqualTo(1.0);
        List<AttendanceEntry> oneUnexcused = new ArrayList<>(tenPresent);
        oneUnexcused.set(0, entry(0, true, Presence.ABSENT_UNEXCUSED));
        MeetingFacts unexcused = new MeetingFacts(
                LocalDate.of(2026, 3, 5), 95L, 90, AttendanceCounts.of(oneUnexcused), 3, null, false, 0, 0);
        assertThat(ScoringRule.ATTENDANCE.score(unexcused).getAsDouble()).isEqualTo(0.25);
        assertThat(ScoringRule.SPEAKERS_SHARE.score(unexcused).getAsDouble()).isEqualTo(0.6);
        assertThat(ScoringRule.DOCUMENTS_SHARED.score(all).getAsDouble()).isZero();
        MeetingFacts previous = new MeetingFacts(
                LocalDate.of(2026, 3, 5),
                95L,
                90,
                AttendanceCounts.of(tenPresent),
                3,
                LocalDate.of(2026, 3, 4),
                true,
                4,
                3);
        assertThat(ScoringRule.DOCUMENTS_SHARED.score(previous).getAsDouble()).isEqualTo(1.0);
        assertThat(ScoringRule.COMMITTEE_MET.score(previous).getAsDouble()).isEqualTo(1.0);
        assertThat(ScoringRule.PREVIOUS_TASKS.score(previous).getAsDouble()).isEqualTo(0.8);
        assertThat(ScoringRule.PREVIOUS_TASKS.score(all)).isEmpty();
    }

    @Test
    void goodNeedsTheKeyCriteriaAtTheirMaximum() {
        BigDecimal good = BigDecimal.valueOf(90), fair = BigDecimal.valueOf(70), average = BigDecimal.valueOf(50);
        assertThat(Bands.band(BigDecimal.valueOf(95), true, good, fair, average))
                .isEqualTo(ScoreBand.GOOD);
        assertThat(Bands.band(BigDecimal.valueOf(95), false, good, fair, average))
                .isEqualTo(ScoreBand.FAIR);
        assertThat(Bands.band(BigDecimal.valueOf(70), true, good, fair, average))
                .isEqualTo(ScoreBand.FAIR);
        assertThat(Bands.band(BigDecimal.valueOf(69.99), true, good, fair, average))
                .isEqualTo(ScoreBand.AVERAGE);
        assertThat(Bands.band(BigDecimal.valueOf(49), true, good, fair, average))
                .isEqualTo(ScoreBand.POOR);
    }

    @Test
    void aModelMeetingOnAThemeCountsAsTheQuartersThematicMeetingByDefault() {
        // Issue 18, item 12: a rule-set option, on by default.
        MeetingRules rules = MeetingRules.on(LocalDate.of(2026, 3, 5));
        assertThat(rules.modelCountsAsThematic()).isTrue();
        assertThat(rules.thematic(MeetingKind.MODEL, "Chuyển đổi số trong dạy học"))
                .isTrue();
        assertThat(rules.thematic(MeetingKind.MODEL, " "))
                .as("no theme, no thematic meeting")
                .isFalse();
        assertThat(rules.thematic(MeetingKind.REGULAR, "Chuyển đổi số")).isFalse();
        assertThat(rules.minimumMinutes(MeetingKind.MODEL, "Chuyển đổi số"))
                .as("a combined session")
                .isEqualTo(120);
        MeetingRules off = new MeetingRules("local", LocalDate.of(2026, 1, 1), 90, 120, 2, 3, false);
        assertThat(off.thematic(MeetingKind.MODEL, "Chuyển đổi số")).isFalse();
        assertThat(off.minimumMinutes(MeetingKind.MODEL, "Chuyển đổi số")).isEqualTo(90);
    }

    @Test
    void aQuarterWithAThematicModelMeetingHasNoThematicWarning() {
        LocalDate today = LocalDate.of(2026, 4, 10);
        List<MeetingSummary> quarter = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            quarter.add(summary(month, MeetingKind.REGULAR, null));
        }
        assertThat(CalendarWarning.of(quarter, 2026, today))
                .extracting(CalendarWarning::messageKey)
                .containsExactly("meeting.warning.noThematic");
        quarter.set(2, summary(3, MeetingKind.MODEL, "Xây dựng trường học hạnh phúc"));
        assertThat(CalendarWarning.of(quarter, 2026, today)).isEmpty();
    }

    @Test
    void aMonthOverWithoutAHeldRegularMeetingIsAGapButTheCurrentMonthIsNot() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        List<MeetingSummary> year = new ArrayList<>();
        year.add(summary(1, MeetingKind.REGULAR, null));
        // February's meeting was planned and never held: it does not count.
        year.add(new MeetingSummary(
                MeetingId.of(2),
                vn.chibo.organizations.OrganizationId.of(1),
                "Chi bộ",
                MeetingKind.REGULAR,
                MeetingStatus.PLANNED,
                LocalDate.of(2026, 2, 5),
                null,
                null));
        assertThat(CalendarWarning.of(year, 2026, today))
                .containsExactly(new CalendarWarning("meeting.warning.noRegular", 2));
        assertThat(CalendarWarning.of(List.of(), 2025, today))
                .as("a past year without any meeting: every month and quarter")
                .hasSize(16);
    }

    private static MeetingSummary summary(int month, MeetingKind kind, String topic) {
        return new MeetingSummary(
                MeetingId.of(month),
                vn.chibo.organizations.OrganizationId.of(1),
                "Chi bộ",
                kind,
                MeetingStatus.CLOSED,
                LocalDate.of(2026, month, 5),
                topic,
                null);
    }

    @Test
    void fewerThanTwoThirdsOfTheOfficialMembersPresentIsAWarning() {
        // Issue 18, item 11: 17 counted, 11 voting: fewer than two thirds (12); 12 voting: none.
        List<AttendanceEntry> entries = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            entries.add(entry(i, true, i < 11 ? Presence.PRESENT : Presence.ABSENT_UNEXCUSED));
        }
        MeetingRules rules = MeetingRules.on(LocalDate.of(2026, 3, 5));
        assertThat(rules.attendanceWarning(AttendanceCounts.of(entries))).isTrue();
        entries.set(11, entry(11, true, Presence.PRESENT));
        assertThat(rules.attendanceWarning(AttendanceCounts.of(entries))).isFalse();
        MeetingRules none = new MeetingRules("local", LocalDate.of(2026, 1, 1), 90, 120, 0, 3, true);
        entries.set(11, entry(11, true, Presence.ABSENT_UNEXCUSED));
        assertThat(none.attendanceWarning(AttendanceCounts.of(entries))).isFalse();
    }

    @Test
    void resolutionsNeedMoreThanHalfAndMembershipVotesTwoThirds() {
        List<AttendanceEntry> seventeen = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            seventeen.add(entry(i, true, Presence.PRESENT));
        }
        LegalDenominator legal = AttendanceCounts.of(seventeen).legal();
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertThat(ResolutionKind.RESOLUTION.votesNeeded(legal, day)).isEqualTo(9);
        assertThat(ResolutionKind.RECOGNITION.votesNeeded(legal, day)).isEqualTo(12);
        assertThat(ResolutionKind.ADMISSION.votesNeeded(legal, day)).isEqualTo(12);
        assertThat(ResolutionKind.REMOVAL.votesNeeded(legal, day, false))
                .as("an official member's removal: more than half")
                .isEqualTo(9);
        assertThat(ResolutionKind.REMOVAL.votesNeeded(legal, day, true))
                .as("a probationer's removal: two thirds")
                .isEqualTo(12);
        assertThat(ResolutionKind.REMOVAL.membership()).isTrue();
        assertThat(ResolutionKind.RESOLUTION.votesNeeded(legal, day, true))
                .as("only a removal looks at the member")
                .isEqualTo(9);
        assertThat(new VoteResult(11, 6, 0, 17, 12).passed()).isFalse();
        assertThat(new VoteResult(12, 5, 0, 17, 12).passed()).isTrue();
    }

    @Test
    void aConclusionIsVotedLikeAResolutionAndTheOldNameDecisionStillReadsAsOne() {
        List<AttendanceEntry> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(entry(i, true, Presence.PRESENT));
        }
        LegalDenominator legal = AttendanceCounts.of(nine).legal();
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertThat(ResolutionKind.CONCLUSION.votesNeeded(legal, day)).isEqualTo(5);
        assertThat(ResolutionKind.CONCLUSION.membership()).isFalse();
        assertThat(ResolutionKind.parse("DECISION")).isEqualTo(ResolutionKind.CONCLUSION);
        assertThat(ResolutionKind.parse(" CONCLUSION ")).isEqualTo(ResolutionKind.CONCLUSION);
        assertThat(ResolutionKind.parse("")).isEqualTo(ResolutionKind.RESOLUTION);
        assertThatThrownBy(() -> ResolutionKind.parse("VERDICT")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCommitteesOwnSheetIsReadFromCsvAndBadRowsAreNamed() {
        String csv = "Nhóm;Tên nhóm;Tiêu chí;Điểm;Then chốt\n"
                + "1;Chuẩn bị;\"Chuẩn bị nội dung; dự thảo nghị quyết\";10;không\n"
                + "2;Tổ chức;Tỷ lệ dự họp;10,5;có\n";
        var rows = vn.chibo.meetings.scoring.SheetRows.parse(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).isEqualTo("Chuẩn bị nội dung; dự thảo nghị quyết");
        assertThat(rows.get(0).key()).isFalse();
        assertThat(rows.get(1).maxPoints()).isEqualByComparingTo("10.5");
        assertThat(rows.get(1).key()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> vn.chibo.meetings.scoring.SheetRows.parse("1;Chuẩn bị;Nội dung;10\n2;Tổ chức;Tỷ lệ;mười\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(vn.chibo.platform.InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("template.load.number");
                    assertThat(e.arguments()).containsExactly(2);
                });
    }

    private static MeetingFacts facts(Long duration, Integer minimum) {
        return new MeetingFacts(
                LocalDate.of(2026, 3, 5), duration, minimum, AttendanceCounts.of(List.of()), 0, null, false, 0, 0);
    }

    private static AttendanceEntry entry(long id, boolean official, Presence presence) {
        return new AttendanceEntry(id, "Đảng viên " + id, official, presence, null);
    }
}
