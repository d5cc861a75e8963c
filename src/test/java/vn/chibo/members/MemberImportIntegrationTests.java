package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/** Imports through the JSON API as the branch secretary: valid files, every kind of bad row and bad file. */
@ChiboIntegrationTest
class MemberImportIntegrationTests {

    static final String HEADER = "Họ và tên,Giới tính,Ngày sinh,Số CCCD,Dân tộc,Lý luận chính trị,Ngày vào Đảng,"
            + "Ngày lễ kết nạp,Ngày chính thức\n";
    static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long branch;
    long otherBranch;

    @BeforeEach
    void setUp() {
        branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        otherBranch = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
    }

    /** A valid row with a name and citizen id no other test uses. */
    static String row(String given) {
        int n = SERIAL.incrementAndGet();
        return "Phan Nhập " + given + ",Nữ,0" + (1 + n % 9) + "/03/1985,0011850" + String.format("%05d", n)
                + ",Kinh,Trung cấp,10/05/2012,19/05/2012,19/05/2013\n";
    }

    ResultActions upload(byte[] content, String name, long org, boolean dryRun, boolean validOnly) throws Exception {
        return mvc.perform(multipart("/api/v1/members/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("org", Long.toString(org))
                .param("dryRun", Boolean.toString(dryRun))
                .param("validOnly", Boolean.toString(validOnly))
                .with(httpBasic("bithu", DemoFixtures.PASSWORD)));
    }

    long countNamed(String prefix) {
        return jdbc.sql("SELECT count(*) FROM members.member WHERE full_name LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void aValidCsvIsImportedWithItsHistoryAndAudited() throws Exception {
        String csv = HEADER + row("Hợp Lệ An") + row("Hợp Lệ Bình")
                + "Phan Nhập Hợp Lệ Chi,Nam,1990-02-01,,Tày,,2015-03-02,,\n";
        upload(csv.getBytes(StandardCharsets.UTF_8), "a.csv", branch, false, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.errors").isEmpty());
        assertThat(countNamed("Phan Nhập Hợp Lệ")).isEqualTo(3);
        assertThat(jdbc.sql(
                                """
                                SELECT status FROM members.member WHERE full_name = 'Phan Nhập Hợp Lệ Chi'
                                """)
                        .query(String.class)
                        .single())
                .isEqualTo("PROBATIONARY");
        long official = jdbc.sql("SELECT id FROM members.member WHERE full_name LIKE 'Phan Nhập Hợp Lệ An%'")
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/members/" + official).with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OFFICIAL"))
                .andExpect(jsonPath("$.history[0].kind").value("ADMITTED"))
                .andExpect(jsonPath("$.history[1].kind").value("RECOGNIZED"))
                .andExpect(jsonPath("$.history[1].occurredOn").value("2013-05-19"));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'member.import' AND actor = 'bithu'"
                                + " AND after_value->>'imported' = '3'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anXlsxFileIsImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("DS");
            String[] header = {"Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng"};
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("Phan Nhập Excel Dung");
            r.createCell(1).setCellValue("Nữ");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat((short) 14);
            var birth = r.createCell(2);
            birth.setCellValue(java.time.LocalDate.of(1984, 11, 3));
            birth.setCellStyle(dateStyle);
            r.createCell(3).setCellValue("03/02/2010");
            workbook.write(out);
        }
        upload(out.toByteArray(), "b.xlsx", branch, false, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(jdbc.sql("SELECT birth_date::text FROM members.member WHERE full_name = 'Phan Nhập Excel Dung'")
                        .query(String.class)
                        .single())
                .isEqualTo("1984-11-03");
    }

    @Test
    void eachKindOfBadRowIsNamedByRowColumnAndReasonAndNothingIsWritten() throws Exception {
        String csv = HEADER
                + row("Lỗi Một")
                + ",Nữ,01/01/1980,,Kinh,,01/01/2005,,\n"
                + "Phan Nhập Lỗi Giới,X,01/01/1980,,Kinh,,01/01/2005,,\n"
                + "Phan Nhập Lỗi Ngày,Nam,31/02/1980,,Kinh,,01/01/2005,,\n"
                + "Phan Nhập Lỗi CCCD,Nam,01/01/1980,12AB,Kinh,,01/01/2005,,\n"
                + "Phan Nhập Lỗi Dân Tộc,Nam,01/01/1980,,Martian,,01/01/2005,,\n"
                + "Phan Nhập Lỗi Chính Thức,Nam,01/01/1980,,Kinh,,01/01/2005,01/03/2005,01/02/2005\n"
                + "Phan Nhập Lỗi LLCT,Nam,01/01/1980,,Kinh,Thạc sĩ,01/01/2005,,\n";
        upload(csv.getBytes(StandardCharsets.UTF_8), "c.csv", branch, false, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(7))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Họ và tên"))
                .andExpect(jsonPath("$.errors[0].message").value("Không được để trống."))
                .andExpect(jsonPath("$.errors[1].column").value("Giới tính"))
                .andExpect(jsonPath("$.errors[2].column").value("Ngày sinh"))
                .andExpect(jsonPath("$.errors[2].message").value("Ngày \"31/02/1980\" không đúng dạng ngày/tháng/năm."))
                .andExpect(jsonPath("$.errors[3].column").value("Số CCCD"))
                .andExpect(jsonPath("$.errors[4].column").value("Dân tộc"))
                .andExpect(jsonPath("$.errors[5].column").value("Ngày chính thức"))
                .andExpect(jsonPath("$.errors[5].message").value("Ngày chính thức không được trước ngày lễ kết nạp."))
                .andExpect(jsonPath("$.errors[6].column").value("Lý luận chính trị"));
        assertThat(countNamed("Phan Nhập Lỗi")).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunWritesNothing() throws Exception {
        String csv = HEADER + row("Chọn Lọc An") + "Phan Nhập Chọn Lọc Sai,Nam,xx,,Kinh,,01/01/2005,,\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        upload(bytes, "d.csv", branch, true, true)
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.dryRun").value(true));
        assertThat(countNamed("Phan Nhập Chọn Lọc")).isZero();
        upload(bytes, "d.csv", branch, false, true)
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(1));
        assertThat(countNamed("Phan Nhập Chọn Lọc")).isEqualTo(1);
    }

    @Test
    void duplicatesInsideTheFileAndAgainstExistingMembersAreRejected() throws Exception {
        String first = row("Trùng Gốc");
        upload((HEADER + first).getBytes(StandardCharsets.UTF_8), "e.csv", branch, false, false)
                .andExpect(jsonPath("$.imported").value(1));
        String sameCitizen = "Phan Nhập Trùng Khác,Nam,02/02/1970," + first.split(",")[3] + ",Kinh,,01/01/2000,,\n";
        String twin = "Phan Nhập Trùng Đôi,Nam,02/02/1971,,Kinh,,01/01/2000,,\n";
        String twinAgain = "PHAN NHAP TRUNG DOI,Nam,02/02/1971,,Kinh,,01/01/2001,,\n";
        upload(
                        (HEADER + first + sameCitizen + twin + twinAgain).getBytes(StandardCharsets.UTF_8),
                        "f.csv",
                        branch,
                        false,
                        false)
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("Đã có đảng viên với số căn cước công dân này."))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[2].row").value(5))
                .andExpect(jsonPath("$.errors[2].message").value("Trùng họ tên và ngày sinh với dòng 4."));
    }

