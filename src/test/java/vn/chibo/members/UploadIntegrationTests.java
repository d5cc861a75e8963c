package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * Uploads are decided on before they are kept: each route has its own size limit (the import alone takes large files),
 * someone without the route's permission is refused before the upload is read, and a refused import leaves no
 * temporary file behind.
 */
@ChiboIntegrationTest
class UploadIntegrationTests {

    static final String CSV = "Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng\nNguyễn Văn Tải,Nam,01/02/1980,03/02/2010\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportRefusedForItsOrganizationLeavesNoTemporaryFile() throws Exception {
        long other = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        long before = temporaryImports();
        mvc.perform(multipart("/members/import")
                        .file(csv())
                        .param("org", Long.toString(other))
                        .session(login("bithu"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/members/import")
                        .file(csv())
                        .param("org", Long.toString(other))
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(temporaryImports()).isEqualTo(before);
    }

    @Test
    void someoneWhoManagesNoMembersAnywhereIsRefusedBeforeTheUploadIsRead() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        mvc.perform(multipart("/members/import")
                        .file(csv())
                        .param("org", Long.toString(branch))
                        .session(login("bientap"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/members/import")
                        .file(csv())
                        .param("org", Long.toString(branch))
                        .with(httpBasic("dangvien", DemoFixtures.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(multipart("/members/import").file(csv()).param("org", Long.toString(branch)))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void mediaTakesTenMegabytesAndOtherFormsOneWhileTheImportTakesMore() throws Exception {
        long site = jdbc.sql("SELECT id FROM portal.site ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        MockHttpSession chief = login("tongbientap");
        mvc.perform(post("/portal/sites/" + site + "/media")
                        .contentType("multipart/form-data; boundary=----chibo")
                        .content(new byte[11 * 1024 * 1024])
                        .session(chief)
                        .with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("tối đa 10 MB")));
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        mvc.perform(post("/organizations/" + branch + "/edit")
                        .contentType("multipart/form-data; boundary=----chibo")
                        .content(new byte[2 * 1024 * 1024])
                        .session(login("bithu"))
                        .with(csrf()))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(post("/api/v1/members/import")
                        .param("org", Long.toString(branch))
                        .contentType("multipart/form-data; boundary=----chibo")
                        .content(new byte[20 * 1024 * 1024])
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().is4xxClientError())
                // Not refused for its size: the import takes it, and finds no file in it.
                .andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.not(413)));
    }

    private static MockMultipartFile csv() {
        return new MockMultipartFile("file", "dang-vien.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
    }

    private static long temporaryImports() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("chibo-import-"))
                    .count();
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
