package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

/** Import jobs outlive the process: interrupted ones say so, finished ones keep their counts. */
@ChiboIntegrationTest
class ImportJobsIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobLeftRunningByAStoppedNodeShowsAsInterruptedOnlyToItsOwner() {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        UUID id = UUID.randomUUID();
        // What a killed process leaves behind: a running job whose heartbeat stopped three minutes ago.
        jdbc.sql(
                        """
                        INSERT INTO members.import_job (id, owner, organization_id, file_name, dry_run, valid_only, state,
                            started_at, heartbeat)
                        VALUES (:id, 'bithu-j', :org, 'danh-sach.csv', false, false, 'RUNNING',
                            now() - interval '3 minutes', now() - interval '3 minutes')
                        """)
                .param("id", id)
                .param("org", branch)
                .update();
        UUID recent = UUID.randomUUID();
        jdbc.sql(
                        """
                        INSERT INTO members.import_job (id, owner, organization_id, file_name, dry_run, valid_only, state)
                        VALUES (:id, 'bithu-j', :org, 'dang-chay.csv', false, false, 'RUNNING')
                        """)
                .param("id", recent)
                .param("org", branch)
                .update();
        CurrentUser owner = new CurrentUser(9501, "bithu-j", "Bí thư", List.of(new Grant(branch, Role.SECRETARY)));
        CurrentUser someoneElse =
                new CurrentUser(9502, "bithu-k", "Bí thư", List.of(new Grant(branch, Role.SECRETARY)));

        jobs.heartbeat();

        ImportJobs.Job job = jobs.find(owner, id).orElseThrow();
        assertThat(job.progress().stage()).isEqualTo(ImportProgress.Stage.FAILED);
        assertThat(job.progress().failure()).isNotBlank();
        assertThat(jdbc.sql("SELECT state FROM members.import_job WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("INTERRUPTED");
        assertThat(jobs.find(someoneElse, id)).isEmpty();
        // Another node's import that is still alive is not declared interrupted.
        assertThat(jobs.find(owner, recent).orElseThrow().progress().finished()).isFalse();
    }

    @Test
    void aFinishedJobIsRecordedWithItsCounts() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        CurrentUser secretary = new CurrentUser(9503, "bithu-l", "Bí thư", List.of(new Grant(branch, Role.SECRETARY)));
        Path empty = Files.createTempFile("import-", ".csv");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        UUID id = jobs.start(
                secretary, OrganizationId.of(branch), empty, "rong.csv", new ImportOptions(true, false), Locale.ROOT);
        long deadline = System.nanoTime() + 30_000_000_000L;
        String state;
        do {
            Thread.sleep(50);
            state = jdbc.sql("SELECT state FROM members.import_job WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
        } while (state.equals("RUNNING") && System.nanoTime() < deadline);
        assertThat(state).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT message FROM members.import_job WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isNotBlank();
    }
}