    @Test
    void badFilesGetAClearMessage() throws Exception {
        upload(new byte[0], "empty.csv", branch, false, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Tệp rỗng (0 byte)."));
        upload(HEADER.getBytes(StandardCharsets.UTF_8), "header.csv", branch, false, false)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào."));
        upload("\n\n  \n".getBytes(StandardCharsets.UTF_8), "blank.csv", branch, false, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Tệp không có dòng tiêu đề."));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        upload(png, "photo.csv", branch, false, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Tệp không phải bảng tính CSV hoặc Excel (XLSX), hoặc đã bị hỏng."));
        byte[] fakeZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        upload(fakeZip, "broken.xlsx", branch, false, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Tệp không phải bảng tính CSV hoặc Excel (XLSX), hoặc đã bị hỏng."));
        upload("Tên,Tuổi\nAn,3\n".getBytes(StandardCharsets.UTF_8), "other.csv", branch, false, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Thiếu cột bắt buộc \"Họ và tên\"."));
    }

    @Test
    void aHugeCellIsRejectedWithoutReadingItWhole() throws Exception {
        String huge = "Phan Nhập Khổng Lồ " + "a".repeat(200_000);
        String csv = HEADER + row("Bên Cạnh") + "\"" + huge + "\",Nam,01/01/1980,,Kinh,,01/01/2005,,\n";
        upload(csv.getBytes(StandardCharsets.UTF_8), "g.csv", branch, false, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Họ và tên"))
                .andExpect(jsonPath("$.errors[0].message").value("Ô quá dài (hơn 32.767 ký tự)."));
    }

    @Test
    void aSecretaryCannotImportIntoReadOrExportAnotherBranch() throws Exception {
        upload((HEADER + row("Xâm Nhập")).getBytes(StandardCharsets.UTF_8), "h.csv", otherBranch, false, false)
                .andExpect(status().isNotFound());
        assertThat(countNamed("Phan Nhập Xâm Nhập")).isZero();
        long foreign = jdbc.sql("SELECT min(id) FROM members.member WHERE organization_id = :o")
                .param("o", otherBranch)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/members/" + foreign).with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members/export.xlsx")
                        .param("org", Long.toString(otherBranch))
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members")
                        .param("org", Long.toString(otherBranch))
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        // Her own list holds only her branch.
        mvc.perform(get("/api/v1/members").param("size", "200").with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].organizationId")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is((int) branch))));
        mvc.perform(get("/api/v1/members/export.xlsx").with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")));
    }

    @Autowired
    vn.chibo.members.importing.MemberImporter importer;

    @Test
    void aCancelledImportLeavesNothingWritten() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cancel", ".csv");
        java.nio.file.Files.writeString(file, HEADER + row("Hủy Một") + row("Hủy Hai"), StandardCharsets.UTF_8);
        var progress = new vn.chibo.members.importing.ImportProgress();
        progress.cancel();
        var secretary = new vn.chibo.platform.CurrentUser(
                9201,
                "bithu-cancel",
                "Bí thư",
                java.util.List.of(new vn.chibo.platform.Grant(branch, vn.chibo.platform.Role.SECRETARY)));
        var result = importer.run(
                secretary,
                vn.chibo.organizations.OrganizationId.of(branch),
                file,
                "cancel.csv",
                new vn.chibo.members.importing.ImportOptions(false, true),
                progress,
                java.util.Locale.forLanguageTag("vi"));
        assertThat(result.cancelled()).isTrue();
        assertThat(progress.stage()).isEqualTo(vn.chibo.members.importing.ImportProgress.Stage.CANCELLED);
        assertThat(countNamed("Phan Nhập Hủy")).isZero();
        java.nio.file.Files.deleteIfExists(file);
    }
}
