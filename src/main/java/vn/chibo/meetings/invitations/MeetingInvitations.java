package vn.chibo.meetings.invitations;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.chibo.meetings.MeetingDetails;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.meetings.MeetingScheduled;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.UserManagement;

/**
 * Sends the invitation to a newly scheduled meeting, and a reminder the day before, by e-mail to the accounts granted
 * on the meeting's organization that have an address. Only when SMTP is configured ({@code spring.mail.host}); in the
 * app the home page lists upcoming meetings either way. A failed delivery is logged and does not undo the meeting.
 */
@Component
class MeetingInvitations {

    private static final Logger log = LoggerFactory.getLogger(MeetingInvitations.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> mail;
    private final MeetingManagement meetings;
    private final MeetingPlanning meetingPlanning;
    private final UserManagement users;
    private final MessageSource messages;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final String from;
    private final boolean mailConfigured;

    MeetingInvitations(
            ObjectProvider<JavaMailSender> mail,
            MeetingManagement meetings,
            MeetingPlanning meetingPlanning,
            UserManagement users,
            MessageSource messages,
            Clock clock,
            JdbcClient jdbc,
            @Value("${chibo.mail.from:chibo@localhost}") String from,
            @Value("${spring.mail.host:}") String mailHost) {
        this.mail = mail;
        this.meetings = meetings;
        this.meetingPlanning = meetingPlanning;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
        this.jdbc = jdbc;
        this.from = from;
        this.mailConfigured = !mailHost.isBlank();
    }

    @TransactionalEventListener
    void invite(MeetingScheduled scheduled) {
        if (!scheduled.date().isBefore(LocalDate.now(clock))) {
            send(scheduled, "invitation");
        }
    }

    /** Every morning in Vietnam: tomorrow's planned meetings. */
    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void remind() {
        remindFor(LocalDate.now(clock).plusDays(1));
    }

    /**
     * Reminds of the meetings planned on {@code day}; returns how many this call reminded of. Each meeting is reminded
     * of once, whichever node's schedule fires first (several nodes share the database): a node sends only the
     * reminders whose row it inserted. Without SMTP nothing is sent, and nothing is marked sent.
     */
    int remindFor(LocalDate day) {
        if (mail.getIfAvailable() == null || !mailConfigured) {
            return 0;
        }
        int reminded = 0;
        for (MeetingScheduled meeting : meetingPlanning.plannedOn(day)) {
            if (claimReminder(meeting)) {
                send(meeting, "reminder");
                reminded++;
            }
        }
        return reminded;
    }

    private boolean claimReminder(MeetingScheduled meeting) {
        return jdbc.sql(
                                """
                                INSERT INTO meetings.reminder_sent (meeting_id, meeting_date, sent_at)
                                VALUES (:meeting, :date, :now) ON CONFLICT DO NOTHING
                                """)
                        .param("meeting", meeting.meetingId().value())
                        .param("date", meeting.date())
                        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .update()
                == 1;
    }

    private void send(MeetingScheduled scheduled, String kind) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || !mailConfigured) {
            return;
        }
        List<String> recipients =
                users.emailsGrantedOn(scheduled.organizationId().value());
        if (recipients.isEmpty()) {
            return;
        }
        MeetingDetails m = meetings.details(CurrentUser.system(), scheduled.meetingId());
        String kindName = text("meeting.kind." + m.record().kind());
        String date = m.record().date().getDayOfMonth() + "/"
                + m.record().date().getMonthValue() + "/" + m.record().date().getYear();
        String subject = text("mail." + kind + ".subject", kindName, date, m.organizationName());
        String body = text(
                "mail.body",
                kindName,
                m.organizationName(),
                date,
                m.record().startsAt() == null ? "" : m.record().startsAt().toString(),
                m.record().place() == null ? "" : m.record().place(),
                m.record().topic() == null ? "" : m.record().topic());
        for (String to : recipients) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(from);
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(body);
                sender.send(message);
            } catch (MailException | jakarta.mail.MessagingException e) {
                log.warn(
                        "Could not send the {} of meeting {} to {}: {}",
                        kind,
                        scheduled.meetingId(),
                        to,
                        e.getMessage());
            }
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
