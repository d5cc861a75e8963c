package vn.chibo.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;

/**
 * Two writes that each pass the module's checks but cannot both stand: the database's constraint refuses the second
 * one, and the user gets a Vietnamese 409 page saying what was in the way, with nothing written, not a 500.
 */
@ChiboIntegrationTest
class ConcurrentWritesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OrganizationManagement organizations;

    @Test
    void aTermAddedWhileAnotherOverlappingTermIsBeingSavedGets409AndNothingIsWritten() throws Exception {
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        OrganizationId branch = organizations.create(
                CurrentUser.system(),
                sector,
                new OrganizationDraft(
                        "Chi bộ Trường Tiểu học Cùng Lúc " + System.nanoTime(),
                        null,
                        OrganizationType.BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        null,
                        null));
        MockHttpSession capuy = login("capuy");

        MvcResult result;
        try (Connection other = dataSource.getConnection()) {
            // Another request's transaction has saved an overlapping term and not committed yet: the page's own
            // overlap check cannot see it, so the page's insert waits on the constraint until the other commits.
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement(
                    "INSERT INTO organizations.term (organization_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, branch.value());
                insert.setString(2, "2025–2030");
                insert.setDate(3, Date.valueOf(LocalDate.of(2025, 5, 1)));
                insert.setDate(4, Date.valueOf(LocalDate.of(2030, 5, 1)));
                insert.executeUpdate();
            }
            CompletableFuture<MvcResult> page = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(post("/organizations/" + branch.value() + "/terms")
                                    .session(capuy)
                                    .with(csrf())
                                    .param("name", "2026–2031")
                                    .param("startsOn", "2026-01-01")
                                    .param("endsOn", "2031-01-01"))
                            .andReturn();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitABackendWaitingOnALock(page);
            other.commit();
            result = page.get(60, TimeUnit.SECONDS);
        }

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getModelAndView()).isNotNull();
        assertThat(result.getModelAndView().getViewName()).isEqualTo("error");
        assertThat(result.getModelAndView().getModel().get("errors").toString())
                .contains("Khoảng thời gian trùng với một bản ghi khác vừa được lưu.");
        assertThat(jdbc.sql("SELECT name FROM organizations.term WHERE organization_id = :id")
                        .param("id", branch.value())
                        .query(String.class)
                        .list())
                .containsExactly("2025–2030");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'term.create'"
                                + " AND after_value->>'name' = '2026–2031'")
                        .query(Long.class)
                        .single())
                .isZero();

        // Without the other transaction in the way, the same user's own overlap check answers on the page.
        mvc.perform(post("/organizations/" + branch.value() + "/terms")
                        .session(capuy)
                        .with(csrf())
                        .param("name", "2026–2031")
                        .param("startsOn", "2026-01-01")
                        .param("endsOn", "2031-01-01"))
                .andExpect(redirectedUrl("/organizations/" + branch.value() + "#terms"));
        assertThat(jdbc.sql("SELECT count(*) FROM organizations.term WHERE organization_id = :id")
                        .param("id", branch.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void awaitABackendWaitingOnALock(CompletableFuture<MvcResult> page) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !page.isDone()) {
            long waiting = jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO organizations.term%'")
                    .query(Long.class)
                    .single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the page's insert never waited for the other transaction; done: " + page.isDone());
    }

    private MockHttpSession login(String username) throws Exception {
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
