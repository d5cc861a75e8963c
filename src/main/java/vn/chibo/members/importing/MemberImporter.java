package vn.chibo.members.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.SAXException;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberRules;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Imports members from a CSV or XLSX file into one organization. Rows stream from the file through validation into a
 * staging table by COPY; duplicates (by citizen id, or by name and birth date, inside the file and against existing
 * members) are found in SQL; then everything is written in the same transaction, or nothing: a dry run, a cancelled
 * import and (unless only valid rows are wanted) a file with a bad row all roll back.
 */
@Component
public class MemberImporter {

    /** Errors listed in the answer; more are counted but not listed. */
    public static final int MAX_ERRORS_LISTED = 1000;

    private static final Logger log = LoggerFactory.getLogger(MemberImporter.class);
    private static final int COPY_CHUNK = 256 * 1024;
    private static final ImportColumn[] COLUMNS = ImportColumn.values();

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    MemberImporter(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            JdbcClient jdbc,
            OrganizationManagement organizations,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Checks that the user may import into the organization (404/403 otherwise). */
    public void authorize(CurrentUser user, OrganizationId organization) {
        organizations.require(user, organization, Permission.MEMBER_MANAGE);
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
        Format format = detect(file);
        ImportResult result = transaction.execute(status -> {
            Run run = new Run(organization, options, progress, locale);
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
                    "Import of {} ({} rows, {} valid): read, checked and staged in {} ms (duplicates {} ms), written in {} ms",
                    fileName,
                    run.rows,
                    run.valid,
                    (read - started) / 1_000_000,
                    run.checkNanos / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000);
            long imported = (run.rejected == 0 || options.validOnly()) ? run.valid : 0;
            run.errors.sort(Comparator.comparingInt(ImportResult.ImportError::row));
            return new ImportResult(
                    imported,
                    run.rejected,
                    run.rows,
                    options.dryRun(),
                    false,
                    List.copyOf(run.errors.subList(0, Math.min(run.errors.size(), MAX_ERRORS_LISTED))));
        });
        progress.finish(result);
        return result;
    }

    enum Format {
        CSV,
        XLSX
    }

