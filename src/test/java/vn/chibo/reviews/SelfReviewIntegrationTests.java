package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

/**
 * A member's own self-review: she writes it from her account while the branch's round is open, her level becomes the
 * round's self-assessed level, the branch reads it on her page and counts who has sent one; bad input is refused naming
 * the field with nothing written, a closed round refuses it, no one else sends or reads it, and the audit keeps the level
 * but not the text.
 */
@ChiboIntegrationTest
class SelfReviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    PasswordEncoder passwords;

    CurrentUser committee() {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        return new CurrentUser(9351, "capuy", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
    }

    @Test
    void aMemberSendsHerSelfReviewAndTheBranchReadsIt() throws Exception {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        OrganizationId branch = organizations.create(
                committee(),
                OrganizationId.of(sector),
                new OrganizationDraft(
                        "Chi bộ thử tự kiểm điểm " + System.nanoTime() % 100000,
                        "CB",
                        OrganizationType.BRANCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        MemberId her = member(branch, "Trịnh Thu Hằng", 11);
        member(branch, "Lê Văn Thành", 12);
        String username = "tukiemdiem-" + System.nanoTime() % 1_000_000_000L;
        long account = jdbc.sql("INSERT INTO platform.app_user (username, password_hash, full_name)"
                        + " VALUES (:u, :hash, 'Trịnh Thu Hằng') RETURNING id")
                .param("u", username)
                .param("hash", passwords.encode(DemoFixtures.PASSWORD))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO platform.role_grant (user_id, organization_id, role) VALUES (:u, :o, 'MEMBER')")
                .param("u", account)
                .param("o", branch.value())
                .update();
        members.linkAccount(committee(), her, account);
        ReviewRoundId round = reviews.open(committee(), new OpenReviewRound(branch, 2025, LocalDate.of(2025, 12, 15)));
        long entry = jdbc.sql("SELECT id FROM reviews.member_review WHERE round_id = :r AND member_id = :m")
                .param("r", round.value())
                .param("m", her.value())
                .query(Long.class)
                .single();

        mvc.perform(get("/api/v1/reviews/mine").with(httpBasic(username, DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].roundId").value(round.value()))
                .andExpect(jsonPath("$[0].rated").value(true))
                .andExpect(jsonPath("$[0].submittedAt").doesNotExist());
        // A part missing, a level missing: refused naming the field, nothing written.
        mvc.perform(put("/api/v1/reviews/mine/{id}", round.value())
                        .with(httpBasic(username, DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strengths\": \"Hoàn thành tốt công tác chủ nhiệm.\", \"level\": \"GOOD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("shortcomings"));
        mvc.perform(put("/api/v1/reviews/mine/{id}", round.value())
                        .with(httpBasic(username, DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strengths\": \"Tốt.\", \"shortcomings\": \"Còn chậm.\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        assertThat(submittedAt(entry)).isNull();

        mvc.perform(
                        put("/api/v1/reviews/mine/{id}", round.value())
                                .with(httpBasic(username, DemoFixtures.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"strengths": "Lớp chủ nhiệm đạt danh hiệu tập thể lớp tiên tiến.\\nDự giờ đủ 18 tiết.",
                                 "shortcomings": "Ứng dụng công nghệ thông tin còn chậm.",
                                 "remedies": "Tham gia lớp bồi dưỡng chuyển đổi số của trường.",
                                 "level": "GOOD"}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selfLevel").value("GOOD"))
                .andExpect(jsonPath("$.submittedAt").exists());
        assertThat(jdbc.sql("SELECT self_level FROM reviews.member_review WHERE id = :e")
                        .param("e", entry)
                        .query(String.class)
                        .single())
                .isEqualTo("GOOD");

        // Her page: she sends it again with another level; a level that does not exist is refused.
        MockHttpSession session = login(username);
        assertThat(mvc.perform(get("/reviews/mine").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Kiểm điểm năm 2025 – Chi bộ thử tự kiểm điểm ")
                .contains("(hội nghị ngày 15/12/2025)")
                .contains("Ứng dụng công nghệ thông tin còn chậm.")
                .contains("Gửi lại bản tự kiểm điểm");
        mvc.perform(post("/reviews/mine/{id}", round.value())
                        .session(session)
                        .with(csrf())
                        .param("strengths", "Tốt.")
                        .param("shortcomings", "Chậm.")
                        .param("level", "XUAT_SAC"))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post("/reviews/mine/{id}", round.value())
                        .session(session)
                        .with(csrf())
                        .param("strengths", "Lớp chủ nhiệm đạt danh hiệu tập thể lớp tiên tiến.")
                        .param("shortcomings", "Ứng dụng công nghệ thông tin còn chậm.")
                        .param("remedies", "")
                        .param("level", "COMPLETED"))
                .andExpect(redirectedUrl("/reviews/mine#round-" + round.value()))
                .andExpect(flash().attribute("notice", "reviews.self.notice.sent"));

        // The branch reads it on her page, and counts who has sent one.
        MockHttpSession committee = login("capuy");
        assertThat(mvc.perform(get("/reviews/{id}/members/{e}", round.value(), entry)
                                .session(committee))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Bản tự kiểm điểm của đảng viên")
                .contains("Lớp chủ nhiệm đạt danh hiệu tập thể lớp tiên tiến.")
                .contains("Tự nhận mức xếp loại: Hoàn thành nhiệm vụ.");
        assertThat(mvc.perform(get("/reviews/{id}", round.value()).session(committee))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đã gửi bản tự kiểm điểm: 1/2 đảng viên được đánh giá.")
                .contains("Đã gửi tự kiểm điểm</span>")
                .contains("/reviews/" + round.value() + "/self-reviews/remind")
                .contains("Nhắc các đảng viên chưa gửi bản tự kiểm điểm (thư điện tử)");
        mvc.perform(post("/reviews/{id}/self-reviews/remind", round.value())
                        .session(committee)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorSection", "self-reviews"));
        // Her home page points to it while the round is open.
        assertThat(mvc.perform(get("/").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Kiểm điểm, đánh giá, xếp loại cuối năm")
                .contains("Đã gửi bản tự kiểm điểm (xem, sửa)")
                .contains("/reviews/mine#round-" + round.value());

        // Her paper to print and sign, and the branch's copy of it; not for anyone else, nor before it is sent.
        byte[] docx = mvc.perform(get("/reviews/mine/{id}/self-review.docx", round.value())
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                        new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("BẢN KIỂM ĐIỂM CÁ NHÂN")
                    .contains("Năm 2025")
                    .contains("Họ và tên: Trịnh Thu Hằng")
                    .contains("I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC")
                    .contains("Lớp chủ nhiệm đạt danh hiệu tập thể lớp tiên tiến.")
                    .contains("II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN")
                    .contains("III. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG")
                    .contains("Tự nhận mức xếp loại chất lượng năm nay: Hoàn thành nhiệm vụ.")
                    .contains("NGƯỜI TỰ KIỂM ĐIỂM")
                    .doesNotContain("Số ");
        }
        byte[] pdf = mvc.perform(get("/reviews/{id}/members/{e}/self-review.pdf", round.value(), entry)
                        .session(committee))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        long other = jdbc.sql("SELECT id FROM reviews.member_review WHERE round_id = :r AND id <> :e")
                .param("r", round.value())
                .param("e", entry)
                .query(Long.class)
                .single();
        // A member who writes on paper: the branch prints her the form with her particulars and blank lines.
        byte[] blank = mvc.perform(get("/reviews/{id}/members/{e}/self-review.docx", round.value(), other)
                        .session(committee))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(blank));
                org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                        new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("Họ và tên: Lê Văn Thành")
                    .contains("III. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC")
                    .contains("……………")
                    .doesNotContain("Lớp chủ nhiệm");
        }
        mvc.perform(get("/api/v1/reviews/mine/{id}/self-review.pdf", round.value())
                        .with(httpBasic("dangvien", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reviews/{id}/members/{e}/self-review.pdf", round.value(), entry)
                        .with(httpBasic("bientap", DemoFixtures.PASSWORD)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/reviews/mine/{id}/self-review.txt", round.value())
                        .with(httpBasic(username, DemoFixtures.PASSWORD)))
                .andExpect(status().isBadRequest());

        // No one else: the demo's member sees none of it and cannot send to it; the editor cannot read it.
        mvc.perform(get("/api/v1/reviews/mine").with(httpBasic("dangvien", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.roundId == " + round.value() + ")]").isEmpty());
        mvc.perform(put("/api/v1/reviews/mine/{id}", round.value())
                        .with(httpBasic("dangvien", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strengths\": \"x\", \"shortcomings\": \"y\", \"level\": \"GOOD\"}"))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/reviews/{id}/members/{e}", round.value(), entry)
                                .session(login("bientap")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);

        // Without a mail server the branch's reminder is refused with a message saying so, on the page and the API.
        mvc.perform(post("/api/v1/reviews/{id}/self-reviews/remind", round.value())
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mail"));
        mvc.perform(post("/api/v1/reviews/{id}/self-reviews/remind", round.value())
                        .with(httpBasic(username, DemoFixtures.PASSWORD)))
                .andExpect(status().isForbidden());

        // Once the branch has proposed its levels, nothing more is sent, and the home page no longer asks.
        jdbc.sql("UPDATE reviews.review_round SET status = 'PROPOSED' WHERE id = :r")
                .param("r", round.value())
                .update();
        assertThat(mvc.perform(get("/").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("/reviews/mine#round-" + round.value());
        mvc.perform(put("/api/v1/reviews/mine/{id}", round.value())
                        .with(httpBasic(username, DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strengths\": \"x\", \"shortcomings\": \"y\", \"level\": \"EXCELLENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        assertThat(jdbc.sql("SELECT self_level FROM reviews.member_review WHERE id = :e")
                        .param("e", entry)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");

        // Audited twice, with the level and without the text.
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'reviews.self.submit'"
                                + " AND entity_id = :r")
                        .param("r", Long.toString(round.value()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'reviews.self.submit'"
                                + " AND entity_id = :r AND (after_value::text LIKE '%công nghệ%'"
                                + " OR before_value::text LIKE '%công nghệ%')")
                        .param("r", Long.toString(round.value()))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private MemberId member(OrganizationId branch, String name, int serial) {
        LocalDate admitted = LocalDate.of(2012, 3, 1).plusDays(serial);
        return members.create(
                committee(),
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.FEMALE,
                        LocalDate.of(1985, 1, 1).plusDays(System.nanoTime() % 3000),
                        admitted,
                        admitted.plusDays(10),
                        admitted.plusDays(10).plusYears(1)));
    }

    private Object submittedAt(long entry) {
        return jdbc.sql("SELECT self_submitted_at FROM reviews.member_review WHERE id = :e")
                .param("e", entry)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                .single()
                .orElse(null);
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
