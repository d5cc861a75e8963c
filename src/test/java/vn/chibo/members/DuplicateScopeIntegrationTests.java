package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

/**
 * A branch secretary who types the citizen id, or the name and birth date, of a member recorded in another branch
 * learns only that it is recorded elsewhere and that the higher committee can tell her more; the committee above both
 * branches sees the duplicate as such. Every such hit outside the caller's scope is audited, even in a dry run.
 */
@ChiboIntegrationTest
class DuplicateScopeIntegrationTests {

    static final String NEUTRAL =
            "Đã được ghi nhận ở một tổ chức đảng khác. Đề nghị liên hệ cấp ủy cấp trên để xác minh.";
    static final AtomicInteger SERIAL = new AtomicInteger(500);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberManagement members;

    long branch;
    long elsewhere;
    String citizenId;
    String name;
    LocalDate birth;

    @BeforeEach
    void aMemberOfAnotherBranch() {
        branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        int n = SERIAL.incrementAndGet();
        citizenId = "0791800" + String.format("%05d", n);
        name = "Lương Thị Nơi Khác " + n;
        birth = LocalDate.of(1980, 1 + n % 12, 1 + n % 28);
        MemberDraft draft = MemberDraft.minimal(
                OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH)),
                name,
                Gender.FEMALE,
                birth,
                LocalDate.of(2010, 5, 10),
                LocalDate.of(2010, 5, 19),
                LocalDate.of(2011, 5, 19));
        elsewhere = members.create(CurrentUser.system(), draft.with(MemberField.CITIZEN_ID, citizenId))
                .value();
    }

    @Test
    void aSecretaryLearnsOnlyThatTheCitizenIdIsRecordedElsewhereAndTheHitIsAudited() throws Exception {
        create("bithu", "Nguyễn Văn Hỏi Thử", "1985-04-05", citizenId)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("citizenId"))
                .andExpect(jsonPath("$.errors[0].message").value(NEUTRAL));
        assertThat(audited("bithu")).isEqualTo(1);

        // The committee over both branches sees the duplicate for what it is; nothing to audit there.
        create("capuy", "Nguyễn Văn Hỏi Thử", "1985-04-05", citizenId)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Đã có đảng viên với số căn cước công dân này."));
        assertThat(audited("capuy")).isZero();
    }

    @Test
    void theSameForANameWithItsBirthDate() throws Exception {
        create("bithu", name.toUpperCase(), birth.toString(), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"))
                .andExpect(jsonPath("$.errors[0].message").value(NEUTRAL));
        assertThat(audited("bithu")).isEqualTo(1);
    }

    @Test
    void anImportDryRunAnswersNeutrallyAndIsAuditedThoughItWritesNothing() throws Exception {
        String csv = "Họ và tên,Giới tính,Ngày sinh,Số CCCD,Ngày vào Đảng\n" + "Đinh Văn Nhập Thử,Nam,01/02/1979,"
                + citizenId + ",03/02/2009\n";
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile(
                                "file", "thu.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("org", Long.toString(branch))
                        .param("dryRun", "true")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(NEUTRAL));
        String details = jdbc.sql("SELECT after_value::text FROM platform.audit_log WHERE actor = 'bithu'"
                        + " AND action = 'member.duplicate.elsewhere' ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
        assertThat(details).contains("import-dry-run").contains(Long.toString(elsewhere));
    }

    private org.springframework.test.web.servlet.ResultActions create(
            String username, String fullName, String birthDate, String citizen) throws Exception {
        String body = "{\"organizationId\":" + branch + ",\"fullName\":\"" + fullName + "\",\"gender\":\"MALE\","
                + "\"birthDate\":\"" + birthDate + "\",\"admissionDate\":\"2015-03-02\""
                + (citizen == null ? "" : ",\"citizenId\":\"" + citizen + "\"") + "}";
        return mvc.perform(post("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(httpBasic(username, DemoFixtures.PASSWORD)));
    }

    private long audited(String actor) {
        return jdbc.sql(
                        "SELECT count(*) FROM platform.audit_log WHERE actor = :a AND action = 'member.duplicate.elsewhere'"
                                + " AND entity_id = :id")
                .param("a", actor)
                .param("id", Long.toString(elsewhere))
                .query(Long.class)
                .single();
    }
}
