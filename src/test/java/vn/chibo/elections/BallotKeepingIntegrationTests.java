package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.WorkingDays;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/** A held congress's ballots sealed and handed over, a complaint lodged and settled, the ballots destroyed. */
@ChiboIntegrationTest
class BallotKeepingIntegrationTests {

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    BallotKeeping keeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sealedBallotsAreDestroyedAfterTheKeepingPeriodWithNoComplaintPending() {
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        CurrentUser committee =
                new CurrentUser(9302, "capuy-phieu", "Cấp ủy thử", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        LocalDate today = LocalDate.now(clock);
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, "Chi bộ Trường Tiểu học Hoa Sen"));
        CongressSummary held = congresses.list(committee, branch).stream()
                .filter(c -> c.status() == CongressStatus.CLOSED)
                .findFirst()
                .orElseThrow();
        CongressDetails details = congresses.details(committee, held.id());
        ElectionId election = details.elections().get(0).id();
        LocalDate closed = details.closingDate();
        BallotKeepingDetails before = keeping.details(committee, held.id());
        assertThat(before.complaintDeadline())
                .as("15 working days after the closing")
                .isEqualTo(WorkingDays.add(closed, 15));
        assertThat(before.destroyableFrom()).isEqualTo(closed.plusMonths(6));

        assertThatThrownBy(() -> keeping.seal(committee, election, closed, " ", "Văn phòng Đảng ủy", 1))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("sealedBy"));
        assertThatThrownBy(() -> keeping.destroy(committee, election, today, "Nguyễn Văn Lưu", null))
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).messageKey()).isEqualTo("ballots.destroy.notSealed"));
        keeping.seal(committee, election, closed, "Trưởng ban kiểm phiếu", "Văn phòng Đảng ủy", 2);
        assertThatThrownBy(() -> keeping.seal(committee, election, closed, "Trưởng ban", "Văn phòng", 1))
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).messageKey()).isEqualTo("ballots.seal.already"));

        long onTime = keeping.lodgeComplaint(
                committee, held.id(), election, closed.plusDays(1), "Đảng viên A", "Đề nghị kiểm tra lại phiếu");
        long late = keeping.lodgeComplaint(
                committee, held.id(), null, before.complaintDeadline().plusDays(1), "Đảng viên B", "Gửi muộn");
        BallotKeepingDetails lodged = keeping.details(committee, held.id());
        assertThat(lodged.complaints())
                .filteredOn(c -> c.id() == onTime)
                .singleElement()
                .satisfies(c -> assertThat(c.late()).isFalse());
        assertThat(lodged.complaints())
                .filteredOn(c -> c.id() == late)
                .singleElement()
                .satisfies(c -> assertThat(c.late()).isTrue());

        LocalDate destroyable = before.destroyableFrom();
        assertThat(destroyable)
                .as("the demo congress closed over six months ago")
                .isBeforeOrEqualTo(today);
        assertThatThrownBy(() -> keeping.destroy(committee, election, destroyable.minusDays(1), "Nguyễn Văn Lưu", null))
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).messageKey()).isEqualTo("ballots.destroy.tooEarly"));
        assertThatThrownBy(() -> keeping.destroy(committee, election, destroyable, "Nguyễn Văn Lưu", null))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("ballots.destroy.complaintPending"));
        keeping.settleComplaint(committee, held.id(), onTime, closed.plusDays(5), "Kiểm tra lại: đúng kết quả.");
        keeping.settleComplaint(committee, held.id(), late, today, "Quá hạn, không xem xét.");
        assertThatThrownBy(() -> keeping.settleComplaint(committee, held.id(), late, today, "Lần nữa"))
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).messageKey()).isEqualTo("complaint.alreadySettled"));

        keeping.destroy(committee, election, destroyable, "Nguyễn Văn Lưu", "Quyết định số 12-QĐ/CB");
        assertThat(keeping.details(committee, held.id()).of(election).destroyed())
                .isTrue();
        assertThat(keeping.destructionRecord(committee, election, CongressDocuments.Format.PDF))
                .startsWith("%PDF".getBytes());
    }
}
