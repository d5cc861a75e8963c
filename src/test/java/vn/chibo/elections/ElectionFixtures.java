package vn.chibo.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;

/** Branches of generated members for election tests: each a fresh organization, so that figures are exact. */
final class ElectionFixtures {

    static final CurrentUser SYSTEM = CurrentUser.system();
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi");
    private static final List<String> GIVEN = List.of(
            "An", "Bình", "Cúc", "Dũng", "Đào", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga", "Oanh", "Phúc", "Quân",
            "Sơn", "Tâm", "Uyên", "Vân", "Xuân", "Yến");

    private ElectionFixtures() {}

    /** A sub-committee (đảng bộ bộ phận) with its current term, which runs until 20 days after {@code asOf}. */
    record Committee(OrganizationId id, long termId) {}

    static Committee subCommittee(
            OrganizationManagement organizations,
            OrganizationTerms terms,
            OrganizationId parent,
            LocalDate asOf,
            String name) {
        OrganizationId id = organizations.create(
                SYSTEM,
                parent,
                new OrganizationDraft(
                        name + " " + System.nanoTime(),
                        "ĐB",
                        OrganizationType.SUB_COMMITTEE,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        LocalDate.of(2000, 1, 1),
                        null));
        long term = terms.addTerm(SYSTEM, id, "Nhiệm kỳ trước", asOf.minusYears(3), asOf.plusDays(20));
        return new Committee(id, term);
    }

    /** A branch with its members: official first, then probationary; names run through the alphabet. */
    record Branch(OrganizationId id, List<MemberId> official, List<MemberId> probationary) {}

    static Branch branch(
            OrganizationManagement organizations,
            OrganizationTerms terms,
            MemberManagement members,
            OrganizationId parent,
            LocalDate asOf,
            int official,
            int probationary) {
        int serial = SERIAL.incrementAndGet();
        OrganizationId id = organizations.create(
                SYSTEM,
                parent,
                new OrganizationDraft(
                        "Chi bộ Trường thử bầu cử số " + serial + " " + System.nanoTime(),
                        "CB",
                        OrganizationType.BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        LocalDate.of(2000, 1, 1),
                        null));
        terms.addTerm(SYSTEM, id, "Nhiệm kỳ trước", asOf.minusYears(3), asOf.plusDays(20));
        List<MemberId> officials = new ArrayList<>();
        List<MemberId> probationers = new ArrayList<>();
        for (int i = 0; i < official + probationary; i++) {
            boolean isOfficial = i < official;
            String name = FAMILY.get((i + serial) % FAMILY.size()) + " Văn " + GIVEN.get(i % GIVEN.size())
                    + (i >= GIVEN.size() ? " " + GIVEN.get(i / GIVEN.size()) : "");
            LocalDate admitted = isOfficial ? asOf.minusYears(5).minusDays(i) : asOf.minusMonths(4);
            MemberId m = members.create(
                    SYSTEM,
                    MemberDraft.minimal(
                            id,
                            name,
                            i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                            LocalDate.of(1980, 1, 1).plusDays(serial * 100L + i),
                            admitted,
                            admitted.plusDays(10),
                            isOfficial ? admitted.plusDays(10).plusYears(1) : null));
            (isOfficial ? officials : probationers).add(m);
        }
        return new Branch(id, officials, probationers);
    }
}
