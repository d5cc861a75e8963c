package vn.chibo.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.ChiboApplication;
import vn.chibo.meetings.MeetingDocuments;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/**
 * Measures what issue 4 names: generating the minutes of a meeting with 60 attendees and 30 opinions (DOCX and PDF,
 * warm), and serving the calendar page of a committee with 50 branches for a year. Starts ChiBo in-process on a fresh
 * embedded PostgreSQL; prints the figures. Run with bench/meetings.sh.
 */
public final class MeetingsBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("chibo-bench-meetings");
        // Command-line arguments outrank application.properties, unlike the builder's default properties.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ChiboApplication.class)
                .run(
                        "--chibo.data-dir=" + dir,
                        "--server.port=0",
                        "--chibo.portal.base-url=http://localhost",
                        "--CHIBO_ADMIN_PASSWORD=bench-admin-password",
                        "--logging.level.root=WARN");
        try {
            run(app);
        } finally {
            app.close();
        }
    }

    static void run(ConfigurableApplicationContext app) throws Exception {
        CurrentUser system = CurrentUser.system();
        OrganizationManagement organizations = app.getBean(OrganizationManagement.class);
        OrganizationTerms organizationTerms = app.getBean(OrganizationTerms.class);
        MeetingManagement meetings = app.getBean(MeetingManagement.class);
        MeetingPlanning meetingPlanning = app.getBean(MeetingPlanning.class);
        MeetingDocuments documents = app.getBean(MeetingDocuments.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        int year = LocalDate.now(app.getBean(java.time.Clock.class)).getYear();

        OrganizationId committee = tx.execute(s -> organizations.create(
                system, null, draft("Đảng bộ Trường thử tải", OrganizationType.GRASSROOTS_COMMITTEE)));
        List<OrganizationId> branches = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            for (int b = 1; b <= 50; b++) {
                OrganizationId branch =
                        organizations.create(system, committee, draft("Chi bộ số " + b, OrganizationType.BRANCH));
                organizationTerms.addTerm(
                        system, branch, "Nhiệm kỳ thử", LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 2, 1, 1));
                branches.add(branch);
            }
            for (OrganizationId branch : branches) {
                for (int month = 1; month <= 12; month++) {
                    insertMeeting(jdbc, branch, "COMMITTEE", LocalDate.of(year, month, 2), "CLOSED");
                    insertMeeting(
                            jdbc,
                            branch,
                            month % 3 == 0 ? "COMBINED" : "REGULAR",
                            LocalDate.of(year, month, 5),
                            "CLOSED");
                }
            }
        });

        MeetingId big = tx.execute(s -> {
            MeetingId id = meetingPlanning.schedule(
                    system,
                    branches.get(0),
                    MeetingKind.REGULAR,
                    LocalDate.of(year, 1, 20),
                    null,
                    "Hội trường",
                    LocalTime.of(14, 0));
            for (int m = 1; m <= 60; m++) {
                jdbc.sql(
                                "INSERT INTO meetings.attendance (meeting_id, member_id, full_name, official, presence) VALUES (:id, :m, :n, :o, 'PRESENT')")
                        .param("id", id.value())
                        .param("m", 1_000_000 + m)
                        .param("n", "Nguyễn Thị Đảng Viên " + m)
                        .param("o", m % 7 != 0)
                        .update();
            }
            for (int o = 1; o <= 30; o++) {
                meetings.addOpinion(
                        system,
                        id,
                        "Nguyễn Thị Đảng Viên " + o,
                        null,
                        "Ý kiến số " + o
                                + ": đề nghị tăng cường kiểm tra, giám sát việc thực hiện nghị quyết, nâng cao chất lượng dạy học và giáo dục đạo đức học sinh.",
                        null);
            }
            meetings.addResolution(
                    system, id, "RESOLUTION", "Nghị quyết tháng 1", "Nội dung nghị quyết.", 50, 1, 0, null);
            jdbc.sql(
                            "UPDATE meetings.meeting SET status = 'HELD', starts_at = '14:00', ends_at = '16:00', chair = 'Trần Văn Chủ Trì', clerk = 'Lê Thị Thư Ký' WHERE id = :id")
                    .param("id", id.value())
                    .update();
            return id;
        });

        report(
                "minutes DOCX, 60 attendees, 30 opinions",
                time(20, 50, () -> tx.execute(s -> documents.minutes(system, big, MeetingDocuments.Format.DOCX))));
        report(
                "minutes PDF, 60 attendees, 30 opinions",
                time(20, 50, () -> tx.execute(s -> documents.minutes(system, big, MeetingDocuments.Format.PDF))));

        UserManagement users = app.getBean(UserManagement.class);
        tx.executeWithoutResult(s -> {
            long id = users.createUser(system, "bench", "Người đo", "bench-password-1", false);
            users.grant(system, id, new Grant(committee.value(), Role.COMMITTEE));
        });
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        String loginPage = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = loginPage.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=bench&password=bench-password-1&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        URI calendar = URI.create(base + "/meetings?org=" + committee + "&year=" + year);
        HttpResponse<String> check =
                http.send(HttpRequest.newBuilder(calendar).build(), HttpResponse.BodyHandlers.ofString());
        if (check.statusCode() != 200 || !check.body().contains("Chi bộ số 50")) {
            throw new IllegalStateException("The calendar page did not render: " + check.statusCode());
        }
        CurrentUser benchUser =
                new CurrentUser(0, "bench", "Người đo", List.of(new Grant(committee.value(), Role.COMMITTEE)));
        report(
                "  of which: the year's meetings of the subtree (query)",
                time(
                        30,
                        100,
                        () -> tx.execute(s -> meetingPlanning.calendar(
                                benchUser, committee, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))));
        report(
                "  of which: the visible organization tree",
                time(30, 100, () -> tx.execute(s -> organizations.visibleTree(benchUser, false))));
        report("calendar page, committee with 50 branches, 1200 meetings in the year", time(30, 100, () -> {
            try {
                return http.send(HttpRequest.newBuilder(calendar).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static void insertMeeting(JdbcClient jdbc, OrganizationId org, String kind, LocalDate date, String status) {
        jdbc.sql(
                        "INSERT INTO meetings.meeting (organization_id, kind, meeting_date, status, starts_at, ends_at) VALUES (:o, :k, :d, :s, '14:00', '15:45')")
                .param("o", org.value())
                .param("k", kind)
                .param("d", date)
                .param("s", status)
                .update();
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
                "%-75s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%d runs)%n",
                what,
                millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)),
                millis.get(millis.size() - 1),
                millis.size());
    }
}
