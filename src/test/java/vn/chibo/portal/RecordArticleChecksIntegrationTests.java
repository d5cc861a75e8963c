package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.NewsDraft;

/**
 * An article drafted from a closed meeting or congress remembers its record, and the checks before submission compare
 * it with the record: a figure or a name changed by the editor stops the submission until it is put right or
 * overridden with a reason; the same fact written another way (a date with "tháng", a dash with spaces) passes.
 */
@ChiboIntegrationTest
class RecordArticleChecksIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleManagement articles;

    long site() {
        return jdbc.sql("SELECT id FROM portal.site WHERE main")
                .query(Long.class)
                .single();
    }

    @Test
    void aMeetingArticleWhoseAttendanceWasChangedIsHeldUntilCorrectedOrOverridden() throws Exception {
        long meeting = jdbc.sql(
                        """
                        SELECT m.id FROM meetings.meeting m JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE o.name = :n AND m.status = 'CLOSED' ORDER BY m.meeting_date DESC LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        MockHttpSession admin = login("admin");
        String location = mvc.perform(post("/portal/meetings/" + meeting)
                        .session(admin)
                        .with(csrf())
                        .param("site", Long.toString(site())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        ArticleId id = ArticleId.of(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        ArticleSource source = articles.source(CurrentUser.system(), id).orElseThrow();
        assertThat(source.kind()).isEqualTo(ArticleSource.Kind.MEETING);
        assertThat(source.recordId()).isEqualTo(meeting);
        NewsDraft.Fact attendance = source.facts().stream()
                .filter(f -> f.label().equals("số đảng viên tham dự"))
                .findFirst()
                .orElseThrow();
        NewsDraft.Fact date = source.facts().stream()
                .filter(f -> f.label().equals("ngày sinh hoạt"))
                .findFirst()
                .orElseThrow();

        // As drafted, the article states what the record holds.
        mvc.perform(get("/api/v1/portal/editor/articles/" + id.value() + "/checks")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", not(hasItem("RECORD_MISMATCH"))));
        mvc.perform(get("/portal/articles/" + id.value()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"article-source\"")))
                .andExpect(content().string(containsString("Bài viết dựng từ biên bản buổi sinh hoạt")));

        // The same facts written another way: the date in words with a leading zero, the count with spaces.
        String[] dmy = date.value().split("/");
        String longDate =
                String.format("%02d tháng %02d năm %s", Integer.parseInt(dmy[0]), Integer.parseInt(dmy[1]), dmy[2]);
        rewrite(id, text -> text.replace(date.value(), longDate)
                .replace(attendance.value(), attendance.value().replace("/", " / ")));
        assertThat(articles.details(CurrentUser.system(), id).lead()).contains(longDate);
        mvc.perform(get("/api/v1/portal/editor/articles/" + id.value() + "/checks")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(jsonPath("$[*].code", not(hasItem("RECORD_MISMATCH"))));

        // The editor changes the attendance: the checks name the fact and the record's figure, and the submission is
        // refused, the article left a draft.
        String[] counts = attendance.value().split("/");
        String wrong = (Integer.parseInt(counts[0]) - 1) + "/" + counts[1];
        rewrite(id, text -> text.replace(attendance.value().replace("/", " / "), wrong));
        mvc.perform(get("/api/v1/portal/editor/articles/" + id.value() + "/checks")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(jsonPath("$[?(@.code == 'RECORD_MISMATCH')].messageKey")
                        .value(hasItem("portal.check.recordMismatch.MEETING")))
                .andExpect(jsonPath("$[?(@.code == 'RECORD_MISMATCH')].arguments[0]")
                        .value(hasItem(containsString("số đảng viên tham dự “" + attendance.value() + "”"))));
        mvc.perform(post("/portal/articles/" + id.value() + "/submit")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bài viết không nêu đúng như biên bản buổi sinh hoạt")))
                .andExpect(content().string(containsString("“" + attendance.value() + "”")));
        assertThat(PortalFixtures.status(jdbc, id)).isEqualTo(ArticleStatus.DRAFT);

        // With a reason the editor submits it anyway, and the reason is kept with the article.
        mvc.perform(post("/api/v1/portal/editor/articles/" + id.value() + "/submit")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrides\":{\"RECORD_MISMATCH\":\"Một đồng chí đến muộn sau khi điểm danh\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(
                        jsonPath("$.checkOverrides.RECORD_MISMATCH").value("Một đồng chí đến muộn sau khi điểm danh"));
    }

    @Test
    void aCongressArticleNamingSomeoneElseThanTheElectedIsCaughtThroughTheApi() throws Exception {
        long congress = jdbc.sql(
                        """
                        SELECT c.id FROM elections.congress c JOIN organizations.organization o ON o.id = c.organization_id
                        WHERE o.name = :n AND c.status = 'CLOSED' AND c.kind <> 'COMMITTEE_CONFERENCE'
                        ORDER BY c.id LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        String created = mvc.perform(post("/api/v1/portal/editor/congresses/" + congress + "/article")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"site\":" + site() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        ArticleId id =
                ArticleId.of(Long.parseLong(created.replaceAll("(?s).*\"id\":\\{?\"?(?:value\"?:)?(\\d+).*", "$1")));
        mvc.perform(get("/api/v1/portal/editor/articles/" + id.value() + "/source")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("CONGRESS"))
                .andExpect(jsonPath("$.facts[*].label").value(hasItem("nhiệm kỳ")));
        ArticleSource source = articles.source(CurrentUser.system(), id).orElseThrow();
        NewsDraft.Fact elected = source.facts().stream()
                .filter(f -> f.label().startsWith("trúng cử"))
                .findFirst()
                .orElseThrow();
        NewsDraft.Fact term = source.facts().stream()
                .filter(f -> f.label().equals("nhiệm kỳ"))
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/api/v1/portal/editor/articles/" + id.value() + "/checks")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(jsonPath("$[*].code", not(hasItem("RECORD_MISMATCH"))));

        // A term written with spaces around its dash is the same term; a name changed is not the person elected.
        rewrite(id, text -> text.replace(term.value(), term.value().replace("–", " - "))
                .replace(elected.value(), elected.value() + "h"));
        mvc.perform(get("/api/v1/portal/editor/articles/" + id.value() + "/checks")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(jsonPath("$[?(@.code == 'RECORD_MISMATCH')].messageKey")
                        .value(hasItem("portal.check.recordMismatch.CONGRESS")))
                .andExpect(jsonPath("$[?(@.code == 'RECORD_MISMATCH')].arguments[0]")
                        .value(hasItem(containsString(elected.label() + " “" + elected.value() + "”"))))
                .andExpect(jsonPath("$[?(@.code == 'RECORD_MISMATCH')].arguments[0]")
                        .value(hasItem(not(containsString("nhiệm kỳ “")))));
        mvc.perform(post("/api/v1/portal/editor/articles/" + id.value() + "/submit")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("RECORD_MISMATCH")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(hasItem(containsString("Bài viết không nêu đúng như hồ sơ đại hội"))));
        assertThat(PortalFixtures.status(jdbc, id)).isEqualTo(ArticleStatus.DRAFT);

        // Put right, it goes.
        rewrite(id, text -> text.replace(elected.value() + "h", elected.value()));
        mvc.perform(get("/api/v1/portal/editor/articles/" + id.value() + "/checks")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(jsonPath("$[*].code", not(hasItem("RECORD_MISMATCH"))));
        // An article that was not drafted from a record has no source.
        ArticleId plain = articles.create(
                CurrentUser.system(), PortalFixtures.draft(PortalFixtures.site(jdbc, PortalFixtures.MAIN), "Tin ngắn"));
        mvc.perform(get("/api/v1/portal/editor/articles/" + plain.value() + "/source")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    /** Saves the article with its title, lead and body passed through {@code change}. */
    private void rewrite(ArticleId id, java.util.function.UnaryOperator<String> change) {
        ArticleDetails a = articles.details(CurrentUser.system(), id);
        articles.update(
                CurrentUser.system(),
                id,
                new ArticleDraft(
                        a.siteId(),
                        change.apply(a.title()),
                        a.slug(),
                        change.apply(a.lead()),
                        change.apply(a.body()),
                        a.byline(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        false),
                a.version());
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
