package vn.chibo.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.platform.NewsDraft;
import vn.chibo.portal.CheckIssue;
import vn.chibo.portal.CheckIssue.Code;

class SubmissionChecksTests {

    private static final String LEAD = "Đại hội đã bầu chi ủy khóa mới và thông qua nghị quyết.";

    private static List<Code> codes(String title, String lead, String body) {
        return codes(new SubmissionChecks.Draft(title, lead, body, false, null));
    }

    private static List<Code> codes(SubmissionChecks.Draft draft) {
        return SubmissionChecks.run(draft, href -> href.equals("/cong/so/bai-viet/co-that")).stream()
                .map(CheckIssue::code)
                .toList();
    }

    @Test
    void aCleanArticlePasses() {
        assertThat(
                        codes(
                                "Đại hội Chi bộ nhiệm kỳ 2025–2027",
                                LEAD,
                                "<p>Đại hội Chi bộ nhiệm kỳ 2025-2027 diễn ra ngày 14/5/2025.</p><figure><img src=\"/cong/media/1\""
                                        + " alt=\"Đại biểu biểu quyết\"><figcaption>Đại biểu biểu quyết thông qua nghị quyết"
                                        + "</figcaption></figure><p><a href=\"/cong/so/bai-viet/co-that\">Bài liên quan</a></p>"))
                .isEmpty();
    }

    @Test
    void aTitleAndATextThatDisagreeOnTheTermAreCaught() {
        List<CheckIssue> issues = SubmissionChecks.run(
                new SubmissionChecks.Draft(
                        "Đại hội Chi bộ nhiệm kỳ 2020–2025",
                        LEAD,
                        "<p>Đại hội Chi bộ nhiệm kỳ 2017–2020 đã thành công tốt đẹp.</p>",
                        false,
                        null),
                href -> true);
        assertThat(issues).extracting(CheckIssue::code).containsExactly(Code.TERM_MISMATCH);
        assertThat(issues.get(0).arguments()).containsExactly("2020–2025", "2017–2020");
    }

    @Test
    void aYearInTheTitleMissingFromTheTextIsCaught() {
        assertThat(codes("Hội nghị kiểm điểm năm 2018", LEAD, "<p>Hội nghị kiểm điểm năm 2019 của chi bộ.</p>"))
                .containsExactly(Code.TERM_MISMATCH);
        assertThat(codes("Hội nghị kiểm điểm năm 2018", LEAD, "<p>Hội nghị kiểm điểm năm 2018 của chi bộ.</p>"))
                .isEmpty();
    }

    @Test
    void aLeadPrintedTwiceOrARepeatedParagraphIsCaught() {
        assertThat(codes("Tin", LEAD, "<p>" + LEAD + "</p><p>Đoạn khác.</p>")).containsExactly(Code.REPEATED_PARAGRAPH);
        String paragraph = "<p>Chi bộ đã tổ chức sinh hoạt chuyên đề theo đúng kế hoạch đề ra.</p>";
        assertThat(codes("Tin", LEAD, paragraph + paragraph)).containsExactly(Code.REPEATED_PARAGRAPH);
        assertThat(codes("Tin", LEAD, "<p>Có.</p><p>Có.</p>"))
                .as("short lines may repeat")
                .isEmpty();
    }

    @Test
    void aRawUploadPathOrFileNameInTheTextIsCaught() {
        assertThat(codes("Tin", LEAD, "<p>Xem /uploads/news/2018_12/bien-ban.docx để biết thêm.</p>"))
                .containsExactly(Code.RAW_FILE_PATH);
        assertThat(codes("Tin", LEAD, "<p>Tải tệp ke-hoach-37-kh-du.pdf ở cuối trang.</p>"))
                .containsExactly(Code.RAW_FILE_PATH);
        assertThat(codes("Tin", LEAD, "<p>Đường dẫn C:\\Users\\vanthu\\anh.jpg</p>"))
                .contains(Code.RAW_FILE_PATH);
    }

    @Test
    void aFileNameUsedAsCaptionIsCaught() {
        assertThat(codes(
                        "Tin",
                        LEAD,
                        "<figure><img src=\"/cong/media/1\" alt=\"Hội nghị\"><figcaption>"
                                + "49085617_2165403770371467_n</figcaption></figure>"))
                .contains(Code.FILE_NAME_CAPTION);
        assertThat(SubmissionChecks.looksLikeFileName("DSC_0042")).isTrue();
        assertThat(SubmissionChecks.looksLikeFileName("IMG20181220.jpg")).isTrue();
        assertThat(SubmissionChecks.looksLikeFileName("Toàn cảnh hội nghị")).isFalse();
        assertThat(SubmissionChecks.looksLikeFileName("Hà Nội")).isFalse();
    }

    @Test
    void anImageWithoutAlternativeTextIsCaught() {
        assertThat(codes("Tin", LEAD, "<p><img src=\"/cong/media/1\"></p>")).containsExactly(Code.IMAGE_WITHOUT_ALT);
        assertThat(codes(new SubmissionChecks.Draft("Tin", LEAD, "<p>Nội dung.</p>", true, " ")))
                .containsExactly(Code.IMAGE_WITHOUT_ALT);
    }

    @Test
    void anEmptyLeadIsCaught() {
        assertThat(codes("Tin", "  ", "<p>Nội dung.</p>")).containsExactly(Code.EMPTY_LEAD);
    }

