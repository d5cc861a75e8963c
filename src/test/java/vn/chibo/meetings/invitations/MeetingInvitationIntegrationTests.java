package vn.chibo.meetings.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.DemoFixtures;
import vn.chibo.TestDatabase;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.UserManagement;

/** With SMTP configured, scheduling a meeting e-mails an invitation, and the day before a reminder, to a real server. */
@SpringBootTest(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3931", "chibo.mail.from=chibo@example.invalid"})
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
class MeetingInvitationIntegrationTests {

    /** The application's clock: the tests run as of its day, whatever day it is. */
    @Autowired
    Clock clock;

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3931, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    MeetingPlanning meetings;

    @Autowired
    MeetingInvitations invitations;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void membersWithAnAddressAreInvitedAndReminded() throws Exception {
        long dangvien = users.findId("dangvien").orElseThrow();
        long bithu = users.findId("bithu").orElseThrow();
        transaction.executeWithoutResult(s -> {
            users.setEmail(CurrentUser.system(), dangvien, "dangvien@example.invalid");
            users.setEmail(CurrentUser.system(), bithu, "bithu@example.invalid");
        });
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        LocalDate day = LocalDate.now(clock).plusDays(12);
        transaction.executeWithoutResult(s -> meetings.schedule(
                CurrentUser.system(),
                branch,
                MeetingKind.THEMATIC,
                day,
                "Chuyển đổi số trong nhà trường",
                "Phòng họp A",
                LocalTime.of(14, 0)));

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).flatMap(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).map(Object::toString);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactlyInAnyOrder("dangvien@example.invalid", "bithu@example.invalid");
        assertThat(received[0].getSubject()).startsWith("Giấy mời: Sinh hoạt chuyên đề");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Chuy");

        smtp.reset();
        assertThat(invitations.remindFor(day)).isGreaterThanOrEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("Nhắc lịch:");
        int sent = smtp.getReceivedMessages().length;

        // A second node's schedule (or a second firing of this one) finds the reminders sent and sends nothing again.
        assertThat(invitations.remindFor(day)).isZero();
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(sent);
        assertThat(jdbc.sql("SELECT count(*) FROM meetings.reminder_sent WHERE meeting_date = :day")
                        .param("day", day)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }
}
