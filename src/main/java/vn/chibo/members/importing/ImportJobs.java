package vn.chibo.members.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/**
 * Imports started from the page run in the background, one at a time, so that the page can show a progress bar and a
 * cancel button. A job is visible only to the user who started it. Each job is also kept in the database: after a
 * restart, even after the process was killed, a job that was running shows as interrupted (its transaction never
 * committed, so nothing of it was written) and a finished one still shows its counts.
 */
@Component
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final long KEEP_MILLIS = 3_600_000;

    private final MemberImporter importer;
    private final MessageSource messages;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "member-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportJobs(MemberImporter importer, MessageSource messages, JdbcClient jdbc, Clock clock) {
        this.importer = importer;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Marks the imports a stopped run left running, once the application has started: not while its beans are being
     * created, where the first query would hold the start up until the database is migrated (it is made ready on the
     * other core meanwhile, see DatabaseStartup). An import started since then is alive and never matches.
     */
    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedAtStart() {
        int interrupted = markInterrupted();
        if (interrupted > 0) {
            log.warn("{} member import(s) were running when ChiBo stopped; they are marked interrupted", interrupted);
        }
    }

    /** Running jobs whose node stopped touching them: a previous run of the application, or a node that died. */
    int markInterrupted() {
        return jdbc.sql(
                        """
                        UPDATE members.import_job SET state = 'INTERRUPTED', finished_at = now()
                        WHERE state = 'RUNNING' AND heartbeat < now() - interval '2 minutes'
                        """)
                .update();
    }

    /** Tells other nodes (and a later run of this one) that this node's imports are alive. */
    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void heartbeat() {
        java.util.List<UUID> running = jobs.values().stream()
                .filter(job -> !job.progress().finished())
                .map(Job::id)
                .toList();
        if (!running.isEmpty()) {
            jdbc.sql("UPDATE members.import_job SET heartbeat = now() WHERE id IN (:ids)")
                    .param("ids", running)
                    .update();
        }
        markInterrupted();
    }

    /** A background import and who started it. */
    public record Job(
            UUID id,
            String owner,
            OrganizationId organization,
            String fileName,
            ImportOptions options,
            ImportProgress progress,
            long startedAt) {}

    /** Checks that the user may import into the organization (404/403 otherwise), before the upload is kept. */
    public void authorize(CurrentUser user, OrganizationId organization) {
        importer.authorize(user, organization);
    }

    /** Starts importing the uploaded file, which the job deletes when done. */
    public UUID start(
            CurrentUser user,
            OrganizationId organization,
            Path upload,
            String fileName,
            ImportOptions options,
            Locale locale) {
        importer.authorize(user, organization);
        forgetOld();
        UUID id = UUID.randomUUID();
        ImportProgress progress = new ImportProgress();
        jobs.put(id, new Job(id, user.username(), organization, fileName, options, progress, clock.millis()));
        jdbc.sql(
                        """
                        INSERT INTO members.import_job (id, owner, organization_id, file_name, dry_run, valid_only, state)
                        VALUES (:id, :owner, :org, :file, :dry, :valid, 'RUNNING')
                        """)
                .param("id", id)
                .param("owner", user.username())
                .param("org", organization.value())
                .param("file", fileName)
                .param("dry", options.dryRun())
                .param("valid", options.validOnly())
                .update();
        executor.submit(() -> {
            try {
                importer.run(user, organization, upload, fileName, options, progress, locale);
            } catch (InvalidInputException e) {
                progress.fail(messages.getMessage(e.messageKey(), e.arguments(), locale));
            } catch (RuntimeException e) {
                log.error("Import {} of {} failed", id, fileName, e);
                progress.fail(messages.getMessage("import.failed", null, locale));
            } finally {
                record(id, progress);
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded file {}", upload, e);
                }
            }
        });
        return id;
    }

    private void record(UUID id, ImportProgress progress) {
        ImportResult result = progress.result();
        try {
            jdbc.sql(
                            """
                            UPDATE members.import_job SET state = :state, finished_at = now(), rows_read = :rows,
                                imported = :imported, rejected = :rejected, message = :message
                            WHERE id = :id
                            """)
                    .param("state", progress.finished() ? progress.stage().name() : "FAILED")
                    .param("rows", progress.rows())
                    .param("imported", result == null ? null : result.imported())
                    .param("rejected", result == null ? null : result.rejected())
                    .param("message", progress.failure())
                    .param("id", id)
                    .update();
        } catch (RuntimeException e) {
            log.warn("Could not record the end of import {}", id, e);
        }
    }

    /**
     * The job, if the user started it: from memory while this run of the application knows it, otherwise as the
     * database kept it (an import interrupted by a restart, or one finished before it).
     */
    public Optional<Job> find(CurrentUser user, UUID id) {
        Job job = jobs.get(id);
        if (job != null) {
            return job.owner().equals(user.username()) ? Optional.of(job) : Optional.empty();
        }
        return jdbc.sql("SELECT * FROM members.import_job WHERE id = :id AND owner = :owner")
                .param("id", id)
                .param("owner", user.username())
                .query((rs, n) -> {
                    ImportProgress progress = new ImportProgress();
                    String state = rs.getString("state");
                    boolean dryRun = rs.getBoolean("dry_run");
                    if (state.equals("DONE") || state.equals("CANCELLED")) {
                        progress.finish(new ImportResult(
                                rs.getLong("imported"),
                                rs.getLong("rejected"),
                                rs.getLong("rows_read"),
                                dryRun,
                                state.equals("CANCELLED"),
                                java.util.List.of()));
                    } else if (state.equals("RUNNING")) {
                        // Running on another node; this one can show only that it has not finished.
                        progress.stage(ImportProgress.Stage.WRITING);
                    } else {
                        String message = rs.getString("message");
                        progress.fail(
                                state.equals("INTERRUPTED") || message == null
                                        ? messages.getMessage(
                                                "import.interrupted", null, LocaleContextHolder.getLocale())
                                        : message);
                    }
                    return new Job(
                            id,
                            rs.getString("owner"),
                            OrganizationId.of(rs.getLong("organization_id")),
                            rs.getString("file_name"),
                            new ImportOptions(dryRun, rs.getBoolean("valid_only")),
                            progress,
                            rs.getTimestamp("started_at").getTime());
                })
                .optional();
    }

    private void forgetOld() {
        long limit = clock.millis() - KEEP_MILLIS;
        jobs.values().removeIf(job -> job.progress().finished() && job.startedAt() < limit);
    }

    @Override
    public void destroy() {
        jobs.values().forEach(job -> job.progress().cancel());
        executor.shutdownNow();
    }
}