    @Test
    void aBrokenInternalLinkIsCaughtButExternalLinksAreNotChecked() {
        assertThat(codes("Tin", LEAD, "<p><a href=\"/cong/so/bai-viet/khong-co\">x</a></p>"))
                .containsExactly(Code.BROKEN_LINK);
        assertThat(codes("Tin", LEAD, "<p><a href=\"https://example.org/khong-co\">x</a></p>"))
                .isEmpty();
    }

    private static final List<NewsDraft.Fact> FACTS = List.of(
            new NewsDraft.Fact("ngày sinh hoạt", "5/12/2026"),
            new NewsDraft.Fact("số đảng viên tham dự", "28/30"),
            new NewsDraft.Fact("nhiệm kỳ", "2025–2030"),
            new NewsDraft.Fact("tỷ lệ tán thành", "66,7%"),
            new NewsDraft.Fact("trúng cử Chi ủy", "Nguyễn Thị Hoà"));

    private static String mismatch(String lead, String body) {
        return SubmissionChecks.againstRecord(
                        "MEETING", new SubmissionChecks.Draft("Tin sinh hoạt", lead, body, false, null), FACTS)
                .map(issue -> {
                    assertThat(issue.code()).isEqualTo(Code.RECORD_MISMATCH);
                    assertThat(issue.messageKey()).isEqualTo("portal.check.recordMismatch.MEETING");
                    return issue.arguments().get(0);
                })
                .orElse(null);
    }

    @Test
    void theFactsOfTheRecordPassHoweverTheyAreWritten() {
        assertThat(mismatch(
                        "Ngày 5/12/2026, chi bộ sinh hoạt nhiệm kỳ 2025–2030.",
                        "<p>Có 28/30 đảng viên dự; 66,7% tán thành. Đồng chí Nguyễn Thị Hoà trúng cử.</p>"))
                .isNull();
        // A date in words with leading zeros, a dash and a slash with spaces, a decimal point, a space before the
        // per cent sign, capitals, a non-breaking space and the name in decomposed Unicode.
        assertThat(mismatch(
                        "Ngày 05 tháng 12 năm 2026, chi bộ sinh hoạt NHIỆM KỲ 2025 - 2030.",
                        "<p>Có 28 / 30 đảng viên dự; 66.7 % tán thành. Đồng chí Nguyễn\u00a0Thị "
                                + java.text.Normalizer.normalize("Hoà", java.text.Normalizer.Form.NFD)
                                + " trúng cử.</p>"))
                .isNull();
        assertThat(mismatch("Ngày 05-12-2026, nhiệm kỳ 2025—2030.", "<p>28/30; 66,7%; Nguyễn Thị Hoà.</p>"))
                .isNull();
        // The attendance as newspapers write it out.
        for (String attendance : new String[] {
            "Có 28 trên 30 đảng viên dự", "28 đồng chí có mặt trên tổng số 30 đảng viên của chi bộ",
            "dự hội nghị có 28 trong tổng số 30 đảng viên", "28 trong số 30 đảng viên tham dự"
        }) {
            assertThat(mismatch(
                            "Ngày 5/12/2026, nhiệm kỳ 2025–2030.", "<p>" + attendance + "; 66,7%; Nguyễn Thị Hoà.</p>"))
                    .as(attendance)
                    .isNull();
        }
    }

    @Test
    void anAttendanceWrittenOutMustStillBeTheRecords() {
        for (String attendance : new String[] {
            "Có 27 trên 30 đảng viên dự",
            "28 đồng chí có mặt trên tổng số 31 đảng viên",
            "28 đảng viên, 3 vắng," + " trên 30",
            "128 trên 30",
            "28 trên 300",
            "28 đồng chí; chi bộ có 30 đảng viên",
            "28 đảng viên dự (chi bộ có 45 đảng viên trên tổng số 30 cán bộ)"
        }) {
            assertThat(mismatch(
                            "Ngày 5/12/2026, nhiệm kỳ 2025–2030.", "<p>" + attendance + "; 66,7%; Nguyễn Thị Hoà.</p>"))
                    .as(attendance)
                    .isEqualTo("số đảng viên tham dự “28/30”");
        }
    }

    @Test
    void aFactChangedOrInsideAnotherFigureIsNamedWithTheRecordsValue() {
        // 8/30 inside 128/30 is not the record's 28/30, nor is 2025–2030 in 12025–20301; a name with another letter
        // added is another person.
        String found = mismatch(
                "Ngày 5/12/2026, chi bộ sinh hoạt nhiệm kỳ 2025–2031.",
                "<p>Có 128/30 đảng viên dự; 66,7% tán thành. Đồng chí Nguyễn Thị Hoàng trúng cử.</p>");
        assertThat(found)
                .contains("số đảng viên tham dự “28/30”")
                .contains("nhiệm kỳ “2025–2030”")
                .contains("trúng cử Chi ủy “Nguyễn Thị Hoà”")
                .doesNotContain("ngày sinh hoạt")
                .doesNotContain("tỷ lệ tán thành");
        assertThat(mismatch("Ngày 15/12/2026.", "<p>28/30, 66,7%, Nguyễn Thị Hoà, 2025-2030</p>"))
                .isEqualTo("ngày sinh hoạt “5/12/2026”");
        // An article whose record stated no facts has nothing to compare.
        assertThat(SubmissionChecks.againstRecord(
                        "CONGRESS", new SubmissionChecks.Draft("Tin", "Sapo", "<p>x</p>", false, null), List.of()))
                .isEmpty();
    }
}
