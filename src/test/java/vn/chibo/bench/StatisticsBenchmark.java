package vn.chibo.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.ChiboApplication;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;
import vn.chibo.reviews.ApprovedRatings;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundSummary;
import vn.chibo.reviews.ReviewStatus;
import vn.chibo.statistics.RatingReport;
import vn.chibo.statistics.RatingStatistics;

/**
 * The members-by-rating statistics at province scale: a province committee with {@code committees} grassroots
 * committees of {@code branches} branches each, {@code members} members a branch, every branch with an approved review
 * round of last year (and one member in a hundred on two approved rosters, transferred between the reviews). Prints,
 * in the same run: a raw SQL aggregate over the same rows (the floor), the set-based read of the reviews module
 * ({@link ApprovedRatings#tallies}), the former read of one round at a time through {@link ReviewManagement#details},
 * the report ({@link RatingStatistics#report}), and the page and the API over HTTP. Run with bench/statistics.sh.
 */
public final class StatisticsBenchmark {

    public static void main(String[] args) throws Exception {
        int committees = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int branches = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int members = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Path dir = Files.createTempDirectory("chibo-bench-statistics");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ChiboApplication.class)
                .run(
                        "--chibo.data-dir=" + dir,
                        "--server.port=0",
                        "--chibo.portal.base-url=http://localhost",
                        "--CHIBO_ADMIN_PASSWORD=bench-admin-password",
                        "--logging.level.root=WARN");
        try {
            run(app, committees, branches, members);
        } finally {
            app.close();
        }
    }

    static void run(ConfigurableApplicationContext app, int committees, int branchesEach, int membersEach)
            throws Exception {
        CurrentUser system = CurrentUser.system();
        OrganizationManagement organizations = app.getBean(OrganizationManagement.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        int year = LocalDate.now(app.getBean(java.time.Clock.class)).getYear() - 1;
        LocalDate reviewDate = LocalDate.of(year, 12, 10);

        long started = System.nanoTime();
        OrganizationId province = tx.execute(s -> organizations.create(
                system, null, draft("Đảng bộ tỉnh thử tải", OrganizationType.PROVINCIAL_COMMITTEE)));
        List<OrganizationId> branches = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            for (int c = 1; c <= committees; c++) {
                OrganizationId committee = organizations.create(
                        system, province, draft("Đảng bộ thử tải số " + c, OrganizationType.GRASSROOTS_COMMITTEE));
                for (int b = 1; b <= branchesEach; b++) {
                    branches.add(organizations.create(
                            system, committee, draft("Chi bộ " + c + "." + b, OrganizationType.BRANCH)));
                }
            }
        });
        Long[] ids = branches.stream().map(OrganizationId::value).toArray(Long[]::new);
        tx.executeWithoutResult(s -> {
            jdbc.sql(
                            """
                            INSERT INTO members.member (organization_id, full_name, given_name, name_fold, gender,
                                                        birth_date, admission_date, status)
                            SELECT b.id, 'Nguyễn Thị Thử ' || b.ord || '.' || n, 'Thử', 'nguyen thi thu ' || b.ord || '.' || n,
                                   CASE WHEN n % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END,
                                   DATE '1970-01-01' + (n * 97 % 9000),
                                   -- one member in 25 admitted within the review's last months: listed, not rated
                                   CASE WHEN n % 25 = 0 THEN CAST(:review AS date) - 60
                                        ELSE DATE '2000-01-01' + (n * 31 % 7000) END,
                                   'OFFICIAL'
                            FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS b(id, ord),
                                 generate_series(1, :n) AS n
                            """)
                    .param("ids", ids)
                    .param("n", membersEach)
                    .param("review", reviewDate)
                    .update();
            // Each branch's round, approved, its review date a day apart from its neighbour's.
            jdbc.sql(
                            """
                            INSERT INTO reviews.review_round (organization_id, review_year, review_date, status,
                                                              opened_by, opened_at, proposed_at, closed_at)
                            SELECT b.id, :y, CAST(:review AS date) + CAST(b.ord % 10 AS int), 'CLOSED', 'bench',
                                   now(), now(), now()
                            FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS b(id, ord)
                            """)
                    .param("ids", ids)
                    .param("y", year)
                    .param("review", reviewDate)
                    .update();
            jdbc.sql(
                            """
                            INSERT INTO reviews.member_review (round_id, member_id, position, full_name,
                                                               admission_date, exempt, suspended, proposed_level,
                                                               approved_level)
                            SELECT r.id, m.id, row_number() OVER (PARTITION BY r.id ORDER BY m.id), m.full_name,
                                   m.admission_date, m.id % 97 = 0, false, lv, lv
                            FROM members.member m
                            JOIN reviews.review_round r ON r.organization_id = m.organization_id AND r.review_year = :y
                            CROSS JOIN LATERAL (SELECT CASE WHEN m.id % 10 = 0 THEN 'EXCELLENT'
                                                            WHEN m.id % 10 < 8 THEN 'GOOD'
                                                            WHEN m.id % 10 = 8 THEN 'COMPLETED'
                                                            ELSE 'NOT_COMPLETED' END AS lv) l
                            WHERE m.organization_id = ANY(CAST(:ids AS bigint[]))
                            """)
                    .param("ids", ids)
                    .param("y", year)
                    .update();
            // One member in a hundred also on the roster of the next branch's round (transferred between reviews).
            jdbc.sql(
                            """
                            INSERT INTO reviews.member_review (round_id, member_id, position, full_name,
                                                               admission_date, exempt, suspended, proposed_level,
                                                               approved_level)
                            SELECT nr.id, e.member_id, 10000 + e.position, e.full_name, e.admission_date, false,
                                   false, 'GOOD', 'GOOD'
                            FROM reviews.member_review e
                            JOIN reviews.review_round r ON r.id = e.round_id
                            JOIN unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS b(id, ord) ON b.id = r.organization_id
                            JOIN unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS nb(id, ord) ON nb.ord = b.ord + 1
                            JOIN reviews.review_round nr ON nr.organization_id = nb.id AND nr.review_year = :y
                            WHERE r.review_year = :y AND e.member_id % 100 = 1
                            """)
                    .param("ids", ids)
                    .param("y", year)
                    .update();
        });
        jdbc.sql("ANALYZE").update();
        long rows = jdbc.sql("SELECT count(*) FROM reviews.member_review")
                .query(Long.class)
                .single();
        System.out.printf(
                "DATA: %d branches, %d members, %d rows on approved rosters of %d, made in %.1f s%n",
                branches.size(), branches.size() * (long) membersEach, rows, year, (System.nanoTime() - started) / 1e9);

        tx.executeWithoutResult(s -> {
            long id = app.getBean(UserManagement.class)
                    .createUser(system, "bench", "Người đo", "bench-password-1", false);
            app.getBean(UserManagement.class).grant(system, id, new Grant(province.value(), Role.COMMITTEE));
        });
        CurrentUser bench =
                new CurrentUser(0, "bench", "Người đo", List.of(new Grant(province.value(), Role.COMMITTEE)));
        ApprovedRatings approved = app.getBean(ApprovedRatings.class);
        ReviewManagement reviews = app.getBean(ReviewManagement.class);
        RatingStatistics ratings = app.getBean(RatingStatistics.class);

        // The figures must agree before they are timed: the raw count of distinct members against the report's.
        long distinct = jdbc.sql(
                        """
                        SELECT count(DISTINCT e.member_id) FROM reviews.member_review e
                        JOIN reviews.review_round r ON r.id = e.round_id
                        WHERE r.status = 'CLOSED' AND r.review_year = :y
                        """)
                .param("y", year)
                .query(Long.class)
                .single();
        RatingReport report = tx.execute(s -> ratings.report(bench, province, year));
        System.out.printf(
                "CHECK: %d distinct members on the approved rosters; the report counts %d (%d rated, %d not rated) in %d"
                        + " rounds%n",
                distinct,
                report.total().members(),
                report.total().rated(),
                report.total().notRated(),
                report.total().rounds());
        if (report.total().members() != distinct) {
            throw new IllegalStateException("The report does not count each member once");
        }

        report("raw SQL: count by round and level over the same rows (reference)", time(5, 20, () -> jdbc.sql(
                        """
                                SELECT e.round_id, coalesce(e.approved_level, e.proposed_level), count(*)
                                FROM reviews.member_review e JOIN reviews.review_round r ON r.id = e.round_id
                                JOIN organizations.organization_tree o ON o.id = r.organization_id
                                WHERE r.status = 'CLOSED' AND r.review_year = :y
                                  AND o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :p)
                                GROUP BY 1, 2
                                """)
                .param("y", year)
                .param("p", province.value())
                .query()
                .listOfRows()));
        report(
                "ApprovedRatings.tallies (set-based, each member once)",
                time(5, 20, () -> tx.execute(s -> approved.tallies(bench, province, List.of(year)))));
        report(
                "former read: ReviewManagement.details per approved round",
                time(
                        1,
                        3,
                        () -> tx.execute(s -> {
                            int counted = 0;
                            for (ReviewRoundSummary round : reviews.list(bench, province)) {
                                if (round.year() == year && round.status() == ReviewStatus.CLOSED) {
                                    counted += reviews.details(bench, round.id())
                                            .tally()
                                            .rated();
                                }
                            }
                            return counted;
                        })));
        report(
                "RatingStatistics.report (rows per committee, total)",
                time(5, 20, () -> tx.execute(s -> ratings.report(bench, province, year))));

        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        // The API signs in with HTTP Basic on each request, the page with the login form's session, as a browser does.
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("bench:bench-password-1".getBytes());
        String base = "http://localhost:" + port;
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String loginPage = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = loginPage.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=bench&password=bench-password-1&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        URI api = URI.create(base + "/api/v1/statistics/ratings?organization=" + province + "&year=" + year);
        URI page = URI.create(base + "/statistics/ratings?organization=" + province + "&year=" + year);
        HttpResponse<String> check =
                browser.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        if (check.statusCode() != 200 || !check.body().contains("Đảng bộ thử tải số " + committees)) {
            throw new IllegalStateException("The ratings page did not render: " + check.statusCode());
        }
        report("API GET /api/v1/statistics/ratings (province)", time(5, 20, () -> get(http, api, basic)));
        report("page GET /statistics/ratings (province)", time(5, 20, () -> get(browser, page, null)));
    }

    private static String get(HttpClient http, URI uri, String basic) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            if (basic != null) {
                request.header("Authorization", basic);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + ": " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OrganizationDraft draft(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, null, null);
    }

    private static List<Double> time(int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String what, List<Double> millis) {
        System.out.printf(
                "%-70s median %8.1f ms   p95 %8.1f ms   max %8.1f ms   (%d runs)%n",
                what,
                millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)),
                millis.get(millis.size() - 1),
                millis.size());
    }
}
