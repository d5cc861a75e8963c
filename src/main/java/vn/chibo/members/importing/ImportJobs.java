package vn.chibo.members.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/**
 * Imports started from the page run in the background, one at a time, so that the page can show a progress bar and a
 * cancel button. A job is visible only to the user who started it; finished jobs are forgotten after an hour.
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

    ImportJobs(MemberImporter importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
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
        jobs.put(
                id,
                new Job(id, user.username(), organization, fileName, options, progress, System.currentTimeMillis()));
        executor.submit(() -> {
            try {
                importer.run(user, organization, upload, fileName, options, progress, locale);
            } catch (InvalidInputException e) {
                progress.fail(messages.getMessage(e.messageKey(), e.arguments(), locale));
            } catch (RuntimeException e) {
                log.error("Import {} of {} failed", id, fileName, e);
                progress.fail(messages.getMessage("import.failed", null, locale));
            } finally {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded file {}", upload, e);
                }
            }
        });
        return id;
    }

    /** The job, if it exists and the user started it. */
    public Optional<Job> find(CurrentUser user, UUID id) {
        Job job = jobs.get(id);
        return job != null && job.owner().equals(user.username()) ? Optional.of(job) : Optional.empty();
    }

    private void forgetOld() {
        long limit = System.currentTimeMillis() - KEEP_MILLIS;
        jobs.values().removeIf(job -> job.progress().finished() && job.startedAt() < limit);
    }

    @Override
    public void destroy() {
        jobs.values().forEach(job -> job.progress().cancel());
        executor.shutdownNow();
    }
}
