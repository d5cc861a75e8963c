package vn.chibo.portal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * Files stored before uploads were cleaned (a phone photo with its location and owner, its smaller copy lying on its
 * side; a Word file naming its author): the library's cleaning takes the names out, makes the copies upright, says
 * what it did, and a second run finds nothing left to do.
 */
@ChiboIntegrationTest
class LibraryCleaningIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whatWasUploadedBeforeIsCleanedOnceAndItsCopiesTurnedUpright() throws Exception {
        long site = jdbc.sql("SELECT id FROM portal.site WHERE main")
                .query(Long.class)
                .single();
        byte[] phone = TestPhotos.withExif(TestPhotos.jpeg(800, 400), 6, "Chi bộ sinh hoạt chuyên đề", null, true);
        assertThat(TestPhotos.identifies(phone)).isTrue();
        long photo = earlier(site, "IMG_20250512_080000.jpg", "image/jpeg", phone, 800, 400);
        // Its copy as uploads made it before: the stored pixels scaled, on their side.
        jdbc.sql(
                        "INSERT INTO portal.media_variant (media_id, width, content_type, bytes) VALUES (:id, 320, 'image/jpeg',"
                                + " :bytes)")
                .param("id", photo)
                .param("bytes", TestPhotos.jpeg(320, 160))
                .update();
        long word = earlier(site, "to-trinh-cu.docx", OfficeDocuments.DOCX, TestDocuments.docx(true), null, null);

        MockHttpSession editor = login("bientap");
        MediaLibrary.LibraryCleaned first = clean(site, editor);
        assertThat(first.photos()).isGreaterThanOrEqualTo(1);
        assertThat(first.turned()).isGreaterThanOrEqualTo(1);
        assertThat(first.documents()).isGreaterThanOrEqualTo(1);

        Map<String, Object> row = jdbc.sql(
                        "SELECT bytes, sha256, width, height, upright FROM portal.media WHERE id = :id")
                .param("id", photo)
                .query()
                .singleRow();
        byte[] cleaned = (byte[]) row.get("bytes");
        assertThat(TestPhotos.identifies(cleaned)).isFalse();
        assertThat(row.get("sha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(cleaned)));
        assertThat(row.get("width")).isEqualTo(400);
        assertThat(row.get("height")).isEqualTo(800);
        assertThat(row.get("upright")).isEqualTo(true);
        byte[] small = mvc.perform(get("/cong/media/" + photo + "/320").session(editor))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        BufferedImage copy = ImageIO.read(new ByteArrayInputStream(small));
        assertThat(copy.getWidth()).isEqualTo(320);
        assertThat(copy.getHeight()).isEqualTo(640);

        byte[] document = jdbc.sql("SELECT bytes FROM portal.media WHERE id = :id")
                .param("id", word)
                .query(byte[].class)
                .single();
        assertThat(TestDocuments.zipText(document))
                .doesNotContain(TestDocuments.AUTHOR, TestDocuments.MODIFIER, TestDocuments.COMPANY)
                .contains(TestDocuments.TEXT);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'portal.media.clean'"
                                + " AND entity_id IN (:ids)")
                        .param("ids", java.util.List.of(Long.toString(photo), Long.toString(word)))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // Again: nothing left to do; the page says so (a fresh session, as the redirection's flash carries it).
        MediaLibrary.LibraryCleaned second = clean(site, editor);
        assertThat(second.photos()).isZero();
        assertThat(second.turned()).isZero();
        assertThat(second.documents()).isZero();
        String page = mvc.perform(get("/portal/sites/" + site + "/media")
                        .session(login("bientap"))
                        .flashAttr("cleaned", second))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Đã kiểm tra " + second.examined() + " tệp: làm sạch 0 ảnh và 0 tài liệu");

        // A member who edits no portal may not.
        MockHttpSession member = login("dangvien");
        assertThat(mvc.perform(post("/portal/sites/" + site + "/media/clean")
                                .session(member)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
    }

    private MediaLibrary.LibraryCleaned clean(long site, MockHttpSession editor) throws Exception {
        return (MediaLibrary.LibraryCleaned) mvc.perform(post("/portal/sites/" + site + "/media/clean")
                        .session(editor)
                        .with(csrf()))
                .andExpect(redirectedUrl("/portal/sites/" + site + "/media"))
                .andReturn()
                .getFlashMap()
                .get("cleaned");
    }

    /** A file as uploads stored it before they were cleaned (and before copies were turned). */
    private long earlier(long site, String name, String type, byte[] bytes, Integer width, Integer height)
            throws Exception {
        return jdbc.sql(
                        """
                        INSERT INTO portal.media (site_id, sha256, content_type, file_name, width, height, size_bytes,
                            bytes, uploaded_by)
                        VALUES (:site, :sha, :type, :name, :width, :height, :size, :bytes, 'bientap')
                        RETURNING id
                        """)
                .param("site", site)
                .param(
                        "sha",
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .param("type", type)
                .param("name", name)
                .param("width", width)
                .param("height", height)
                .param("size", bytes.length)
                .param("bytes", bytes)
                .query(Long.class)
                .single();
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
