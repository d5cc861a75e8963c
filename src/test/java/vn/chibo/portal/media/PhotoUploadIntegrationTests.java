package vn.chibo.portal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * A phone's photo uploaded to a portal's library: what it said of where it was taken, whose phone it was and whom it
 * tagged is gone from what is stored and served; its smaller copies stand upright; its own description fills the empty
 * alternative text and caption, while what the editor typed is kept.
 */
@ChiboIntegrationTest
class PhotoUploadIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhonesPortraitPhotoIsStoredWithoutItsLocationAndShownUpright() throws Exception {
        long site = jdbc.sql("SELECT id FROM portal.site WHERE main")
                .query(Long.class)
                .single();
        MockHttpSession editor = login("bientap");
        // Stored as phones store a portrait photo: 800 wide and 400 high, lying on its left side (orientation 6),
        // with a location, the owner, a serial number, a tagged face and a description.
        byte[] phone = TestPhotos.withXmp(
                TestPhotos.withExif(
                        TestPhotos.jpeg(800, 400), 6, "Lễ kết nạp đảng viên mới tại Chi bộ khối 10", null, true),
                null);
        mvc.perform(multipart("/portal/sites/" + site + "/media")
                        .file(new MockMultipartFile("file", "IMG_20261205_091533.jpg", "image/jpeg", phone))
                        .session(editor)
                        .with(csrf()))
                .andExpect(redirectedUrl("/portal/sites/" + site + "/media"))
                .andExpect(flash().attribute("notice", "portal.notice.uploadedCleanedDescribed"));
        Map<String, Object> row = jdbc.sql("SELECT id, width, height, alt_text, caption, bytes FROM portal.media"
                        + " WHERE site_id = :s AND file_name = 'IMG_20261205_091533.jpg' ORDER BY id DESC LIMIT 1")
                .param("s", site)
                .query()
                .singleRow();
        long id = ((Number) row.get("id")).longValue();
        assertThat(TestPhotos.identifies((byte[]) row.get("bytes"))).isFalse();
        assertThat(row.get("width")).isEqualTo(400);
        assertThat(row.get("height")).isEqualTo(800);
        assertThat(row.get("alt_text")).isEqualTo("Lễ kết nạp đảng viên mới tại Chi bộ khối 10");
        assertThat(row.get("caption")).isEqualTo("Lễ kết nạp đảng viên mới tại Chi bộ khối 10");

        // What the library serves carries nothing identifying either, and its copy 320 wide stands upright: 640 high,
        // the stored first row (red at its start) become the right-hand column, red at its top (a quarter turn
        // clockwise; the other way round it would lie at the bottom-left, unturned at the top-left).
        byte[] original = mvc.perform(get("/cong/media/" + id).session(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TestPhotos.identifies(original)).isFalse();
        byte[] small = mvc.perform(get("/cong/media/" + id + "/320").session(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        BufferedImage copy = ImageIO.read(new ByteArrayInputStream(small));
        assertThat(copy.getWidth()).isEqualTo(320);
        assertThat(copy.getHeight()).isEqualTo(640);
        assertThat(isRed(copy.getRGB(300, 10))).as("top-right red").isTrue();
        assertThat(isRed(copy.getRGB(10, 10))).as("top-left not red").isFalse();
        assertThat(isRed(copy.getRGB(10, 620))).as("bottom-left not red").isFalse();
        assertThat(jdbc.sql("SELECT after_value::text FROM platform.audit_log WHERE action = 'portal.media.upload'"
                                + " AND entity_id = :id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .contains("\"identifyingRemoved\": true")
                .doesNotContain("Tran Van Chu May");

        // What the editor typed is hers; a photo with nothing to remove or lend is announced as before.
        byte[] described = TestPhotos.withExif(TestPhotos.jpeg(120, 80), 1, "Mô tả có sẵn trong ảnh", null, false);
        mvc.perform(multipart("/portal/sites/" + site + "/media")
                        .file(new MockMultipartFile("file", "hoi-nghi.jpg", "image/jpeg", described))
                        .param("alt", "Đại biểu biểu quyết thông qua nghị quyết")
                        .session(editor)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "portal.notice.uploadedDescribed"));
        Map<String, Object> second = jdbc.sql("SELECT alt_text, caption FROM portal.media WHERE site_id = :s"
                        + " AND file_name = 'hoi-nghi.jpg' ORDER BY id DESC LIMIT 1")
                .param("s", site)
                .query()
                .singleRow();
        assertThat(second.get("alt_text")).isEqualTo("Đại biểu biểu quyết thông qua nghị quyết");
        assertThat(second.get("caption")).isEqualTo("Mô tả có sẵn trong ảnh");
        mvc.perform(multipart("/portal/sites/" + site + "/media")
                        .file(new MockMultipartFile("file", "san-truong.jpg", "image/jpeg", TestPhotos.jpeg(90, 60)))
                        .param("alt", "Sân trường")
                        .session(editor)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "portal.notice.uploaded"));
        mvc.perform(get("/portal/sites/" + site + "/media").session(editor))
                .andExpect(content().string(containsString("Để trống thì lấy mô tả có sẵn trong ảnh")));
        // The same phone photo again: the library holds it already, and says so instead of claiming a new upload.
        mvc.perform(multipart("/portal/sites/" + site + "/media")
                        .file(new MockMultipartFile("file", "IMG_20261205_091533.jpg", "image/jpeg", phone))
                        .session(editor)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "portal.notice.alreadyInLibrary"));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM portal.media WHERE site_id = :s AND file_name = 'IMG_20261205_091533.jpg'")
                        .param("s", site)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 90;
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
