package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
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
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/**
 * With SMTP configured (the same context as the meeting invitations' test), the branch reminds the members of its open
 * round who have not sent their self-review: an e-mail to each one's linked account that has an address, the others
 * counted; those who sent one are not written to; a closed round and someone outside the branch are refused.
 */
@SpringBootTest(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3931", "chibo.mail.from=chibo@example.invalid"})
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
class SelfReviewReminderIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3931, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    SelfReviewReminders reminders;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theMembersWhoHaveNotSentTheirSelfReviewAreRemindedByEmail() throws Exception {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        CurrentUser committee = new CurrentUser(9361, "capuy", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        OrganizationId branch = transaction.execute(s -> organizations.create(
                committee,
                OrganizationId.of(sector),
                new OrganizationDraft(
                        "Chi bộ thử nhắc tự kiểm điểm " + suffix,
                        "CB",
                        OrganizationType.BRANCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
        MemberId withAddress = member(committee, branch, "Trịnh Thu Hà", 1);
        MemberId withoutAddress = member(committee, branch, "Lê Văn Sơn", 2);
        MemberId sentAlready = member(committee, branch, "Đỗ Thị Lan", 3);
        long ha = account(committee, withAddress, "nhac-ha-" + suffix, "ha@example.invalid");
        account(committee, withoutAddress, "nhac-son-" + suffix, null);
        ReviewRoundId round = transaction.execute(
                s -> reviews.open(committee, new OpenReviewRound(branch, 2025, LocalDate.of(2025, 12, 15))));
        jdbc.sql("UPDATE reviews.member_review SET self_submitted_at = now(), self_level = 'GOOD'"
                        + " WHERE round_id = :r AND member_id = :m")
                .param("r", round.value())
                .param("m", sentAlready.value())
                .update();

        SelfReviewReminders.Reminded reminded = transaction.execute(s -> reminders.remind(committee, round.value()));
        assertThat(reminded).isEqualTo(new SelfReviewReminders.Reminded(1, 1, 1));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ha@example.invalid");
        assertThat(received[0].getSubject())
                .isEqualTo("Nhắc gửi bản tự kiểm điểm năm 2025 – Chi bộ thử nhắc tự kiểm điểm " + suffix);
        assertThat((String) received[0].getContent())
                .contains("Kính gửi đồng chí Trịnh Thu Hà,")
                .contains("năm 2025 (hội nghị kiểm điểm ngày 15/12/2025)")
                .contains("\"Kiểm điểm của tôi\"");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'reviews.self.remind'"
                                + " AND entity_id = :r")
                        .param("r", Long.toString(round.value()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(users.email(ha)).contains("ha@example.invalid");

        // Someone outside the branch does not find the round; once it is proposed, nobody is reminded.
        long elsewhere = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        CurrentUser stranger =
                new CurrentUser(9362, "bithu-khac", "Bí thư khác", List.of(new Grant(elsewhere, Role.SECRETARY)));
        assertThatThrownBy(() -> transaction.execute(s -> reminders.remind(stranger, round.value())))
                .isInstanceOf(NotFoundException.class);
        jdbc.sql("UPDATE reviews.review_round SET status = 'PROPOSED' WHERE id = :r")
                .param("r", round.value())
                .update();
        assertThatThrownBy(() -> transaction.execute(s -> reminders.remind(committee, round.value())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    private MemberId member(CurrentUser committee, OrganizationId branch, String name, int serial) {
        LocalDate admitted = LocalDate.of(2012, 3, 1).plusDays(serial);
        return transaction.execute(s -> members.create(
                committee,
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.FEMALE,
                        LocalDate.of(1985, 1, 1).plusDays(serial * 37L),
                        admitted,
                        admitted.plusDays(10),
                        admitted.plusDays(10).plusYears(1))));
    }

    private long account(CurrentUser committee, MemberId member, String username, String email) {
        long id = jdbc.sql("INSERT INTO platform.app_user (username, password_hash, full_name)"
                        + " VALUES (:u, 'x', :u) RETURNING id")
                .param("u", username)
                .query(Long.class)
                .single();
        transaction.executeWithoutResult(s -> {
            if (email != null) {
                users.setEmail(CurrentUser.system(), id, email);
            }
            members.linkAccount(committee, member, id);
        });
        return id;
    }
}
