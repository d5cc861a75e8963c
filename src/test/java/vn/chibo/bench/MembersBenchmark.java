package vn.chibo.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboApplication;
import vn.chibo.members.MemberQuery;
import vn.chibo.members.MemberSearch;
import vn.chibo.members.importing.ImportOptions;
import vn.chibo.members.importing.ImportProgress;
import vn.chibo.members.importing.ImportResult;
import vn.chibo.members.importing.MemberImporter;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

/**
 * Imports generated files end to end through MemberImporter into a fresh embedded database, then times name searches.
 * Run by bench/members.sh; arguments: the CSV file, optionally an XLSX file.
 */
public final class MembersBenchmark {

    private MembersBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("chibo-bench-");
        SpringApplication app = new SpringApplication(ChiboApplication.class);
        // Command-line arguments, so that they win over application.properties.
        try (ConfigurableApplicationContext context = app.run(
                "--chibo.data-dir=" + data,
                "--server.port=0",
                "--chibo.portal.base-url=http://localhost",
                "--logging.level.root=WARN",
                "--logging.level.vn.chibo.members=INFO")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            MemberImporter importer = context.getBean(MemberImporter.class);
            MemberSearch search = context.getBean(MemberSearch.class);
            CurrentUser system = CurrentUser.system();
            long org = jdbc.sql("INSERT INTO organizations.organization (name, type, path) VALUES"
                            + " ('Đảng bộ thử tải', 'PROVINCIAL_COMMITTEE', '0') RETURNING id")
                    .query(Long.class)
                    .single();
            jdbc.sql("UPDATE organizations.organization SET path = CAST(:p AS ltree) WHERE id = :id")
                    .param("p", Long.toString(org))
                    .param("id", org)
                    .update();
            for (String file : args) {
                Path path =
                        file.endsWith(":xlsx") ? toXlsx(Path.of(file.substring(0, file.length() - 5))) : Path.of(file);
                long started = System.nanoTime();
                double[] cpuBefore = cpuSeconds(data);
                ImportResult result = importer.run(
                        system,
                        OrganizationId.of(org),
                        path,
                        path.getFileName().toString(),
                        new ImportOptions(false, true),
                        new ImportProgress(),
                        Locale.forLanguageTag("vi"));
                double seconds = (System.nanoTime() - started) / 1e9;
                double[] cpuAfter = cpuSeconds(data);
                System.out.printf(
                        "IMPORT %s: %d rows, %d imported, %d rejected in %.1f s = %.0f rows/s (max heap %d MB);"
                                + " CPU used: JVM %.1f s, PostgreSQL %.1f s%n",
                        path.getFileName(),
                        result.rows(),
                        result.imported(),
                        result.rejected(),
                        seconds,
                        result.rows() / seconds,
                        Runtime.getRuntime().maxMemory() / 1024 / 1024,
                        cpuAfter[0] - cpuBefore[0],
                        cpuAfter[1] - cpuBefore[1]);
                if (file.equals(args[0])) {
                    plainCopy(context.getBean(DataSource.class), org, result.imported(), seconds, data);
                }
            }
            jdbc.sql("ANALYZE members.member").update();
            long total = jdbc.sql("SELECT count(*) FROM members.member")
                    .query(Long.class)
                    .single();
            // Full names as users type them (with and without diacritics), parts of names, and typos.
            List<String> queries = List.of(
                    "nguyen thi thu huong",
                    "Nguyễn Thị Thu Hương",
                    "tran van minh hung",
                    "Lê Minh Thu Hằng",
                    "pham ngoc bich anh",
                    "dang duc minh long",
                    "Võ Thị Kim Yến",
                    "hoang quoc thanh viet",
                    "thu huong",
                    "bich yen",
                    "nguyen thi thu huongg",
                    "tran vna minh hung",
                    "nguyen thi huong",
                    "ngo kim oanh",
                    "duong cong xuan thang");
            for (int warm = 0; warm < 2; warm++) {
                for (String q : queries) {
                    search.list(system, MemberQuery.of(null, q));
                }
            }
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String q : queries) {
                    long t = System.nanoTime();
                    search.list(system, MemberQuery.of(null, q));
                    times.add((System.nanoTime() - t) / 1e6);
                }
            }
            times.sort(null);
            System.out.printf(
                    "SEARCH among %d members: %d searches, median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                    total,
                    times.size(),
                    times.get(times.size() / 2),
                    times.get(times.size() * 9 / 10),
                    times.get(times.size() - 1));
        } finally {
            // A million members take close to 2 GB; the figures are printed, the data is not needed.
            vn.chibo.TestDatabase.deleteRecursively(data);
        }
    }

    /** The columns the importer's COPY writes (MemberImporter). */
    private static final String COLUMNS = "organization_id, full_name, given_name, name_fold, gender, birth_date,"
            + " citizen_id, ethnicity, religion, home_town, permanent_residence, general_education, qualification,"
            + " theory_level, job, position, admission_date, ceremony_date, official_date, biography_number,"
            + " card_number, status";

    /**
     * The yardstick of the import: the rows it wrote, exported in COPY's binary format, written again by a plain COPY
     * into the same table (emptied first, with its indexes and constraints) and committed, as ChiBo's role (no
     * superuser, every foreign key checked). Prints the import's time as a multiple of that COPY's.
     */
    static void plainCopy(DataSource dataSource, long org, long imported, double importSeconds, Path data)
            throws Exception {
        Path rows = data.resolveSibling(data.getFileName() + "-rows.bin");
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(rows)) {
                copy.copyOut(
                        "COPY (SELECT " + COLUMNS + " FROM members.member WHERE organization_id = " + org
                                + " ORDER BY id) TO STDOUT (FORMAT binary)",
                        out);
            }
            try (Statement statement = c.createStatement()) {
                statement.execute("TRUNCATE members.member CASCADE");
            }
            c.setAutoCommit(false);
            long started = System.nanoTime();
            long written;
            try (InputStream in = Files.newInputStream(rows)) {
                written = copy.copyIn("COPY members.member (" + COLUMNS + ") FROM STDIN (FORMAT binary)", in);
            }
            c.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "PLAIN COPY of the same %d rows into members.member (binary, committed, as the application's"
                            + " role): %.1f s = %.0f rows/s; the import took %.2f times as long (%d rows in %.1f s)%n",
                    written, seconds, written / seconds, importSeconds / seconds, imported, importSeconds);
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    /**
     * CPU seconds used so far by this JVM and by the PostgreSQL server on {@code data} (its postmaster, found by its
     * command line, and the postmaster's children, read from /proc; 0 where /proc is missing). Unlike the elapsed time,
     * it hardly depends on what else runs on the machine.
     */
    static double[] cpuSeconds(Path data) {
        double jvm = ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        double postgres = 0;
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("postgres") && c.contains(data.toString()))
                        .orElse(false))
                .toList();
        for (ProcessHandle server : servers) {
            postgres += cpuSeconds(server.pid());
            for (ProcessHandle child : server.descendants().toList()) {
                postgres += cpuSeconds(child.pid());
            }
        }
        return new double[] {jvm, postgres};
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of stat (11 and 12 after the name), in clock ticks of 1/100 s.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (java.io.IOException | RuntimeException e) {
            return 0; // the process ended, or there is no /proc
        }
    }

    /** Converts a generated CSV into an XLSX sheet (not timed). */
    static Path toXlsx(Path csv) throws Exception {
        Path xlsx = Path.of(csv.toString().replace(".csv", ".xlsx"));
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(500);
                var lines = Files.lines(csv);
                var out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet("DS");
            int[] n = {0};
            lines.forEach(line -> {
                var row = sheet.createRow(n[0]++);
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            });
            workbook.write(out);
        }
        return xlsx;
    }
}
