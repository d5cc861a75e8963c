package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/**
 * Delegate cards and the check-in desk: each voter's own code, issued once; a scan records her present once, audited;
 * codes of no one, of another congress or misread are refused naming the field with nothing written; only those who
 * manage the congress see the codes.
 */
@ChiboIntegrationTest
class CongressCheckInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressAttendance attendance;

    @Autowired
    CongressCheckIn checkIn;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms terms;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CongressScreen screen;

    @Autowired
    CongressDocuments documents;

    @Autowired
    vn.chibo.platform.UserManagement users;

    OrganizationId sector;
    CurrentUser committee;
    LocalDate today;

    @BeforeEach
    void setUp() {
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        committee = new CurrentUser(
                9311, "capuy-the", "Cấp ủy thử thẻ", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        today = LocalDate.now(clock);
    }

    private CongressId convene(int officials) {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, terms, members, sector, today.minusDays(10), officials, 1);
        return congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        3,
                        today,
                        today.plusDays(1),
                        today.plusDays(1).plusMonths(30)));
    }

    private MockHttpServletRequestBuilder asCommittee(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("capuy", DemoFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private org.springframework.mock.web.MockHttpSession login(String username, String password) throws Exception {
        return (org.springframework.mock.web.MockHttpSession)
                mvc.perform(post("/login")
                                .param("username", username)
                                .param("password", password)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
    }

    private int audited(String action, CongressId id) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", Long.toString(id.value()))
                .query(Integer.class)
                .single();
    }

    private AttendanceStatus statusOf(long attendee) {
        String status = jdbc.sql("SELECT status FROM elections.attendee WHERE id = :id")
                .param("id", attendee)
                .query(String.class)
                .optional()
                .orElse(null);
        return status == null ? null : AttendanceStatus.valueOf(status);
    }

    @Test
    void theDeskReceivesTheGuestsAndTheScreenTheMinutesAndTheNewsIntroduceThoseWhoCame() throws Exception {
        CongressId id = convene(4);
        long first = attendance.addParticipant(committee, id, "Trần Quang Khải", false, "Phó Bí thư Đảng ủy");
        long second = attendance.addParticipant(committee, id, "Lê Thị Hồng Gấm", false, "Trưởng phòng Giáo dục");
        long third = attendance.addParticipant(committee, id, "Phạm Văn Đồng Nai", false, null);
        long transferredIn = attendance.addParticipant(committee, id, "Võ Thị Sáu Mươi", true);
        CongressCheckIn.Desk desk = checkIn.desk(committee, id);
        assertThat(desk.guests())
                .extracting(CongressCheckIn.GuestArrival::attendeeId)
                .containsExactly(first, second, third);
        assertThat(desk.guestsArrived()).isZero();
        // Until the desk receives anyone, every guest invited is introduced.
        assertThat(screen.of(committee, id).guests()).hasSize(3);
        assertThat(congresses.details(committee, id).figures().guests()).isEqualTo(3);

        checkIn.guestArrived(committee, id, first, true);
        checkIn.guestArrived(committee, id, third, true);
        checkIn.guestArrived(committee, id, first, true);
        assertThat(checkIn.desk(committee, id).guestsArrived()).isEqualTo(2);
        assertThat(screen.of(committee, id).guests())
                .extracting(CongressScreen.Guest::fullName)
                .containsExactly("Trần Quang Khải", "Phạm Văn Đồng Nai");
        assertThat(congresses.details(committee, id).figures().guests()).isEqualTo(2);
        assertThat(audited("congress.guest.arrive", id))
                .as("the second time wrote nothing")
                .isEqualTo(2);
        checkIn.guestArrived(committee, id, third, false);
        assertThat(statusOf(third)).isNull();
        assertThat(screen.of(committee, id).guests())
                .extracting(CongressScreen.Guest::fullName)
                .containsExactly("Trần Quang Khải");
        assertThat(audited("congress.guest.arriveUndo", id)).isEqualTo(1);

        // Only a guest of this congress: not a participant without a vote, not a voter, not another congress's guest.
        long voter = congresses.details(committee, id).attendees().stream()
                .filter(Attendee::votes)
                .findFirst()
                .orElseThrow()
                .id();
        CongressId other = convene(3);
        long elsewhere = attendance.addParticipant(committee, other, "Khách nơi khác", false, null);
        for (long wrong : List.of(transferredIn, voter, elsewhere)) {
            assertThatThrownBy(() -> checkIn.guestArrived(committee, id, wrong, true))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("guest");
                        assertThat(e.messageKey()).isEqualTo("congress.guests.notGuest");
                    });
        }
        assertThat(statusOf(transferredIn)).isNull();
        assertThat(statusOf(elsewhere)).isNull();

        // The desk's page and the API.
        org.springframework.mock.web.MockHttpSession session = login("capuy", DemoFixtures.PASSWORD);
        assertThat(mvc.perform(get("/congresses/{id}/check-in", id.value()).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Khách mời (đã đến 1/3)")
                .contains("/check-in/guests/" + second);
        // Each guest has a card to print with the delegates' (name and title, no code).
        assertThat(mvc.perform(get("/congresses/{id}/cards", id.value()).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Thẻ khách mời")
                .contains(">KHÁCH MỜI<")
                .containsPattern("(?s)KHÁCH MỜI</p>\\s*<p class=\"delegate-card-name\">[^<]+</p>");
        mvc.perform(
                        post("/congresses/{id}/check-in/guests/{g}", id.value(), second)
                                .session(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("arrived", "true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/congresses/" + id.value() + "/check-in#guests"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("guestArrival"));
        assertThat(statusOf(second)).isEqualTo(AttendanceStatus.PRESENT);
        mvc.perform(
                        post("/congresses/{id}/check-in/guests/{g}", id.value(), third)
                                .session(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("arrived", "có lẽ"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorSection", "guests"));
        assertThat(statusOf(third)).isNull();
        mvc.perform(asCommittee(put("/api/v1/congresses/{id}/check-in/guests/{g}", id.value(), second))
                        .content("{\"arrived\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.arrived").value(false));
        mvc.perform(asCommittee(put("/api/v1/congresses/{id}/check-in/guests/{g}", id.value(), second))
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("arrived"));
        mvc.perform(asCommittee(get("/api/v1/congresses/{id}/cards", id.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.guestsArrived").value(1))
                .andExpect(jsonPath("$.guests[0].arrived").value(true));

        // The minutes name the guest who came, not those invited who did not.
        org.apache.poi.xwpf.usermodel.XWPFDocument minutes =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                        documents.congressMinutes(committee, id, CongressDocuments.Format.DOCX)));
        String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(minutes).getText();
        assertThat(text)
                .contains("Khách mời dự đại hội: Trần Quang Khải, Phó Bí thư Đảng ủy.")
                .doesNotContain("Lê Thị Hồng Gấm")
                .contains("khách mời: 1.");
    }

    @Test
    void eachVoterGetsACodeOfHerOwnOnceAndAScanRecordsHerPresentOnce() {
        CongressId id = convene(6);
        CongressCheckIn.Desk before = checkIn.desk(committee, id);
        long voters = congresses.details(committee, id).attendees().stream()
                .filter(Attendee::votes)
                .count();
        assertThat(before.cards()).hasSize((int) voters).hasSize(6);
        assertThat(before.issued()).isFalse();
        assertThat(before.cards())
                .extracting(CongressCheckIn.DelegateCard::number)
                .containsExactly(1, 2, 3, 4, 5, 6);

        assertThat(checkIn.issueCards(committee, id)).isEqualTo(6);
        CongressCheckIn.Desk desk = checkIn.desk(committee, id);
        List<String> codes =
                desk.cards().stream().map(CongressCheckIn.DelegateCard::code).toList();
        assertThat(codes).allMatch(code -> code.matches("[2-9A-HJKMNP-Z]{8}"));
        assertThat(new HashSet<>(codes)).hasSize(6);
        assertThat(desk.cards().get(0).printed()).matches("[2-9A-HJKMNP-Z]{4} [2-9A-HJKMNP-Z]{4}");
        // Issuing again gives no one a second card and changes none.
        assertThat(checkIn.issueCards(committee, id)).isZero();
        assertThat(checkIn.desk(committee, id).cards())
                .extracting(CongressCheckIn.DelegateCard::code)
                .containsExactlyElementsOf(codes);
        assertThat(audited("congress.cards.issue", id)).isEqualTo(1);

        // The scanner types the code; a person may type it in lower case, with the printed space or a dash.
        CongressCheckIn.DelegateCard first = desk.cards().get(0);
        String typed = first.code().substring(0, 4).toLowerCase() + "-"
                + first.code().substring(4).toLowerCase();
        CongressCheckIn.CheckedIn scanned = checkIn.checkIn(committee, id, "  " + typed + " ");
        assertThat(scanned.fullName()).isEqualTo(first.fullName());
        assertThat(scanned.alreadyPresent()).isFalse();
        assertThat(scanned.checkedIn()).isEqualTo(1);
        assertThat(scanned.expected()).isEqualTo(6);
        assertThat(statusOf(first.attendeeId())).isEqualTo(AttendanceStatus.PRESENT);
        int attendanceAudits = audited("congress.attendance", id);

        CongressCheckIn.CheckedIn again = checkIn.checkIn(committee, id, first.printed());
        assertThat(again.alreadyPresent()).isTrue();
        assertThat(again.checkedIn()).isEqualTo(1);
        assertThat(audited("congress.attendance", id)).isEqualTo(attendanceAudits);

        CongressCheckIn.Desk after = checkIn.desk(committee, id);
        assertThat(after.checkedIn()).isEqualTo(1);
        assertThat(after.waiting())
                .hasSize(5)
                .extracting(CongressCheckIn.DelegateCard::fullName)
                .doesNotContain(first.fullName());
    }

    @Test
    void theDemoCommitteeMemberFindsHisCardForHisBranchsComingCongressOnHisHomePage() throws Exception {
        OrganizationId school = OrganizationId.of(DemoFixtures.organizationId(jdbc, "Chi bộ Trường Tiểu học Hoa Sen"));
        CongressSummary coming = congresses.list(committee, school).stream()
                .filter(c -> c.status() == CongressStatus.PREPARATION)
                .findFirst()
                .orElseThrow();
        CongressCheckIn.DelegateCard his = checkIn.desk(committee, coming.id()).cards().stream()
                .filter(c -> c.fullName().equals("Lê Quốc Việt"))
                .findFirst()
                .orElseThrow();
        assertThat(his.code()).as("the demo issued the cards").isNotNull();
        org.springframework.mock.web.MockHttpSession session = login("capuy", DemoFixtures.PASSWORD);
        String home = mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("Thẻ đại biểu của tôi").contains(his.printed());
    }

    @Test
    void codesOfNoOneOfAnotherCongressOrMisreadAreRefusedNamingTheFieldWithNothingWritten() {
        CongressId id = convene(5);
        CongressId other = convene(5);
        checkIn.issueCards(committee, id);
        checkIn.issueCards(committee, other);
        String foreign = checkIn.desk(committee, other).cards().get(0).code();
        String nobody = "2222" + "2222";
        if (checkIn.desk(committee, id).cards().stream().anyMatch(c -> c.code().equals(nobody))) {
            return; // a one in 31^8 draw
        }
        int audits = audited("congress.attendance", id);

        for (String[] refused : new String[][] {
            {foreign, "congress.checkIn.unknown"},
            {nobody, "congress.checkIn.unknown"},
            {"K7Q2MX4", "congress.checkIn.malformed"},
            {"K7Q2MX4O", "congress.checkIn.malformed"},
            {"  ", "validation.required"},
            {null, "validation.required"}
        }) {
            assertThatThrownBy(() -> checkIn.checkIn(committee, id, refused[0]))
                    .as(String.valueOf(refused[0]))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("code");
                        assertThat(e.messageKey()).isEqualTo(refused[1]);
                    });
        }
        assertThat(checkIn.desk(committee, id).checkedIn()).isZero();
        assertThat(audited("congress.attendance", id)).isEqualTo(audits);

        // A card of someone taken off the list after it was printed checks no one in.
        Attendee last = congresses.details(committee, id).attendees().stream()
                .filter(Attendee::votes)
                .reduce((a, b) -> b)
                .orElseThrow();
        String hers = checkIn.desk(committee, id).cards().stream()
                .filter(c -> c.attendeeId() == last.id())
                .findFirst()
                .orElseThrow()
                .code();
        attendance.excludeFromSummons(committee, id, last.memberId(), "SUSPENDED");
        assertThatThrownBy(() -> checkIn.checkIn(committee, id, hers))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("congress.checkIn.notVoting"));
        assertThat(checkIn.desk(committee, id).cards()).hasSize(4);

        // Only those who manage the congress see the codes; a closed congress checks no one in.
        CurrentUser secretaryElsewhere = new CurrentUser(
                9312,
                "bithu-khac",
                "Bí thư chi bộ khác",
                List.of(new Grant(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH), Role.SECRETARY)));
        assertThatThrownBy(() -> checkIn.desk(secretaryElsewhere, id)).isInstanceOf(NotFoundException.class);
        jdbc.sql("UPDATE elections.congress SET status = 'CLOSED' WHERE id = :id")
                .param("id", id.value())
                .update();
        String open = checkIn.desk(committee, id).cards().get(0).code();
        assertThatThrownBy(() -> checkIn.checkIn(committee, id, open))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("congress.status.closed"));
        assertThat(checkIn.desk(committee, id).open()).isFalse();
    }

    @Test
    void aMemberSeesHerOwnCardOnHerHomePageAndNoOneElses() throws Exception {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, terms, members, sector, today.minusDays(10), 4, 0);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        2,
                        today.plusDays(5),
                        today.plusDays(6),
                        today.plusDays(6).plusMonths(30)));
        String username = "daibieu" + System.nanoTime() % 1_000_000;
        long account = users.createUser(
                CurrentUser.system(),
                username,
                "Đại biểu thử",
                DemoFixtures.PASSWORD + "-Dai-bieu-2026",
                false,
                new Grant(branch.id().value(), Role.MEMBER));
        members.linkAccount(CurrentUser.system(), branch.official().get(2), account);
        CurrentUser member = new CurrentUser(
                account, username, "Đại biểu thử", List.of(new Grant(branch.id().value(), Role.MEMBER)));
        assertThat(checkIn.ownCards(member))
                .as("no card before they are issued")
                .isEmpty();

        checkIn.issueCards(committee, id);
        CongressCheckIn.DelegateCard hers = checkIn.desk(committee, id).cards().stream()
                .filter(c -> c.memberId().equals(branch.official().get(2)))
                .findFirst()
                .orElseThrow();
        assertThat(checkIn.ownCards(member)).singleElement().satisfies(own -> assertThat(own.card())
                .isEqualTo(hers));
        // On her home page: her card with its QR code, and no one else's code.
        org.springframework.mock.web.MockHttpSession session =
                login(username, DemoFixtures.PASSWORD + "-Dai-bieu-2026");
        String home = mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home)
                .contains("Thẻ đại biểu của tôi")
                .contains(hers.printed())
                .contains("<svg");
        checkIn.desk(committee, id).cards().stream()
                .filter(c -> c.attendeeId() != hers.attendeeId())
                .forEach(c -> assertThat(home).doesNotContain(c.printed()));
        // Once the congress closes, the card is gone from her page.
        jdbc.sql("UPDATE elections.congress SET status = 'CLOSED' WHERE id = :id")
                .param("id", id.value())
                .update();
        assertThat(checkIn.ownCards(member)).isEmpty();
    }

    @Test
    void twoDesksScanningTheSameCardAtOnceRecordHerOnce() throws Exception {
        CongressId id = convene(4);
        checkIn.issueCards(committee, id);
        String code = checkIn.desk(committee, id).cards().get(0).code();
        int audits = audited("congress.attendance", id);
        java.util.concurrent.ExecutorService desks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<CongressCheckIn.CheckedIn>> scans = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                scans.add(desks.submit(() -> {
                    go.await();
                    return checkIn.checkIn(committee, id, code);
                }));
            }
            go.countDown();
            List<Boolean> already = new java.util.ArrayList<>();
            for (var scan : scans) {
                already.add(scan.get(30, java.util.concurrent.TimeUnit.SECONDS).alreadyPresent());
            }
            assertThat(already).containsExactlyInAnyOrder(false, true);
        } finally {
            desks.shutdownNow();
        }
        assertThat(audited("congress.attendance", id)).isEqualTo(audits + 1);
        assertThat(checkIn.desk(committee, id).checkedIn()).isEqualTo(1);
    }

    @Test
    void theApiIssuesCardsAndChecksInAsThePagesDo() throws Exception {
        CongressId id = convene(4);
        mvc.perform(asCommittee(get("/api/v1/congresses/{id}/cards", id.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cards.length()").value(4))
                .andExpect(jsonPath("$.issued").value(false));
        String code = mvc.perform(asCommittee(post("/api/v1/congresses/{id}/cards", id.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allIssued").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*?\"code\":\"([2-9A-HJKMNP-Z]{8})\".*", "$1");
        assertThat(code).matches("[2-9A-HJKMNP-Z]{8}");
        mvc.perform(asCommittee(post("/api/v1/congresses/{id}/check-in", id.value()))
                        .content("{\"code\": \"" + code + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyPresent").value(false))
                .andExpect(jsonPath("$.checkedIn").value(1))
                .andExpect(jsonPath("$.expected").value(4));
        mvc.perform(asCommittee(post("/api/v1/congresses/{id}/check-in", id.value()))
                        .content("{\"code\": \"ABCDEFGH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("không có thẻ đại biểu nào")));
        // Another branch's secretary does not see this congress, nor its codes.
        mvc.perform(get("/api/v1/congresses/{id}/cards", id.value()).with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/congresses/{id}/check-in", id.value())
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPhoneCameraPhotoOfTheCardChecksItsHolderInAndAnUnreadablePhotoIsRefusedNamingTheField() throws Exception {
        CongressId id = convene(4);
        checkIn.issueCards(committee, id);
        CongressCheckIn.Desk desk = checkIn.desk(committee, id);
        CongressCheckIn.DelegateCard first = desk.cards().get(0);
        CongressCheckIn.DelegateCard second = desk.cards().get(1);
        int audits = audited("congress.attendance", id);

        // Refused, naming the field, with nothing written: no photo, a photo without a code, a file that is no image,
        // a QR code that is no card's (a web address), another branch's secretary (who does not see the congress).
        mvc.perform(asPhoto(id, null, "capuy"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"));
        mvc.perform(asPhoto(id, CardPhotos.of(null, 1600, 1200, 1, "jpg"), "capuy"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("không đọc được mã QR trong ảnh")));
        mvc.perform(asPhoto(id, "GIF89a không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8), "capuy"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"));
        mvc.perform(asPhoto(id, CardPhotos.of("https://chibo.example/the-dai-bieu"), "capuy"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("gồm 8 ký tự")));
        mvc.perform(asPhoto(id, CardPhotos.of(first.code()), "bithu")).andExpect(status().isNotFound());
        assertThat(checkIn.desk(committee, id).checkedIn()).isZero();
        assertThat(audited("congress.attendance", id)).isEqualTo(audits);

        // The API: a phone's JPEG of the first card.
        mvc.perform(asPhoto(id, CardPhotos.of(first.code()), "capuy"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value(first.fullName()))
                .andExpect(jsonPath("$.alreadyPresent").value(false))
                .andExpect(jsonPath("$.checkedIn").value(1));
        assertThat(statusOf(first.attendeeId())).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(audited("congress.attendance", id)).isEqualTo(audits + 1);

        // The desk's page: the form's photo goes back to the desk with the holder named.
        org.springframework.mock.web.MockHttpSession session = login("capuy", DemoFixtures.PASSWORD);
        var done = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/congresses/{id}/check-in/photo", id.value())
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "photo", "IMG_0412.jpg", "image/jpeg", CardPhotos.of(second.code())))
                                .session(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/congresses/" + id.value() + "/check-in"))
                .andReturn();
        assertThat(done.getFlashMap().get("checkedIn"))
                .isEqualTo(new CongressCheckIn.CheckedIn(second.fullName(), false, 2, 4));
        var refused = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/congresses/{id}/check-in/photo", id.value())
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "photo", "IMG_0413.jpg", "image/jpeg", CardPhotos.of(null, 800, 600, 1, "jpg")))
                                .session(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/check-in#code");
        assertThat(String.valueOf(refused.getFlashMap().get("error")))
                .startsWith("Ảnh chụp thẻ đại biểu: không đọc được mã QR");
        assertThat(checkIn.desk(committee, id).checkedIn()).isEqualTo(2);
    }

    @Test
    void anAlternateWhoTakesAnAbsentDelegatesPlaceGetsACardAndTheReplacedCardChecksNoOneIn() {
        LocalDate asOf = today.minusDays(10);
        OrganizationId grassroots = ElectionFixtures.subCommittee(
                        organizations, terms, sector, asOf, "Đảng bộ bộ phận thử thẻ dự khuyết")
                .id();
        ElectionFixtures.Branch branch = ElectionFixtures.branch(organizations, terms, members, grassroots, asOf, 6, 0);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        grassroots,
                        CongressKind.DELEGATES,
                        3,
                        today,
                        today.plusDays(1),
                        today.plusDays(1).plusYears(5)));
        List<vn.chibo.members.MemberId> people = branch.official();
        for (int i = 0; i < 3; i++) {
            attendance.addDelegate(committee, id, new AddDelegate(people.get(i), false, branch.id(), null));
        }
        long alternateId = attendance.addDelegate(committee, id, new AddDelegate(people.get(3), true, branch.id(), 12));
        assertThat(checkIn.issueCards(committee, id))
                .as("an alternate not standing in for anyone does not vote: no card")
                .isEqualTo(3);
        CongressCheckIn.DelegateCard away = checkIn.desk(committee, id).cards().get(1);

        attendance.recordAttendance(
                committee, id, away.memberId(), new RecordAttendance(AttendanceStatus.ABSENT, "Đi công tác", true));
        attendance.replaceDelegate(committee, id, away.attendeeId(), null);
        CongressCheckIn.Desk replaced = checkIn.desk(committee, id);
        assertThat(replaced.cards())
                .extracting(
                        CongressCheckIn.DelegateCard::number,
                        CongressCheckIn.DelegateCard::attendeeId,
                        CongressCheckIn.DelegateCard::valid)
                .as("the numbers printed stay; the alternate's card comes after the delegates'")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                1, replaced.cards().get(0).attendeeId(), true),
                        org.assertj.core.groups.Tuple.tuple(2, away.attendeeId(), false),
                        org.assertj.core.groups.Tuple.tuple(
                                3, replaced.cards().get(2).attendeeId(), true),
                        org.assertj.core.groups.Tuple.tuple(4, alternateId, true));
        CongressCheckIn.DelegateCard alternateCard = replaced.cards().get(3);
        assertThat(alternateCard.replaces()).isEqualTo(away.fullName());
        assertThat(replaced.cards().get(1).replacedBy()).isEqualTo(alternateCard.fullName());
        assertThat(alternateCard.code()).isNull();
        assertThat(replaced.allIssued()).isFalse();
        assertThat(replaced.expected()).isEqualTo(3);

        assertThat(checkIn.issueCards(committee, id)).isEqualTo(1);
        CongressCheckIn.Desk issued = checkIn.desk(committee, id);
        assertThat(issued.allIssued()).isTrue();
        String alternateCode = issued.cards().get(3).code();
        assertThat(alternateCode).isNotNull().isNotEqualTo(away.code());

        // The absent delegate's card, scanned after all: refused naming her alternate, nothing written.
        int audits = audited("congress.attendance", id);
        assertThatThrownBy(() -> checkIn.checkIn(committee, id, away.code()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("congress.checkIn.replaced");
                });
        assertThat(statusOf(away.attendeeId())).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(audited("congress.attendance", id)).isEqualTo(audits);
        // Nor can she be recorded present by hand: she and her alternate would both count.
        assertThatThrownBy(() -> attendance.recordAttendance(
                        committee, id, away.memberId(), new RecordAttendance(AttendanceStatus.PRESENT, null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("congress.attendance.replaced"));
        assertThat(statusOf(away.attendeeId())).isEqualTo(AttendanceStatus.ABSENT);

        CongressCheckIn.CheckedIn first =
                checkIn.checkIn(committee, id, issued.cards().get(0).code());
        assertThat(first.expected()).isEqualTo(3);
        CongressCheckIn.CheckedIn alternate = checkIn.checkIn(committee, id, alternateCode);
        assertThat(alternate.fullName()).isEqualTo(alternateCard.fullName());
        assertThat(alternate.checkedIn()).isEqualTo(2);
        assertThat(alternate.expected()).isEqualTo(3);
        assertThat(congresses.details(committee, id).figures().attending())
                .as("the two delegates and the alternate; not the one she replaced")
                .isEqualTo(3);
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder asPhoto(
            CongressId id, byte[] photo, String username) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                "/api/v1/congresses/{id}/check-in/photo", id.value());
        if (photo != null) {
            request.file(new org.springframework.mock.web.MockMultipartFile("photo", "card.jpg", "image/jpeg", photo));
        }
        request.with(httpBasic(username, DemoFixtures.PASSWORD));
        return request;
    }
}
