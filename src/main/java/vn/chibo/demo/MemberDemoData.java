package vn.chibo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberBadges;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberEventKind;
import vn.chibo.members.MemberField;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberLifeCycle;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberParticulars;
import vn.chibo.members.PartyBadges;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.members.RecordMemberEvent;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.UserManagement;

/**
 * Generated members for the demo branches: plausible dates and theory levels, some probationers, a few exempt,
 * transferred or deceased, the {@code dangvien} account linked to her own record and the {@code capuy} account to his
 * (a principal, member of the branch preparing its congress). Loaded once.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(1)
class MemberDemoData extends DemoRunner {

    static final String DANGVIEN_NAME = "Vũ Thị Thanh Hương";
    private static final Logger log = LoggerFactory.getLogger(MemberDemoData.class);
    private static final CurrentUser SYSTEM = CurrentUser.system();
    private static final List<String> POSITIONS =
            List.of("Giáo viên", "Giáo viên", "Giáo viên", "Tổ trưởng chuyên môn", "Nhân viên", "Phó Hiệu trưởng");
    private static final List<String> ETHNICITIES = List.of("Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Mường", "Thái");

    private final MemberManagement members;
    private final MemberLifeCycle lifeCycle;
    private final MemberBadges badges;
    private final UserManagement users;
    private final VietnameseNames names = new VietnameseNames(20261122L);
    /** Name and birth date pairs already generated: the record rules refuse a second one. */
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    MemberDemoData(
            MemberManagement members,
            MemberLifeCycle lifeCycle,
            MemberBadges badges,
            UserManagement users,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(jdbc, transaction, clock);
        this.members = members;
        this.lifeCycle = lifeCycle;
        this.badges = badges;
        this.users = users;
    }

    @Override
    void runDemo() {
        loadOnce("demo.members.loaded", "Demo members", this::load);
    }

    private void load() {
        DemoCalendar calendar = calendar();
        LocalDate today = calendar.today();
        List<Long> branches = jdbc.sql(
                        """
                        SELECT id FROM organizations.organization
                        WHERE type IN ('BRANCH', 'GRASSROOTS_BRANCH') AND dissolved_on IS NULL ORDER BY id
                        """)
                .query(Long.class)
                .list();
        long home = jdbc.sql("SELECT id FROM organizations.organization WHERE name = 'Chi bộ Trường THPT Nguyễn Trãi'")
                .query(Long.class)
                .single();
        int count = 0;
        int serial = 0;
        for (long branch : branches) {
            int size = names.between(8, 20);
            for (int i = 0; i < size; i++) {
                serial++;
                boolean female = names.nextFemale();
                String name = names.next(female);
                MemberId id = create(OrganizationId.of(branch), name, female, serial, calendar, i);
                if (id == null) {
                    continue;
                }
                count++;
                lifeCycle(id, serial, today);
            }
        }
        MemberId own = members.create(
                SYSTEM,
                draft(
                        OrganizationId.of(home),
                        DANGVIEN_NAME,
                        Gender.FEMALE,
                        calendar.member(38, 120, null, 26, 27, 14),
                        PoliticalTheoryLevel.INTERMEDIATE,
                        "Giáo viên",
                        "Kinh",
                        "036188004512"));
        users.findId("dangvien").ifPresent(user -> members.linkAccount(SYSTEM, own, user));
        // The committee member of the demo (account capuy) is the principal of a primary school and a member of its
        // branch, the one preparing its congress: his home page shows his delegate card for it.
        java.util.Optional<Long> school = jdbc.sql(
                        "SELECT id FROM organizations.organization WHERE name = :n AND dissolved_on IS NULL")
                .param("n", CongressDemoData.UPCOMING_BRANCH)
                .query(Long.class)
                .optional();
        if (school.isPresent()) {
            MemberId principal = members.create(
                    SYSTEM,
                    draft(
                            OrganizationId.of(school.get()),
                            DemoData.COMMITTEE_MEMBER_NAME,
                            Gender.MALE,
                            calendar.member(49, 200, null, 28, 61, 21),
                            PoliticalTheoryLevel.ADVANCED,
                            "Hiệu trưởng",
                            "Kinh",
                            "036077002381"));
            users.findId("capuy").ifPresent(user -> members.linkAccount(SYSTEM, principal, user));
            count++;
        }
        presentBadges(today);
        // Each member works at the unit her branch is attached to (or the one above it).
        jdbc.sql(
                        """
                        UPDATE members.member m SET unit_id = (
                            SELECT u.id FROM organizations.organization o
                            JOIN organizations.organization uo ON o.path <@ uo.path
                            JOIN organizations.unit u ON u.organization_id = uo.id
                            WHERE o.id = m.organization_id ORDER BY nlevel(uo.path) DESC, u.id LIMIT 1)
                        WHERE m.unit_id IS NULL
                        """)
                .update();
        log.info("Demo members: {} created", count + 1);
    }

    /**
     * The badges of milestones reached before this year were presented at the usual award day after them (when that
     * day has come), so that the badge lists show this year's members and those still waiting, as in a branch that
     * keeps its records.
     */
    private void presentBadges(LocalDate today) {
        record Veteran(long id, LocalDate admission, int daysOut) {}
        List<Veteran> veterans = jdbc.sql(
                        """
                        SELECT id, admission_date, days_out FROM members.member
                        WHERE status IN ('PROBATIONARY', 'OFFICIAL') AND admission_date <= :latest ORDER BY id
                        """)
                .param("latest", today.minusYears(PartyBadges.YEARS.get(0)))
                .query((rs, n) -> new Veteran(
                        rs.getLong("id"), rs.getObject("admission_date", LocalDate.class), rs.getInt("days_out")))
                .list();
        LocalDate yearStart = today.withDayOfYear(1);
        for (Veteran v : veterans) {
            for (int years : PartyBadges.YEARS) {
                LocalDate milestone = PartyBadges.milestone(v.admission(), v.daysOut(), years);
                if (!milestone.isBefore(yearStart)) {
                    break;
                }
                LocalDate awarded = nextAwardDay(milestone);
                if (!awarded.isAfter(today)) {
                    badges.recordBadge(SYSTEM, MemberId.of(v.id()), years, awarded, null);
                }
            }
        }
    }

    /** The first usual award day (3/2, 19/5, 2/9, 7/11) after a milestone. */
    private static LocalDate nextAwardDay(LocalDate milestone) {
        for (int year = milestone.getYear(); ; year++) {
            for (String day : PartyBadges.USUAL_AWARD_DAYS) {
                LocalDate candidate = LocalDate.parse(year + "-" + day);
                if (candidate.isAfter(milestone)) {
                    return candidate;
                }
            }
        }
    }

    private MemberId create(
            OrganizationId branch, String name, boolean female, int serial, DemoCalendar calendar, int i) {
        int age = names.between(24, 62);
        // A few admitted only months ago (still probationary or just recognised), the others as adults.
        DemoCalendar.MemberDates dates = calendar.member(
                age,
                names.between(0, 364),
                i == 1 ? names.between(2, 14) : null,
                names.between(21, 35),
                names.between(0, 200),
                names.between(7, 25));
        if (dates == null) {
            return null;
        }
        LocalDate birth = dates.birth();
        PoliticalTheoryLevel level =
                switch (serial % 7) {
                    case 0, 1 -> PoliticalTheoryLevel.ELEMENTARY;
                    case 2, 3, 4 -> PoliticalTheoryLevel.INTERMEDIATE;
                    case 5 -> PoliticalTheoryLevel.ADVANCED;
                    default -> age > 45 ? PoliticalTheoryLevel.BACHELOR : PoliticalTheoryLevel.NONE;
                };
        String citizenId = String.format("%03d%d%02d%06d", 36, female ? 1 : 0, birth.getYear() % 100, serial);
        if (!seen.add(name + birth)) {
            return null;
        }
        return members.create(
                SYSTEM,
                draft(
                        branch,
                        name,
                        female ? Gender.FEMALE : Gender.MALE,
                        dates,
                        level,
                        POSITIONS.get(serial % POSITIONS.size()),
                        ETHNICITIES.get(serial % ETHNICITIES.size()),
                        citizenId));
    }

    private MemberDraft draft(
            OrganizationId branch,
            String name,
            Gender gender,
            DemoCalendar.MemberDates dates,
            PoliticalTheoryLevel level,
            String position,
            String ethnicity,
            String citizenId) {
        LocalDate birth = dates.birth();
        LocalDate admission = dates.admission();
        Map<MemberField, Object> particulars = new EnumMap<>(MemberField.class);
        particulars.put(MemberField.FULL_NAME, name);
        particulars.put(MemberField.GENDER, gender);
        particulars.put(MemberField.BIRTH_DATE, birth);
        particulars.put(MemberField.BIRTH_PLACE, "Tỉnh Bình Sơn");
        particulars.put(MemberField.HOME_TOWN, "Xã Bình Minh, tỉnh Bình Sơn");
        particulars.put(MemberField.PERMANENT_RESIDENCE, "Phường Trung Tâm, tỉnh Bình Sơn");
        particulars.put(MemberField.ETHNICITY, ethnicity);
        particulars.put(MemberField.CITIZEN_ID, citizenId);
        particulars.put(MemberField.FAMILY_NOTES, "Bố mẹ làm nông nghiệp.");
        particulars.put(MemberField.GENERAL_EDUCATION, "12/12");
        particulars.put(MemberField.QUALIFICATION, "Cử nhân Sư phạm");
        particulars.put(MemberField.THEORY_LEVEL, level);
        particulars.put(MemberField.FOREIGN_LANGUAGE, "Tiếng Anh B1");
        particulars.put(MemberField.IT_SKILL, "Chứng chỉ ứng dụng CNTT cơ bản");
        particulars.put(MemberField.JOB, position.startsWith("Nhân") ? "Nhân viên" : "Giáo viên");
        particulars.put(MemberField.POSITION, position);
        particulars.put(MemberField.UNIT_STAFF, true);
        particulars.put(MemberField.YOUTH_UNION_DATE, birth.plusYears(16));
        particulars.put(MemberField.CEREMONY_PLACE, "Hội trường nhà trường");
        return new MemberDraft(
                branch,
                MemberParticulars.of(particulars::get),
                admission,
                new DecisionReference(Integer.toString(names.between(10, 999)), "QĐ/ĐU", admission),
                dates.ceremony(),
                dates.recognition());
    }

    private void lifeCycle(MemberId id, int serial, LocalDate today) {
        LocalDate on = today;
        MemberEventKind kind =
                switch (serial % 53) {
                    case 7 -> MemberEventKind.EXEMPTED;
                    case 19 -> MemberEventKind.TRANSFERRED;
                    case 31 -> MemberEventKind.DIED;
                    case 43 -> MemberEventKind.TEMPORARILY_EXEMPTED;
                    default -> null;
                };
        if (kind == null) {
            return;
        }
        lifeCycle.recordEvent(
                SYSTEM,
                id,
                new RecordMemberEvent(
                        kind,
                        on,
                        null,
                        new DecisionReference(Integer.toString(names.between(10, 999)), "QĐ/ĐU", on),
                        null,
                        kind == MemberEventKind.TRANSFERRED ? "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Lâm Sơn" : null,
                        null));
    }
}