    /** Tells the format from the file's first bytes, not its name. */
    static Format detect(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InvalidInputException("file", "import.file.zeroBytes");
            }
            byte[] head = new byte[(int) Math.min(size, 8192)];
            try (InputStream in = Files.newInputStream(file)) {
                in.readNBytes(head, 0, head.length);
            }
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return Format.XLSX;
            }
            if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && head[2] == 0x11) {
                throw new InvalidInputException("file", "import.file.oldExcel");
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new InvalidInputException("file", "import.file.notSpreadsheet");
                }
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int end = head.length;
            if (size > head.length) {
                // The sample may end inside a character: drop the last, possibly incomplete, one.
                int i = end - 1;
                while (i > 0 && (head[i] & 0xC0) == 0x80) {
                    i--;
                }
                end = (head[i] & 0x80) == 0 ? end : i;
            }
            try {
                decoder.decode(java.nio.ByteBuffer.wrap(head, 0, end));
            } catch (CharacterCodingException e) {
                throw new InvalidInputException("file", "import.file.encoding");
            }
            return Format.CSV;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class ImportCancelled extends RuntimeException {
        ImportCancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** One import in its transaction. */
    private final class Run implements RowHandler {
        private final OrganizationId organization;
        private final ImportOptions options;
        private final ImportProgress progress;
        private final Locale locale;
        private final LocalDate today = LocalDate.now(clock);
        private final List<ImportResult.ImportError> errors = new ArrayList<>();
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(COPY_CHUNK + 4096);
        private final StringBuilder line = new StringBuilder(512);
        private final Map<String, String> messageCache = new LinkedHashMap<>();
        private int[] columnIndex;
        private CopyIn copy;
        private long rows;
        private long staged;
        private long valid;
        private long rejected;
        private long checkNanos;

        Run(OrganizationId organization, ImportOptions options, ImportProgress progress, Locale locale) {
            this.organization = organization;
            this.options = options;
            this.progress = progress;
            this.locale = locale;
        }

        void execute(Format format, Path file) {
            progress.stage(ImportProgress.Stage.READING);
            jdbc.sql(
                            """
                            CREATE TEMP TABLE import_staging (row_no int, full_name text, given_name text, name_fold text,
                                gender text, birth_date date,
                                citizen_id text, ethnicity text, religion text, home_town text,
                                permanent_residence text, general_education text, qualification text,
                                theory_level text, job text, position text, admission_date date, ceremony_date date,
                                official_date date, biography_number text, card_number text, status text)
                            ON COMMIT DROP
                            """)
                    .update();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                copy = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY import_staging FROM STDIN (FORMAT text)");
                try {
                    if (format == Format.CSV) {
                        long size = Files.size(file);
                        CharsetDecoder decoder = StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT);
                        try (InputStream in = new CountingInputStream(
                                        new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                                        size,
                                        progress::read);
                                Reader reader = new InputStreamReader(in, decoder)) {
                            new CsvRows(reader).read(this);
                        } catch (CharacterCodingException e) {
                            throw new InvalidInputException("file", "import.file.encoding");
                        }
                    } else {
                        try {
                            XlsxRows.read(file, this, progress::read);
                        } catch (OpenXML4JException | SAXException | RuntimeException e) {
                            if (e instanceof InvalidInputException || e instanceof ImportCancelled) {
                                throw (RuntimeException) e;
                            }
                            throw new InvalidInputException("file", "import.file.notSpreadsheet");
                        }
                    }
                    flush();
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the import staging table failed", e);
            } catch (IOException e) {
                throw new InvalidInputException("file", "import.file.notSpreadsheet");
            }
            if (columnIndex == null) {
                throw new InvalidInputException("file", "import.file.empty");
            }
            if (rows == 0) {
                throw new InvalidInputException("file", "import.file.noRows");
            }
            progress.stage(ImportProgress.Stage.CHECKING);
            long checking = System.nanoTime();
            checkDuplicates();
            checkNanos = System.nanoTime() - checking;
            valid = staged - duplicates.cardinality();
        }

        private final BitSet duplicates = new BitSet();

        private void checkDuplicates() {
            duplicateRows(
                    """
                    SELECT row_no, first_row FROM (
                        SELECT row_no, min(row_no) OVER (PARTITION BY citizen_id) AS first_row
                        FROM import_staging WHERE citizen_id IS NOT NULL) d
                    WHERE row_no <> first_row
                    """,
                    ImportColumn.CITIZEN_ID,
                    "import.duplicate.citizenIdInFile");
            duplicateRows(
                    """
                    SELECT s.row_no, 0 AS first_row FROM import_staging s
                    WHERE s.citizen_id IS NOT NULL
                      AND EXISTS (SELECT 1 FROM members.member m WHERE m.citizen_id = s.citizen_id)
                    """,
                    ImportColumn.CITIZEN_ID,
                    "import.duplicate.citizenIdExisting");
            duplicateRows(
                    """
                    SELECT row_no, first_row FROM (
                        SELECT row_no, min(row_no) OVER (PARTITION BY name_fold, birth_date) AS first_row
                        FROM import_staging) d
                    WHERE row_no <> first_row
                    """,
                    ImportColumn.FULL_NAME,
                    "import.duplicate.nameBirthInFile");
            duplicateRows(
                    """
                    SELECT s.row_no, 0 AS first_row FROM import_staging s
                    WHERE EXISTS (SELECT 1 FROM members.member m
                                  WHERE m.name_fold = s.name_fold
                                    AND m.birth_date = s.birth_date)
                    """,
                    ImportColumn.FULL_NAME,
                    "import.duplicate.nameBirthExisting");
            if (!duplicates.isEmpty()) {
                jdbc.sql("DELETE FROM import_staging WHERE row_no = ANY(:rows)")
                        .param("rows", duplicates.stream().boxed().toArray(Integer[]::new))
                        .update();
            }
        }

        private void duplicateRows(String sql, ImportColumn column, String key) {
            jdbc.sql(sql)
                    .query((rs, n) -> {
                        int row = rs.getInt("row_no");
                        if (!duplicates.get(row)) {
                            duplicates.set(row);
                            rejected++;
                            error(row, column, key, rs.getInt("first_row"));
                        }
                        return null;
                    })
                    .list();
        }

        void write(CurrentUser user) {
            // A large pending list lets GIN add the names' trigrams in one sorted batch instead of row by row; it is
            // merged before commit, so that searches right after the import are as fast as before.
            jdbc.sql("SET LOCAL gin_pending_list_limit = '512MB'").update();
            jdbc.sql(
                            """
                            INSERT INTO members.member (organization_id, full_name, given_name, name_fold, gender,
                                birth_date, citizen_id, ethnicity, religion, home_town, permanent_residence, general_education,
                                qualification, theory_level, job, position, admission_date, ceremony_date,
                                official_date, biography_number, card_number, status)
                            SELECT :org, full_name, given_name, name_fold, gender, birth_date, citizen_id, ethnicity,
                                   religion, home_town,
                                   permanent_residence, general_education, qualification, theory_level, job,
                                   position, admission_date, ceremony_date, official_date, biography_number,
                                   card_number, status
                            FROM import_staging ORDER BY row_no
                            """)
                    .param("org", organization.value())
                    .update();
            jdbc.sql("SELECT gin_clean_pending_list('members.member_name_fold'::regclass)")
                    .query(Long.class)
                    .single();
        }

        @Override
        public void row(int rowNumber, String[] cells, boolean[] oversized) {
            if (progress.cancelRequested()) {
                throw new ImportCancelled();
            }
            if (isBlank(cells)) {
                return;
            }
            if (columnIndex == null) {
                header(cells);
                return;
            }
            rows++;
            progress.row();
            String[] values = new String[COLUMNS.length];
            for (ImportColumn column : COLUMNS) {
                int index = columnIndex[column.ordinal()];
                if (index >= 0 && index < cells.length) {
                    if (oversized[index]) {
                        rejected++;
                        error(rowNumber, column, "import.cell.tooLarge", CsvRows.MAX_CELL);
                        return;
                    }
                    values[column.ordinal()] = cells[index];
                }
            }
            MemberDraft draft;
            try {
                draft = MemberRules.validate(draft(values), today);
            } catch (InvalidInputException e) {
                rejected++;
                ImportColumn column = ImportColumn.byField(e.field());
                error(rowNumber, column, e.messageKey(), e.arguments());
                return;
            }
            stage(rowNumber, draft);
        }

        private void header(String[] cells) {
            columnIndex = new int[COLUMNS.length];
            java.util.Arrays.fill(columnIndex, -1);
            for (int i = 0; i < cells.length; i++) {
                ImportColumn column = ImportColumn.byHeader(cells[i]);
                if (column != null && columnIndex[column.ordinal()] < 0) {
                    columnIndex[column.ordinal()] = i;
                }
            }
            for (ImportColumn column : COLUMNS) {
                if (column.required() && columnIndex[column.ordinal()] < 0) {
                    throw new InvalidInputException("file", "import.file.missingColumn", column.header());
                }
            }
        }

        private MemberDraft draft(String[] v) {
            return new MemberDraft(
                    organization,
                    v[ImportColumn.FULL_NAME.ordinal()],
                    null,
                    null,
                    MemberRules.gender("gender", v[ImportColumn.GENDER.ordinal()]),
                    MemberRules.date("birthDate", v[ImportColumn.BIRTH_DATE.ordinal()]),
                    null,
                    v[ImportColumn.HOME_TOWN.ordinal()],
                    null,
                    v[ImportColumn.PERMANENT_RESIDENCE.ordinal()],
                    null,
                    v[ImportColumn.ETHNICITY.ordinal()],
                    v[ImportColumn.RELIGION.ordinal()],
                    v[ImportColumn.CITIZEN_ID.ordinal()],
                    null,
                    v[ImportColumn.GENERAL_EDUCATION.ordinal()],
                    v[ImportColumn.QUALIFICATION.ordinal()],
                    null,
                    MemberRules.theoryLevel("theoryLevel", v[ImportColumn.THEORY_LEVEL.ordinal()]),
                    null,
                    null,
                    null,
                    v[ImportColumn.JOB.ordinal()],
                    v[ImportColumn.POSITION.ordinal()],
                    true,
                    null,
                    null,
                    MemberRules.date("admissionDate", v[ImportColumn.ADMISSION_DATE.ordinal()]),
                    null,
                    MemberRules.date("ceremonyDate", v[ImportColumn.CEREMONY_DATE.ordinal()]),
                    null,
                    MemberRules.date("officialDate", v[ImportColumn.OFFICIAL_DATE.ordinal()]),
                    v[ImportColumn.BIOGRAPHY_NUMBER.ordinal()],
                    v[ImportColumn.CARD_NUMBER.ordinal()]);
        }

        private void stage(int rowNumber, MemberDraft d) {
            line.setLength(0);
            line.append(rowNumber);
            field(d.fullName());
            field(VietnameseText.givenName(d.fullName()));
            field(VietnameseText.fold(d.fullName()));
            field(d.gender().name());
            field(d.birthDate());
            field(d.citizenId());
            field(d.ethnicity());
            field(d.religion());
            field(d.homeTown());
            field(d.permanentResidence());
            field(d.generalEducation());
            field(d.qualification());
            field(d.theoryLevel().name());
            field(d.job());
            field(d.position());
            field(d.admissionDate());
            field(d.ceremonyDate());
            field(d.officialDate());
            field(d.biographyNumber());
            field(d.cardNumber());
            field(d.status().name());
            line.append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            chunk.write(bytes, 0, bytes.length);
            staged++;
            if (chunk.size() >= COPY_CHUNK) {
                flush();
            }
        }

        private void field(Object value) {
            line.append('\t');
            if (value == null) {
                line.append("\\N");
                return;
            }
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }

        private void flush() {
            if (chunk.size() == 0) {
                return;
            }
            try {
                copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the import staging table failed", e);
            }
            chunk.reset();
        }

        private void error(int row, ImportColumn column, String key, Object... args) {
            if (errors.size() >= MAX_ERRORS_LISTED) {
                return;
            }
            String message = args.length == 0
                    ? messageCache.computeIfAbsent(key, k -> messages.getMessage(k, null, locale))
                    : messages.getMessage(key, args, locale);
            errors.add(new ImportResult.ImportError(row, column == null ? "" : column.header(), message));
        }

        private static boolean isBlank(String[] cells) {
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
