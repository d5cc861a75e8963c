package vn.chibo.reviews;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;
import vn.chibo.platform.UserManagement;

/**
 * Reminds the members of an open review round who have not sent their self-review (bản tự kiểm điểm) yet, by e-mail
 * to the address of the account linked to each one's record, when the branch asks (REVIEW_MANAGE on the round's
 * branch). Members without an account or an address are counted, not written to: their home page reminds them while
 * the round is open. Needs SMTP ({@code spring.mail.host}); a failed delivery is logged and counted as not sent.
 * Audited with the counts, never the addresses.
 */
@Service
public class SelfReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(SelfReviewReminders.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final ReviewRecords records;
    private final OrganizationAccess access;
    private final MemberManagement members;
    private final UserManagement users;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final String from;
    private final boolean mailConfigured;

    SelfReviewReminders(
            JdbcClient jdbc,
            ReviewRecords records,
            OrganizationAccess access,
            MemberManagement members,
            UserManagement users,
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            AuditTrail audit,
            @Value("${chibo.mail.from:chibo@localhost}") String from,
            @Value("${spring.mail.host:}") String mailHost) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.members = members;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.from = from;
        this.mailConfigured = !mailHost.isBlank();
    }

    /**
     * What a reminder did: the members written to, those it could not write to (no account linked, no address, or the
     * delivery failed), and how many had sent their self-review already.
     */
    public record Reminded(int sent, int notReached, int alreadySent) {}

    /**
     * Writes to every rated member of the round who has not sent her self-review. Refused naming the field when the
     * round is no longer open ({@code status}) or no mail server is configured ({@code mail}).
     */
    @Transactional
    public Reminded remind(CurrentUser user, long roundId) {
        ReviewRecords.RoundRow round = records.load(ReviewRoundId.of(roundId));
        access.require(user, OrganizationId.of(round.organizationId()), Permission.REVIEW_MANAGE);
        if (round.status() != ReviewStatus.OPEN) {
            throw new InvalidInputException("status", "reviews.self.closed");
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || !mailConfigured) {
            throw new InvalidInputException("mail", "reviews.self.remind.noMail");
        }
        record Pending(MemberId member, String fullName) {}
        List<Pending> pending = new ArrayList<>();
        int[] already = {0};
        jdbc.sql(
                        """
                        SELECT member_id, full_name, self_submitted_at IS NOT NULL AS sent FROM reviews.member_review
                        WHERE round_id = :round AND NOT exempt AND NOT suspended ORDER BY position
                        """)
                .param("round", roundId)
                .query(rs -> {
                    if (rs.getBoolean("sent")) {
                        already[0]++;
                    } else {
                        pending.add(new Pending(MemberId.of(rs.getLong("member_id")), rs.getString("full_name")));
                    }
                });
        Map<MemberId, Long> accounts =
                members.linkedAccounts(pending.stream().map(Pending::member).toList());
        String date = round.reviewDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String subject = text("reviews.self.remind.subject", Integer.toString(round.year()), round.organizationName());
        int sent = 0;
        for (Pending p : pending) {
            Optional<String> address =
                    Optional.ofNullable(accounts.get(p.member())).flatMap(users::email);
            if (address.isEmpty()) {
                continue;
            }
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(from);
                helper.setTo(address.get());
                helper.setSubject(subject);
                helper.setText(text(
                        "reviews.self.remind.body",
                        p.fullName(),
                        round.organizationName(),
                        Integer.toString(round.year()),
                        date));
                sender.send(message);
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("Could not send the self-review reminder of round {}: {}", roundId, e.getMessage());
            }
        }
        Reminded reminded = new Reminded(sent, pending.size() - sent, already[0]);
        audit.record(
                user,
                "reviews.self.remind",
                ReviewRecords.ROUND,
                roundId,
                null,
                Map.of("sent", reminded.sent(), "notReached", reminded.notReached()));
        return reminded;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
