package vn.chibo.portal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * A Word file and a PDF uploaded to a portal's library, to be attached to an article: the names their properties
 * recorded (author, last modifier, company) are not stored, not served, not in the audit; the editor is told.
 */
@ChiboIntegrationTest
class DocumentUploadIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAuthorsOfAnAttachmentAreNotPublished() throws Exception {
        long site = jdbc.sql("SELECT id FROM portal.site WHERE main")
                .query(Long.class)
                .single();
        MockHttpSession editor = login("bientap");
        for (String[] file : new String[][] {
            {"nghi-quyet-thang-12.docx", OfficeDocuments.DOCX}, {"bao-cao-tong-ket.pdf", "application/pdf"}
        }) {
            byte[] bytes = file[1].equals("application/pdf") ? TestDocuments.pdf() : TestDocuments.docx(true);
            mvc.perform(multipart("/portal/sites/" + site + "/media")
                            .file(new MockMultipartFile("file", file[0], file[1], bytes))
                            .session(editor)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/portal/sites/" + site + "/media"))
                    .andExpect(flash().attribute("notice", "portal.notice.uploadedDocumentCleaned"));
            long id = jdbc.sql("SELECT id FROM portal.media WHERE site_id = :s AND file_name = :f")
                    .param("s", site)
                    .param("f", file[0])
                    .query(Long.class)
                    .single();
            byte[] served = mvc.perform(get("/cong/media/" + id).session(editor))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            String properties = file[1].equals("application/pdf")
                    ? new String(served, StandardCharsets.ISO_8859_1)
                    : TestDocuments.zipText(served);
            assertThat(properties).doesNotContain(TestDocuments.MODIFIER, TestDocuments.COMPANY);
            assertThat(served.length).isGreaterThan(0);
            if (file[1].equals("application/pdf")) {
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(served)) {
                    assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
                }
            } else {
                assertThat(properties).doesNotContain(TestDocuments.AUTHOR).contains(TestDocuments.TEXT);
            }
            assertThat(jdbc.sql("SELECT after_value::text FROM platform.audit_log WHERE action = 'portal.media.upload'"
                                    + " AND entity_id = :id")
                            .param("id", Long.toString(id))
                            .query(String.class)
                            .single())
                    .contains("\"authorsRemoved\": true")
                    .doesNotContain(TestDocuments.AUTHOR);
        }
    }

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
