package vn.chibo.members.importing;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberParticulars;
import vn.chibo.members.MemberRules;
import vn.chibo.members.OrganizationsInScope;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Imports members from a CSV or XLSX file into one organization. Rows stream from the file through validation and the
 * duplicate checks (by citizen id, or by name and birth date, inside the file in memory and against existing members
 * in batches) straight into members.member by COPY, all in one transaction, or nothing: a dry run, a cancelled import
 * and (unless only valid rows are wanted) a file with a bad row all roll back.
 */
@Component
public class MemberImporter {

    /** Errors listed in the answer; more are counted but not listed. */
    public static final int MAX_ERRORS_LISTED = 1000;

    private static final Logger log = LoggerFactory.getLogger(MemberImporter.class);
    private static final int COPY_CHUNK = 256 * 1024;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    MemberImporter(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            JdbcClient jdbc,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Checks that the user may import into the organization (404/403 otherwise). */
    public void authorize(CurrentUser user, OrganizationId organization) {
        organizationAccess.require(user, organization, Permission.MEMBER_MANAGE);
    }

    /**
     * Runs an import. A problem with the file as a whole (empty, not a spreadsheet, missing columns) is an
     * {@link InvalidInputException} on the field {@code file}; problems with rows are in the result.
     */
    public ImportResult run(
            CurrentUser user,
            OrganizationId organization,
            Path file,
            String fileName,
            ImportOptions options,
            ImportProgress progress,
            Locale locale) {
        authorize(user, organization);
        ImportFile.Format format = ImportFile.detect(file);
        OrganizationsInScope visible = OrganizationsInScope.of(organizations, user, Permission.MEMBER_VIEW);
        ImportResult result = transaction.execute(status -> {
            Run run = new Run(organization, options, progress, locale, visible);
            // Once the transaction has ended, written, rolled back (a dry run always is) or failed.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    run.elsewhere.audit(audit, user, options.dryRun(), organization, fileName);
                }
            });
            long started = System.nanoTime();
            try {
                run.execute(format, file);
            } catch (ImportCancelled e) {
                status.setRollbackOnly();
                return new ImportResult(0, 0, run.rows, options.dryRun(), true, List.of());
            }
            long read = System.nanoTime();
            boolean writes = !options.dryRun() && (run.rejected == 0 || options.validOnly());
            if (!writes) {
                status.setRollbackOnly();
            } else if (run.valid > 0) {
                progress.stage(ImportProgress.Stage.WRITING);
                run.write(user);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("organization", organization.value());
                details.put("file", fileName);
                details.put("imported", run.valid);
                details.put("rejected", run.rejected);
                details.put("validOnly", options.validOnly());
                audit.record(user, "member.import", "Member", null, null, details);
            }
            log.info(
                    "Import of {} ({} rows, {} valid): read, checked and copied in {} ms (existing-member look-ups {} ms,"
                            + " waiting for the server {} ms), index merge and audit in {} ms",
                    fileName,
                    run.rows,
                    run.valid,
                    (read - started) / 1_000_000,
                    run.checkNanos / 1_000_000,
                    run.waitNanos / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000);
            long imported = (run.rejected == 0 || options.validOnly()) ? run.valid : 0;
            return new ImportResult(imported, run.rejected, run.rows, options.dryRun(), false, run.listedErrors());
        });
        progress.finish(result);
        return result;
    }

    /** One import in its transaction. */
    private final class Run implements RowHandler {
        private final OrganizationId organization;
        private final ImportOptions options;
        private final ImportProgress progress;
        private final Locale locale;
        private final LocalDate today = LocalDate.now(clock);
        private final RowErrors errors;
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(COPY_CHUNK + 4096);
        private final ImportRows reader;
        private final FileDuplicates inFile = new FileDuplicates();
        private Pending pending = new Pending();
        private Pending spare = new Pending();
        /** The batch whose look-up runs on the look-up thread while the next batch is read. */
        private Pending inFlight;

        private Future<ExistingMembers.Found> found;
        private ExecutorService lookups;
        private Connection lookup;
        private ExistingMembers existingMembers;
        private CopyWriter writer;
        private boolean writing;
        private long rows;
        private long valid;
        private long rejected;
        private long checkNanos;
        private long waitNanos;
        /** Where the user may see members: a duplicate outside it is answered neutrally and audited. */
        private final OrganizationsInScope scope;

        private final FoundElsewhere elsewhere = new FoundElsewhere();

        Run(
                OrganizationId organization,
                ImportOptions options,
                ImportProgress progress,
                Locale locale,
                OrganizationsInScope scope) {
            this.organization = organization;
            this.options = options;
            this.progress = progress;
            this.locale = locale;
            this.scope = scope;
            this.errors = new RowErrors(messages, locale);
            this.reader = new ImportRows(organization);
        }

        /**
         * Reads the file and writes its valid rows straight into members.member by COPY (in file order, so ids follow
         * the rows). Duplicates inside the file are found in memory as the rows stream; duplicates of existing members
         * are looked up in batches on a second, read-only connection, before a row is sent, so that a rejected row is
         * never written. A dry run sends nothing; an all-or-nothing import stops sending at its first rejected row (the
         * rest is still read and checked, for the errors) and is rolled back.
         */
        void execute(ImportFile.Format format, Path file) {
            progress.stage(ImportProgress.Stage.READING);
            Connection connection = DataSourceUtils.getConnection(dataSource);
            CopyIn copy = null;
            try (Connection lookupConnection = dataSource.getConnection()) {
                lookup = lookupConnection;
                existingMembers = new ExistingMembers(lookupConnection, scope);
                lookup.setReadOnly(true);
                lookup.setAutoCommit(false);
                try (var statement = lookup.createStatement()) {
                    // The look-ups probe the indexes key by key. The table grows during the import without being
                    // analysed, and a plan made while it looked small (a sequential scan) would be kept and made
                    // every batch scan all members.
                    statement.execute("SET LOCAL enable_seqscan = off");
                    statement.execute("SET LOCAL enable_hashjoin = off");
                    statement.execute("SET LOCAL enable_mergejoin = off");
                }
                if (!options.dryRun()) {
                    // A large pending list lets GIN add the names' trigrams in one sorted batch instead of row by row;
                    // it is merged before commit (write), so that searches right after the import are as fast.
                    jdbc.sql("SET LOCAL gin_pending_list_limit = '512MB'").update();
                    copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(CopyFormat.COPY);
                    writer = new CopyWriter(copy);
                    writer.write(CopyFormat.BINARY_HEADER.clone());
                    writing = true;
                }
                lookups = Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "member-import-lookup");
                    thread.setDaemon(true);
                    return thread;
                });
                try {
                    ImportFile.read(format, file, this, progress);
                    checkPending();
                    finishInFlight();
                    flush();
                    if (writer != null) {
                        // Sent even when an all-or-nothing import stopped sending rows, so that the COPY ends cleanly.
                        writer.write(new byte[] {-1, -1});
                        waitNanos = writer.waitNanos();
                        writer.finish();
                        writer = null;
                        copy.endCopy();
                    }
                } finally {
                    // Let a look-up under way end cleanly, so that its connection goes back to the pool usable.
                    lookups.shutdown();
                    awaitLookups();
                    if (writer != null) {
                        writer.abort();
                    }
                    if (copy != null && copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                lookup.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException("Importing into members.member failed", e);
            } finally {
                lookup = null;
            }
            if (!reader.headerRead()) {
                throw new InvalidInputException("file", "import.file.empty");
            }
            if (rows == 0) {
                throw new InvalidInputException("file", "import.file.noRows");
            }
            progress.stage(ImportProgress.Stage.CHECKING);
        }

        private void awaitLookups() {
            try {
                if (!lookups.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    lookups.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lookups.shutdownNow();
            }
        }

        /** Merges the GIN pending list and records the audit; the rows themselves are already written. */
        void write(CurrentUser user) {
            jdbc.sql("SELECT gin_clean_pending_list('members.member_name_fold'::regclass)")
                    .query(Long.class)
                    .single();
        }

        List<ImportResult.ImportError> listedErrors() {
            return errors.listed();
        }

        @Override
        public void row(int rowNumber, String[] cells, boolean[] oversized) {
            if (progress.cancelRequested()) {
                throw new ImportCancelled();
            }
            if (ImportRows.isBlank(cells)) {
                return;
            }
            if (!reader.headerRead()) {
                reader.header(cells);
                return;
            }
            rows++;
            progress.row();
            ImportColumn tooLarge = reader.oversized(cells, oversized);
            if (tooLarge != null) {
                rejected++;
                error(rowNumber, tooLarge, "import.cell.tooLarge", CsvRows.MAX_CELL);
                return;
            }
            MemberDraft draft;
            try {
                draft = MemberRules.validate(reader.draft(cells), today);
            } catch (InvalidInputException e) {
                rejected++;
                ImportColumn column = ImportColumn.byField(e.field());
                error(rowNumber, column, e.messageKey(), e.arguments());
                return;
            }
            stage(rowNumber, draft);
        }

        /** Checks a valid row for duplicates inside the file and keeps it until its batch is checked. */
        private void stage(int rowNumber, MemberDraft d) {
            MemberParticulars p = d.particulars();
            String nameFold = VietnameseText.fold(p.fullName());
            int citizenFirst = inFile.citizenIdFirstRow(p.citizenId(), rowNumber);
            int nameFirst = inFile.nameFirstRow(nameFold, p.birthDate(), rowNumber);
            int start = pending.bytes.size();
            if (writing) {
                CopyFormat.encode(pending.bytes, organization, d, nameFold);
            }
            pending.add(rowNumber, p.citizenId(), nameFold, p.birthDate(), citizenFirst, nameFirst, start);
            if (pending.size == Pending.BATCH) {
                checkPending();
            }
        }

        /**
         * Starts looking the pending rows up among existing members on the look-up thread (the previous batch is
         * finished first), and goes on reading into a second buffer meanwhile.
         */
        private void checkPending() {
            if (pending.size == 0) {
                return;
            }
            finishInFlight();
            List<String> citizenKeys = new ArrayList<>(pending.size);
            List<String> names = new ArrayList<>(pending.size);
            List<String> dates = new ArrayList<>(pending.size);
            for (int i = 0; i < pending.size; i++) {
                if (pending.citizenFirst[i] == 0) {
                    if (pending.citizenIds[i] != null) {
                        citizenKeys.add(pending.citizenIds[i]);
                    }
                    if (pending.nameFirst[i] == 0) {
                        names.add(pending.names[i]);
                        dates.add(pending.birthDates[i].toString());
                    }
                }
            }
            inFlight = pending;
            found = lookups.submit(() -> existingMembers.lookUp(citizenKeys, names, dates));
            pending = spare;
            spare = null;
        }

        /**
         * Waits for the look-up of the batch in flight and sends its rows that pass. A row gets the first of, in
         * order: same citizen id as an earlier row, as an existing member; same name and birth date as an earlier row,
         * as an existing member (the order in which the checks used to run in SQL).
         */
        private void finishInFlight() {
            Pending p = inFlight;
            if (p == null) {
                return;
            }
            long started = System.nanoTime();
            ExistingMembers.Found existing;
            try {
                existing = found.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while importing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw new LookupFailed(sql);
                }
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            checkNanos += System.nanoTime() - started;
            byte[] bytes = p.bytes.buffer();
            for (int i = 0; i < p.size; i++) {
                int row = p.rows[i];
                ExistingMembers.Existing byCitizenId =
                        p.citizenIds[i] == null ? null : existing.citizenIds().get(p.citizenIds[i]);
                ExistingMembers.Existing byName = existing.names().isEmpty()
                        ? null
                        : existing.names().get(ExistingMembers.key(p.names[i], p.birthDates[i]));
                if (p.citizenFirst[i] != 0) {
                    duplicate(
                            RowErrors.CITIZEN_ID_IN_FILE,
                            row,
                            ImportColumn.CITIZEN_ID,
                            "import.duplicate.citizenIdInFile",
                            p.citizenFirst[i]);
                } else if (byCitizenId != null) {
                    existing(
                            RowErrors.CITIZEN_ID_EXISTING,
                            row,
                            ImportColumn.CITIZEN_ID,
                            "import.duplicate.citizenIdExisting",
                            byCitizenId);
                } else if (p.nameFirst[i] != 0) {
                    duplicate(
                            RowErrors.NAME_BIRTH_IN_FILE,
                            row,
                            ImportColumn.FULL_NAME,
                            "import.duplicate.nameBirthInFile",
                            p.nameFirst[i]);
                } else if (byName != null) {
                    existing(
                            RowErrors.NAME_BIRTH_EXISTING,
                            row,
                            ImportColumn.FULL_NAME,
                            "import.duplicate.nameBirthExisting",
                            byName);
                } else {
                    valid++;
                    if (writing) {
                        int end = i + 1 < p.size ? p.starts[i + 1] : p.bytes.size();
                        chunk.write(bytes, p.starts[i], end - p.starts[i]);
                        if (chunk.size() >= COPY_CHUNK) {
                            flush();
                        }
                    }
                }
            }
            p.clear();
            spare = p;
            inFlight = null;
            found = null;
        }

        /**
         * A row repeating an existing member: named as a duplicate when the user may see that member, otherwise only
         * the neutral answer, and kept for the audit.
         */
        private void existing(int kind, int row, ImportColumn column, String key, ExistingMembers.Existing member) {
            if (member.visible()) {
                duplicate(kind, row, column, key, 0);
                return;
            }
            elsewhere.add(member.id());
            duplicate(kind, row, column, "member.duplicate.elsewhere", 0);
        }

        private void duplicate(int kind, int row, ImportColumn column, String key, int firstRow) {
            rejected++;
            if (!options.validOnly()) {
                stopWriting();
            }
            errors.duplicate(kind, row, column, key, firstRow);
        }

        /** All or nothing with a rejected row: what is sent would be rolled back, so send no more. */
        private void stopWriting() {
            writing = false;
            chunk.reset();
        }

        private void flush() {
            if (chunk.size() == 0) {
                return;
            }
            if (writing) {
                writer.write(chunk.toByteArray());
            }
            chunk.reset();
        }

        private void error(int row, ImportColumn column, String key, Object... args) {
            if (!options.validOnly()) {
                stopWriting();
            }
            errors.error(row, column, key, args);
        }
    }
}
