package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboApplication;
import vn.chibo.TestDatabase;

/**
 * The whole application started with the demo profile as of edge days of the year (a New Year's Day, a 29 February,
 * a New Year's Eve, and the 6 December the shared test context also runs on): the demo loads, the past is held and
 * recorded, the future planned, and nothing that happened is dated after that day.
 */
class DemoOnEdgeDatesIntegrationTests {

    @ParameterizedTest
    @ValueSource(strings = {"2027-01-01T00:05:00+07:00", "2028-02-29T08:00:00+07:00", "2027-12-31T23:30:00+07:00"})
    void theDemoLoadsAndIsConsistentAsOf(String asOf) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChiboApplication.class)
                .initializers(new TestDatabase())
                .profiles("demo")
                .run("--server.port=0", "--chibo.clock.fixed=" + asOf)) {
            LocalDate today = LocalDate.now(app.getBean(Clock.class));
            assertThat(today).isEqualTo(OffsetDateTime.parse(asOf).toLocalDate());
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM meetings.meeting WHERE status <> 'PLANNED' AND meeting_date >= :d",
                            today))
                    .as("meetings held today or later")
                    .isZero();
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM meetings.meeting WHERE status = 'PLANNED' AND meeting_date < :d",
                            today))
                    .as("past meetings left unrecorded")
                    .isZero();
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM meetings.meeting WHERE status = 'PLANNED' AND meeting_date >= :d",
                            today))
                    .as("meetings planned ahead")
                    .isPositive();
            // A year of branch meetings recorded in each of the four demo branches.
            assertThat(jdbc.sql(
                                    """
                                    SELECT min(n) FROM (
                                        SELECT count(*) AS n FROM meetings.meeting
                                        WHERE status = 'CLOSED' AND kind IN ('REGULAR', 'COMBINED')
                                        GROUP BY organization_id) t
                                    """)
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(11L);
            assertThat(count(
                            jdbc,
                            "SELECT count(DISTINCT organization_id) FROM meetings.meeting WHERE status = 'CLOSED'",
                            today))
                    .isEqualTo(4);

            assertThat(count(
                            jdbc,
                            """
                            SELECT count(*) FROM members.member WHERE admission_date > :d OR ceremony_date > :d
                                OR official_date > :d OR birth_date > :d
                            """,
                            today))
                    .as("members with dates after today")
                    .isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM members.member_event WHERE occurred_on > :d", today))
                    .isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM members.member WHERE official_date IS NULL", today))
                    .as("probationers")
                    .isPositive();

            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM portal.article WHERE (published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > :d",
                            today))
                    .isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM portal.article WHERE status = 'PUBLISHED'", today))
                    .isPositive();
            assertThat(count(jdbc, "SELECT count(*) FROM portal.visitor_day WHERE day >= :d", today))
                    .isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM organizations.unit WHERE staff_as_of > :d", today))
                    .isZero();

            // The annual review: everything held before today. The secretary's branch and three others, each with its
            // members' round and its organization's rating (two of the ratings decided); the approved rounds of the
            // sector's term (StatisticsDemoData).
            assertThat(count(jdbc, "SELECT count(*) FROM reviews.review_round WHERE review_date >= :d", today))
                    .isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM reviews.organization_rating WHERE review_date >= :d", today))
                    .isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM reviews.organization_rating WHERE review_date < :d", today))
                    .isEqualTo(4);
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM reviews.organization_rating WHERE status = 'CLOSED' AND :d IS NOT NULL",
                            today))
                    .isEqualTo(2);
            assertThat(count(jdbc, "SELECT count(*) FROM reviews.review_round WHERE status = 'CLOSED'", today))
                    .as("approved review rounds")
                    .isPositive();
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM reviews.member_review WHERE proposed_level IS NOT NULL AND :d IS NOT NULL",
                            today))
                    .isPositive();

            // Congresses: every held one before today and closed, its rounds counted; one upcoming after today.
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM elections.congress WHERE status = 'CLOSED' AND opening_date >= :d",
                            today))
                    .isZero();
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM elections.congress WHERE status = 'PREPARATION' AND opening_date > :d",
                            today))
                    .isEqualTo(1);
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM elections.congress WHERE kind = 'MEMBERS' AND status = 'CLOSED'",
                            today))
                    .as("branch congresses held")
                    .isGreaterThanOrEqualTo(15);
            assertThat(count(
                            jdbc,
                            """
                            SELECT count(*) FROM elections.congress c WHERE c.status = 'CLOSED' AND (c.term_id IS NULL
                                OR EXISTS (SELECT 1 FROM elections.election e WHERE e.congress_id = c.id
                                           AND e.status = 'OPEN'))
                            """,
                            today))
                    .as("held congresses left with open elections or without their committee in office")
                    .isZero();
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM elections.congress WHERE kind IN ('DELEGATES', 'COMMITTEE_CONFERENCE')",
                            today))
                    .isEqualTo(2);

            // Dues: three months closed before this one, nothing paid after today, one exemption and one reduction.
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM dues.sheet WHERE status = 'CLOSED' AND month < date_trunc('month', :d::date)",
                            today))
                    .isEqualTo(3);
            assertThat(count(jdbc, "SELECT count(*) FROM dues.line WHERE paid_on > :d", today))
                    .isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM dues.relief WHERE :d IS NOT NULL", today))
                    .isEqualTo(2);
        }
    }

    private static long count(JdbcClient jdbc, String sql, LocalDate today) {
        return jdbc.sql(sql).param("d", today).query(Long.class).single();
    }
}
