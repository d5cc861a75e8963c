package vn.chibo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.admissions.AdmissionManagement;
import vn.chibo.admissions.AdmissionStep;
import vn.chibo.admissions.AdmissionStepInput;
import vn.chibo.admissions.NewAdmission;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

/**
 * Admissions under way around the day the demo loads: in the secretary's branch, a teacher who has just finished the
 * awareness course, one whose branch and grassroots committee have proposed her admission (the decision due), and one
 * admitted by decision twelve days ago (the ceremony due); in another school's branch, one whose biography is being
 * verified. Written for ChiBo; the persons are invented.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(6)
class AdmissionDemoData extends DemoRunner {

    private static final CurrentUser SYSTEM = CurrentUser.system();

    private final AdmissionManagement admissions;
    private final MemberRosterOnDate roster;

    AdmissionDemoData(
            AdmissionManagement admissions,
            MemberRosterOnDate roster,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(jdbc, transaction, clock);
        this.admissions = admissions;
        this.roster = roster;
    }

    @Override
    void runDemo() {
        loadOnce("demo.admissions.loaded", "Demo admissions", this::load);
    }

    private void load() {
        LocalDate today = calendar().today();
        OrganizationId secretaryBranch = branch("Chi bộ Trường THPT Nguyễn Trãi");
        OrganizationId otherBranch = branch("Chi bộ Trường THPT Lê Lợi");
        if (secretaryBranch == null || otherBranch == null) {
            return;
        }
        admissions.create(
                SYSTEM,
                new NewAdmission(
                        secretaryBranch,
                        "Nguyễn Thị Thu Trang",
                        Gender.FEMALE,
                        today.minusYears(27).minusDays(40),
                        "Kinh",
                        "Giáo viên Tiếng Anh",
                        true,
                        today.minusDays(45)));

        long proposed = started(secretaryBranch, "Lê Minh Khoa", Gender.MALE, 31, "Giáo viên Vật lý", today, 300);
        through(proposed, secretaryBranch, today, 270, 240, 150, 45);
        step(proposed, AdmissionStep.COMMITTEE_RESOLUTION, today.minusDays(30));

        long decided = started(secretaryBranch, "Phạm Thu Hà", Gender.FEMALE, 29, "Giáo viên Hóa học", today, 330);
        through(decided, secretaryBranch, today, 300, 280, 200, 90);
        step(decided, AdmissionStep.COMMITTEE_RESOLUTION, today.minusDays(75));
        admissions.record(
                SYSTEM,
                decided,
                AdmissionStep.DECISION,
                new AdmissionStepInput(today.minusDays(20), null, null, null, null, null, "318", "QĐ/ĐU", null));

        long verifying = started(otherBranch, "Hoàng Văn Đức", Gender.MALE, 34, "Nhân viên thiết bị", today, 200);
        step(verifying, AdmissionStep.APPLICATION, today.minusDays(180));
        introduce(verifying, otherBranch, today.minusDays(150));
    }

    private OrganizationId branch(String name) {
        return jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .optional()
                .map(OrganizationId::of)
                .orElse(null);
    }

    private long started(
            OrganizationId branch,
            String name,
            Gender gender,
            int age,
            String job,
            LocalDate today,
            int courseDaysAgo) {
        return admissions.create(
                SYSTEM,
                new NewAdmission(
                        branch,
                        name,
                        gender,
                        today.minusYears(age).minusDays(100),
                        "Kinh",
                        job,
                        true,
                        today.minusDays(courseDaysAgo)));
    }

    /** Application, introduction, verification and the branch's vote, the given numbers of days before today. */
    private void through(
            long id,
            OrganizationId branch,
            LocalDate today,
            int application,
            int introduction,
            int verification,
            int vote) {
        step(id, AdmissionStep.APPLICATION, today.minusDays(application));
        introduce(id, branch, today.minusDays(introduction));
        step(id, AdmissionStep.VERIFICATION, today.minusDays(verification));
        LocalDate voted = today.minusDays(vote);
        int official = (int) roster.members(SYSTEM, branch, voted).stream()
                .filter(MemberRosterOnDate.OnDate::official)
                .count();
        admissions.record(
                SYSTEM,
                id,
                AdmissionStep.BRANCH_VOTE,
                new AdmissionStepInput(voted, null, null, null, official, official - 1, null, null, null));
    }

    private void introduce(long id, OrganizationId branch, LocalDate date) {
        List<MemberRosterOnDate.OnDate> officials = roster.members(SYSTEM, branch, date).stream()
                .filter(MemberRosterOnDate.OnDate::official)
                .toList();
        admissions.record(
                SYSTEM,
                id,
                AdmissionStep.INTRODUCTION,
                new AdmissionStepInput(
                        date,
                        officials.get(officials.size() / 2).id(),
                        date.minusYears(3),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private void step(long id, AdmissionStep step, LocalDate date) {
        admissions.record(SYSTEM, id, step, AdmissionStepInput.on(date));
    }
}
