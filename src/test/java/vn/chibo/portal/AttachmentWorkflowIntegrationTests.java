package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;
import vn.chibo.portal.media.MediaLibrary;

/**
 * The files of an article change under the same rule as its text: an editor changes those of her drafts; once the
 * article is submitted, scheduled or published only the editor-in-chief does, and nobody once it is archived.
 */
@ChiboIntegrationTest
class AttachmentWorkflowIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    MediaLibrary media;

    @Autowired
    UserManagement users;

    @Test
    void anEditorWithoutPublishingRightsCannotChangeAPublishedArticlesFiles() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        ArticleId article =
                PortalFixtures.published(articles, workflow, site, "Bài đã đăng có tệp " + System.nanoTime());
        MediaId existing =
                media.attachNew(CurrentUser.system(), article, "Kế hoạch.docx", AttachmentIntegrationTests.docx());
        MockHttpSession editor =
                PortalFixtures.editorOf(mvc, users, jdbc, "bientap.tep.dadang", DemoFixtures.BITHU_BRANCH, Role.EDITOR);
        long filesBefore = libraryFiles(site);

        mvc.perform(multipart("/portal/articles/" + article + "/attachments")
                        .file(new MockMultipartFile("file", "Thay thế.docx", "application/octet-stream", otherDocx()))
                        .session(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/articles/" + article + "/attachments/" + existing + "/remove")
                        .session(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(media.attachments(article))
                .extracting(MediaLibrary.Attachment::id)
                .containsExactly(existing);
        // The refused upload left nothing in the library either.
        assertThat(libraryFiles(site)).isEqualTo(filesBefore);

        MockHttpSession chief = PortalFixtures.editorOf(
                mvc, users, jdbc, "tongbientap.tep.dadang", DemoFixtures.BITHU_BRANCH, Role.EDITOR_IN_CHIEF);
        mvc.perform(post("/portal/articles/" + article + "/attachments/" + existing + "/remove")
                        .session(chief)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(media.attachments(article)).isEmpty();
    }

    @Test
    void submittedAndScheduledArticlesNeedTheEditorInChiefTooAndArchivedOnesNobody() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        CurrentUser editor = PortalFixtures.user(jdbc, DemoFixtures.BITHU_BRANCH, Role.EDITOR);
        CurrentUser chief = PortalFixtures.user(jdbc, DemoFixtures.BITHU_BRANCH, Role.EDITOR_IN_CHIEF);
        byte[] file = AttachmentIntegrationTests.docx();

        ArticleId draft = articles.create(editor, PortalFixtures.draft(site, "Bản nháp có tệp " + System.nanoTime()));
        MediaId attached = media.attachNew(editor, draft, "Dự thảo.docx", file);
        assertThat(media.attachments(draft)).hasSize(1);

        workflow.submit(editor, draft, java.util.Map.of());
        assertThatThrownBy(() -> media.detach(editor, draft, attached)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> media.attach(editor, draft, attached)).isInstanceOf(ForbiddenException.class);

        workflow.approve(chief, draft, java.time.Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(PortalFixtures.status(jdbc, draft)).isEqualTo(ArticleStatus.SCHEDULED);
        assertThatThrownBy(() -> media.detach(editor, draft, attached)).isInstanceOf(ForbiddenException.class);
        media.detach(chief, draft, attached);
        media.attach(chief, draft, attached);

        workflow.unpublish(chief, draft);
        workflow.archive(chief, draft);
        assertThatThrownBy(() -> media.detach(chief, draft, attached))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("portal.article.archived"));
        assertThat(media.attachments(draft)).hasSize(1);
    }

    private long libraryFiles(SiteId site) {
        return jdbc.sql("SELECT count(*) FROM portal.media WHERE site_id = :s")
                .param("s", site.value())
                .query(Long.class)
                .single();
    }

    private static byte[] otherDocx() throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Danh sách thay thế " + System.nanoTime());
            doc.write(out);
            return out.toByteArray();
        }
    }
}
