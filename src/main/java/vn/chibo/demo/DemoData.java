package vn.chibo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.OrganizationUnits;
import vn.chibo.organizations.Position;
import vn.chibo.organizations.UnitDraft;
import vn.chibo.organizations.UnitKind;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/**
 * Loads the demonstration data once into an empty database when the {@code demo} profile is active: the organization
 * tree of a fictional province's education sector (including the district level abolished in 2025, for history),
 * units with staff counts, terms and committees, and one account per role.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(0)
class DemoData extends DemoRunner {

    static final String PASSWORD = "chibo-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final CurrentUser SYSTEM = CurrentUser.system();
    private static final LocalDate REORGANIZATION = OrganizationType.DISTRICT_LEVEL_ABOLISHED;

    private final OrganizationManagement organizations;

    private final OrganizationUnits organizationUnits;

    private final OrganizationTerms organizationTerms;
    private final UserManagement users;
    private final VietnameseNames names = new VietnameseNames(20251122L);
    /** The demo account {@code capuy}: a member of the sector's committee, and of a school's branch. */
    static final String COMMITTEE_MEMBER_NAME = "Lê Quốc Việt";

    /** The branch whose secretary is the demo account {@code bithu}; her name heads its current committee. */
    private OrganizationId secretaryBranch;

    private static final String SECRETARY_NAME = "Trần Thị Minh Hằng";

    DemoData(
            OrganizationManagement organizations,
            OrganizationUnits organizationUnits,
            OrganizationTerms organizationTerms,
            UserManagement users,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(jdbc, transaction, clock);
        this.organizations = organizations;
        this.organizationUnits = organizationUnits;
        this.organizationTerms = organizationTerms;
        this.users = users;
    }

    @Override
    void runDemo() {
        loadOnce("demo.loaded", "Demo data", this::load);
        log.warn(
                "DEMO DATA: the accounts admin, bithu, capuy, vanthu, bientap, tongbientap and dangvien all have the"
                        + " password '{}'. They are for demonstration only: never use the demo profile in production.",
                PASSWORD);
    }

    private void load() {
        LocalDate staffCounted = calendar().staffCountDate();
        OrganizationId province = organizations.create(
                SYSTEM,
                null,
                draft(
                        "Đảng bộ tỉnh Bình Sơn",
                        "TU",
                        OrganizationType.PROVINCIAL_COMMITTEE,
                        LocalDate.of(1946, 3, 2),
                        null));

        OrganizationId sector = organizations.create(
                SYSTEM,
                province,
                draft(
                        "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn",
                        "ĐU",
                        OrganizationType.GRASSROOTS_COMMITTEE,
                        LocalDate.of(1992, 9, 1),
                        new DecisionReference("215", "QĐ/TU", LocalDate.of(1992, 8, 20))));
        organizationUnits.addUnit(
                SYSTEM,
                sector,
                new UnitDraft(
                        "Sở Giáo dục và Đào tạo tỉnh Bình Sơn",
                        UnitKind.PROVINCIAL_DEPARTMENT,
                        "Số 8 đường Hùng Vương, phường Trung Tâm, tỉnh Bình Sơn",
                        9,
                        0,
                        71,
                        staffCounted));
        addTerms(sector, LocalDate.of(2020, 6, 10), LocalDate.of(2025, 6, 12), 60, 9);

        Map<String, OrganizationId> branches = new LinkedHashMap<>();
        for (String office : List.of(
                "Văn phòng Sở", "Phòng Giáo dục phổ thông", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch – Tài chính")) {
            OrganizationId branch = organizations.create(
                    SYSTEM,
                    sector,
                    draft("Chi bộ " + office, "CB", OrganizationType.BRANCH, LocalDate.of(1993, 1, 15), null));
            branches.put(office, branch);
            addBranchTerms(branch, names.between(5, 14));
        }

        record School(String name, UnitKind kind, int managers, int teachers, int employees) {}
        List<School> schools = List.of(
                new School("Trường THPT Nguyễn Trãi", UnitKind.UPPER_SECONDARY_SCHOOL, 4, 78, 9),
                new School("Trường THPT Trần Hưng Đạo", UnitKind.UPPER_SECONDARY_SCHOOL, 3, 64, 8),
                new School("Trường THPT Lê Lợi", UnitKind.UPPER_SECONDARY_SCHOOL, 3, 59, 7),
                new School("Trường THPT Chu Văn An", UnitKind.UPPER_SECONDARY_SCHOOL, 3, 61, 8),
                new School("Trường Phổ thông Dân tộc nội trú tỉnh Bình Sơn", UnitKind.MULTI_LEVEL_SCHOOL, 4, 52, 21),
                new School("Trường THCS Nguyễn Du", UnitKind.LOWER_SECONDARY_SCHOOL, 3, 46, 6),
                new School("Trường THCS Lý Tự Trọng", UnitKind.LOWER_SECONDARY_SCHOOL, 2, 38, 5),
                new School("Trường THCS Võ Thị Sáu", UnitKind.LOWER_SECONDARY_SCHOOL, 2, 35, 5),
                new School("Trường Tiểu học Kim Đồng", UnitKind.PRIMARY_SCHOOL, 3, 41, 6),
                new School("Trường Tiểu học Hoa Sen", UnitKind.PRIMARY_SCHOOL, 2, 33, 5),
                new School("Trường Tiểu học Thực hành Sư phạm", UnitKind.PRIMARY_SCHOOL, 2, 29, 4));
        int schoolNumber = 0;
        for (School school : schools) {
            schoolNumber++;
            OrganizationId branch = organizations.create(
                    SYSTEM,
                    sector,
                    draft(
                            "Chi bộ " + school.name(),
                            "CB",
                            OrganizationType.BRANCH,
                            LocalDate.of(1995 + schoolNumber, 3, 26),
                            null));
            if (schoolNumber == 1) {
                secretaryBranch = branch;
            }
            long unitId = organizationUnits.addUnit(
                    SYSTEM,
                    branch,
                    new UnitDraft(
                            school.name(),
                            school.kind(),
                            "Tỉnh Bình Sơn",
                            school.managers(),
                            school.teachers(),
                            school.employees(),
                            staffCounted));
            // The count of the year before (fewer teachers then), so that a past day's ratio uses that year's staff.
            organizationUnits.updateUnit(
                    SYSTEM,
                    branch,
                    unitId,
                    new UnitDraft(
                            school.name(),
                            school.kind(),
                            "Tỉnh Bình Sơn",
                            school.managers(),
                            school.teachers() - 2 - schoolNumber % 3,
                            school.employees(),
                            staffCounted.minusYears(1)));
            branches.put(school.name(), branch);
            addBranchTerms(branch, names.between(7, 24));
        }

        // A large school has a sub-committee with branches by subject group, and a cell inside one of them.
        OrganizationId gifted = organizations.create(
                SYSTEM,
                sector,
                draft(
                        "Đảng bộ bộ phận Trường THPT Chuyên Bình Sơn",
                        "ĐBBP",
                        OrganizationType.SUB_COMMITTEE,
                        LocalDate.of(2004, 5, 19),
                        null));
        organizationUnits.addUnit(
                SYSTEM,
                gifted,
                new UnitDraft(
                        "Trường THPT Chuyên Bình Sơn",
                        UnitKind.UPPER_SECONDARY_SCHOOL,
                        "Tỉnh Bình Sơn",
                        4,
                        92,
                        12,
                        staffCounted));
        addTerms(gifted, LocalDate.of(2020, 4, 20), LocalDate.of(2025, 4, 22), 60, 5);
        OrganizationId sciences = organizations.create(
                SYSTEM,
                gifted,
                draft("Chi bộ Tổ Khoa học tự nhiên", "CB", OrganizationType.BRANCH, LocalDate.of(2004, 6, 1), null));
        addBranchTerms(sciences, 16);
        OrganizationId humanities = organizations.create(
                SYSTEM,
                gifted,
                draft("Chi bộ Tổ Khoa học xã hội", "CB", OrganizationType.BRANCH, LocalDate.of(2004, 6, 1), null));
        addBranchTerms(humanities, 13);
        organizations.create(
                SYSTEM,
                sciences,
                draft("Tổ đảng Toán – Tin học", "TĐ", OrganizationType.CELL, LocalDate.of(2015, 9, 2), null));

        loadHistory(province, staffCounted);
        createAccounts(sector, branches.get("Trường THPT Nguyễn Trãi"));
    }

    /**
     * The former district: its commune committee moved directly under the province on 01/7/2025 with its schools, the
     * district office's branch was dissolved, and then the district committee itself.
     */
    private void loadHistory(OrganizationId province, LocalDate staffCounted) {
        OrganizationId district = organizations.create(
                SYSTEM,
                province,
                draft(
                        "Đảng bộ huyện Đông Sơn",
                        "HU",
                        OrganizationType.DISTRICT_COMMITTEE,
                        LocalDate.of(1977, 1, 10),
                        null));
        OrganizationId commune = organizations.create(
                SYSTEM,
                district,
                draft("Đảng bộ xã Đông Sơn", "ĐU", OrganizationType.COMMUNE_COMMITTEE, LocalDate.of(1977, 2, 1), null));
        for (var school : List.of(
                new UnitDraft(
                        "Trường Tiểu học Đông Sơn", UnitKind.PRIMARY_SCHOOL, "Xã Đông Sơn", 2, 27, 4, staffCounted),
                new UnitDraft(
                        "Trường THCS Đông Sơn",
                        UnitKind.LOWER_SECONDARY_SCHOOL,
                        "Xã Đông Sơn",
                        2,
                        31,
                        4,
                        staffCounted))) {
            OrganizationId branch = organizations.create(
                    SYSTEM,
                    commune,
                    draft(
                            "Chi bộ " + school.name(),
                            "CB",
                            OrganizationType.GRASSROOTS_BRANCH,
                            LocalDate.of(1998, 8, 15),
                            null));
            organizationUnits.addUnit(SYSTEM, branch, school);
            addBranchTerms(branch, names.between(6, 12));
        }
        OrganizationId office = organizations.create(
                SYSTEM,
                district,
                draft(
                        "Chi bộ Phòng Giáo dục và Đào tạo huyện Đông Sơn",
                        "CB",
                        OrganizationType.GRASSROOTS_BRANCH,
                        LocalDate.of(1990, 4, 3),
                        null));
        organizationUnits.addUnit(
                SYSTEM,
                office,
                new UnitDraft(
                        "Phòng Giáo dục và Đào tạo huyện Đông Sơn",
                        UnitKind.DISTRICT_OFFICE,
                        "Huyện Đông Sơn",
                        3,
                        0,
                        11,
                        LocalDate.of(2025, 1, 1)));
        organizations.move(
                SYSTEM,
                commune,
                province,
                REORGANIZATION,
                new DecisionReference("1520", "QĐ/TU", LocalDate.of(2025, 6, 28)));
        organizations.dissolve(
                SYSTEM, office, REORGANIZATION, new DecisionReference("1521", "QĐ/TU", LocalDate.of(2025, 6, 28)));
        organizations.dissolve(
                SYSTEM, district, REORGANIZATION, new DecisionReference("1522", "QĐ/TU", LocalDate.of(2025, 6, 28)));
    }

    private void createAccounts(OrganizationId sector, OrganizationId branch) {
        account("admin", "Quản trị hệ thống", new Grant(null, Role.ADMIN));
        account("bithu", SECRETARY_NAME, new Grant(branch.value(), Role.SECRETARY));
        account("capuy", COMMITTEE_MEMBER_NAME, new Grant(sector.value(), Role.COMMITTEE));
        account("vanthu", "Phạm Thu Trang", new Grant(sector.value(), Role.CLERK));
        account("bientap", "Đỗ Ngọc Lan", new Grant(sector.value(), Role.EDITOR));
        account("tongbientap", "Hoàng Đức Thắng", new Grant(sector.value(), Role.EDITOR_IN_CHIEF));
        account("dangvien", "Vũ Thị Thanh Hương", new Grant(branch.value(), Role.MEMBER));
    }

    private void account(String username, String fullName, Grant grant) {
        long id = users.createUser(SYSTEM, username, fullName, PASSWORD, false);
        users.grant(SYSTEM, id, grant);
    }

    /**
     * A branch's terms under a grassroots committee (two and a half years each): the 2022–2025 term and the 2025–2027
     * one, or, when the demo loads later, the terms that have followed them since; a committee sized by membership.
     */
    private void addBranchTerms(OrganizationId branch, int officialMembers) {
        addTerms(branch, LocalDate.of(2022, 7, 5), LocalDate.of(2025, 5, 14), 30, officialMembers >= 9 ? 3 : 2);
    }

    /**
     * The current term, of {@code months}, and the one before it: the first current term starts on
     * {@code firstCurrentStart} (after the historical one from {@code historicalStart}); when the demo loads after
     * it has ended, the terms that followed it at the same rhythm.
     */
    private void addTerms(
            OrganizationId org, LocalDate historicalStart, LocalDate firstCurrentStart, int months, int committeeSize) {
        LocalDate currentStart = calendar().termStart(firstCurrentStart, months);
        LocalDate previousStart =
                currentStart.equals(firstCurrentStart) ? historicalStart : currentStart.minusMonths(months);
        LocalDate currentEnd = currentStart.plusMonths(months);
        long previous = organizationTerms.addTerm(
                SYSTEM, org, termName(previousStart, currentStart), previousStart, currentStart);
        seatCommittee(org, previous, previousStart, currentStart.minusDays(1), committeeSize);
        long current =
                organizationTerms.addTerm(SYSTEM, org, termName(currentStart, currentEnd), currentStart, currentEnd);
        seatCommittee(org, current, currentStart, null, committeeSize);
    }

    private static String termName(LocalDate start, LocalDate end) {
        return start.getYear() + "–" + end.getYear();
    }

    private void seatCommittee(OrganizationId org, long term, LocalDate from, LocalDate to, int size) {
        for (int seat = 0; seat < size; seat++) {
            Position position =
                    seat == 0 ? Position.SECRETARY : seat == 1 ? Position.DEPUTY_SECRETARY : Position.MEMBER;
            String name = names.next(names.nextFemale());
            if (to == null && position == Position.SECRETARY && org.equals(secretaryBranch)) {
                name = SECRETARY_NAME;
            }
            organizationTerms.addCommitteeSeat(SYSTEM, org, term, name, position, from, to, null);
        }
    }

    private static OrganizationDraft draft(
            String name, String shortName, OrganizationType type, LocalDate founded, DecisionReference founding) {
        return new OrganizationDraft(name, shortName, type, "Bình Sơn", null, null, null, founded, founding);
    }
}
