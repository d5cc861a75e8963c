package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

/**
 * A file of several look-up batches (rows are checked against existing members 2,048 at a time while the next ones are
 * read): duplicates across batches and against existing members are found, the rows are written in file order, and
 * nothing is written by a dry run or an all-or-nothing import with a bad row.
 */
@ChiboIntegrationTest
class MemberImportBatchIntegrationTests {

    static final String HEADER = "Họ và tên,Giới tính,Ngày sinh,Số CCCD,Dân tộc,Lý luận chính trị,Ngày vào Đảng,"
            + "Ngày lễ kết nạp,Ngày chính thức\n";
    static final int ROWS = 5000;

    @Autowired
    MemberImporter importer;

    @Autowired
    JdbcClient jdbc;

    static String row(String name, String citizenId) {
        return name + ",Nữ,01/03/1985," + citizenId + ",Kinh,Trung cấp,10/05/2012,19/05/2012,19/05/2013\n";
    }

    /** Data row i (file row i + 2) with its own name and citizen id. */
    static String row(int i) {
        return row("Lô Lớn Thử " + i, String.format("0770%08d", i));
    }

    ImportResult run(long branch, String content, ImportOptions options) throws Exception {
        Path file = Files.createTempFile("batches", ".csv");
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            CurrentUser secretary =
                    new CurrentUser(9301, "bithu-batches", "Bí thư", List.of(new Grant(branch, Role.SECRETARY)));
            return importer.run(
                    secretary,
                    OrganizationId.of(branch),
                    file,
                    "batches.csv",
                    options,
                    new ImportProgress(),
                    Locale.forLanguageTag("vi"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void duplicatesAcrossBatchesAndAgainstExistingMembersAreFoundAndRowsKeepTheirOrder() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        // An existing member, imported first.
        assertThat(run(branch, HEADER + row("Lô Lớn Có Sẵn", "077099999999"), new ImportOptions(false, false))
                        .imported())
                .isEqualTo(1);

        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < ROWS; i++) {
            if (i == 3000) {
                file.append(row("Lô Lớn Khác", String.format("0770%08d", 10))); // citizen id of file row 12
            } else if (i == 4100) {
                file.append(row("Lô Lớn Khác Nữa", "077099999999")); // citizen id of the existing member
            } else if (i == 4500) {
                file.append(row("LO LON THU 20", "")); // name and birth date of file row 22
            } else if (i == 4900) {
                file.append(row("Lô Lớn Có Sẵn", "")); // name and birth date of the existing member
            } else if (i == 2500) {
                file.append("Lô Lớn Sai,Nữ,31/02/1985,,Kinh,,10/05/2012,,\n"); // not a date
            } else {
                file.append(row(i));
            }
        }
        String content = file.toString();

        ImportResult dryRun = run(branch, content, new ImportOptions(true, true));
        assertThat(dryRun.imported()).isEqualTo(ROWS - 5);
        assertThat(dryRun.rejected()).isEqualTo(5);
        assertThat(countNamed("Lô Lớn Thử")).isZero();

        ImportResult allOrNothing = run(branch, content, new ImportOptions(false, false));
        assertThat(allOrNothing.imported()).isZero();
        assertThat(allOrNothing.rejected()).isEqualTo(5);
        assertThat(countNamed("Lô Lớn Thử")).isZero();

        ImportResult result = run(branch, content, new ImportOptions(false, true));
        assertThat(result.imported()).isEqualTo(ROWS - 5);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(result.errors())
                .extracting(ImportResult.ImportError::row, ImportResult.ImportError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2502, "Ngày sinh"),
                        org.assertj.core.groups.Tuple.tuple(3002, "Số CCCD"),
                        org.assertj.core.groups.Tuple.tuple(4102, "Số CCCD"),
                        org.assertj.core.groups.Tuple.tuple(4502, "Họ và tên"),
                        org.assertj.core.groups.Tuple.tuple(4902, "Họ và tên"));
        assertThat(result.errors())
                .extracting(ImportResult.ImportError::message)
                .containsExactly(
                        result.errors().get(0).message(),
                        "Trùng số căn cước công dân với dòng 12.",
                        "Đã có đảng viên với số căn cước công dân này.",
                        "Trùng họ tên và ngày sinh với dòng 22.",
                        "Đã có đảng viên cùng họ tên và ngày sinh.");
        assertThat(countNamed("Lô Lớn Thử")).isEqualTo(ROWS - 5);
        // Written in file order: ids rise with the rows.
        List<String> names = jdbc.sql(
                        "SELECT full_name FROM members.member WHERE full_name LIKE 'Lô Lớn Thử %'" + " ORDER BY id")
                .query(String.class)
                .list();
        assertThat(names.get(0)).isEqualTo("Lô Lớn Thử 0");
        assertThat(names.get(names.size() - 1)).isEqualTo("Lô Lớn Thử " + (ROWS - 1));
        for (int i = 1; i < names.size(); i++) {
            assertThat(Integer.parseInt(names.get(i).substring(11)))
                    .isGreaterThan(Integer.parseInt(names.get(i - 1).substring(11)));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM members.member WHERE citizen_id LIKE '0770%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(ROWS - 5 + 1);
    }

    long countNamed(String prefix) {
        return jdbc.sql("SELECT count(*) FROM members.member WHERE full_name LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }
}
