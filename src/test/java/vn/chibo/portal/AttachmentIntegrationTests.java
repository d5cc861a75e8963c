package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/** Documents attached to an article: checked by content, private with the draft, listed and downloadable once published. */
@ChiboIntegrationTest
class AttachmentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    UserManagement users;

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Each file its own (the library gives back the file it holds already for the same bytes, with its name).
            doc.createParagraph()
                    .createRun()
                    .setText("Kế hoạch tổ chức Hội nghị kiểm điểm cuối năm " + System.nanoTime());
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anAttachedDocumentIsPrivateWithTheDraftAndPublicWithTheArticle() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        ArticleId id = articles.create(
                CurrentUser.system(), PortalFixtures.draft(site, "Kế hoạch kiểm điểm cuối năm " + System.nanoTime()));
        MockHttpSession editor =
                PortalFixtures.editorOf(mvc, users, jdbc, "bientap.tep.nt", DemoFixtures.BITHU_BRANCH, Role.EDITOR);
        String name = "Kế hoạch kiểm điểm năm 2026.docx";

        // A program renamed as a document is refused by its content; nothing is stored.
        mvc.perform(multipart("/portal/articles/" + id + "/attachments")
                        .file(new MockMultipartFile(
                                "file",
                                "ke-hoach.pdf",
                                "application/pdf",
                                "MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1)))
                        .session(editor)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(count(id)).isZero();

        mvc.perform(multipart("/portal/articles/" + id + "/attachments")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", docx()))
                        .session(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count(id)).isEqualTo(1);
        long media = jdbc.sql("SELECT media_id FROM portal.article_attachment WHERE article_id = :a")
                .param("a", id.value())
                .query(Long.class)
                .single();
        // While the article is a draft, the public cannot fetch the file, even knowing its address.
        mvc.perform(get("/cong/media/" + media)).andExpect(status().isNotFound());

        workflow.submit(CurrentUser.system(), id, Map.of());
        workflow.approve(CurrentUser.system(), id, null);
        String page = "/cong/" + PortalFixtures.NGUYEN_TRAI + "/bai-viet/" + PortalFixtures.slug(jdbc, id);
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Word")));
        mvc.perform(get("/cong/media/" + media))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", OfficeDocumentsContentType.DOCX))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")));

        // Removing it (the editor-in-chief's call, now that the article is public) takes it off the page at once.
        MockHttpSession chief = PortalFixtures.editorOf(
                mvc, users, jdbc, "tongbientap.tep.nt", DemoFixtures.BITHU_BRANCH, Role.EDITOR_IN_CHIEF);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/portal/articles/" + id + "/attachments/" + media + "/remove")
                        .session(chief)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page)).andExpect(content().string(org.hamcrest.Matchers.not(containsString(name))));
    }

    @Test
    void anEditorOfAnotherSchoolCannotAttachToThisArticle() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        ArticleId id = articles.create(
                CurrentUser.system(), PortalFixtures.draft(site, "Bài của trường khác " + System.nanoTime()));
        MockHttpSession other =
                PortalFixtures.editorOf(mvc, users, jdbc, "bientap.tep.ll", DemoFixtures.OTHER_BRANCH, Role.EDITOR);
        mvc.perform(multipart("/portal/articles/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "a.docx", "application/octet-stream", docx()))
                        .session(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count(id)).isZero();
    }

    private long count(ArticleId id) {
        return jdbc.sql("SELECT count(*) FROM portal.article_attachment WHERE article_id = :a")
                .param("a", id.value())
                .query(Long.class)
                .single();
    }

    /** The DOCX media type, spelled out here so that the test does not lean on the code under test. */
    static final class OfficeDocumentsContentType {
        static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
}
