package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.elections.CongressPreparationDetails.PaperKind;
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
 * What is on the floor of a congress: the presidium puts up a paper with its presenter, an election or a line of its
 * own, with the speaker's minutes; the hall screen shows it with the time counting down; bad input names its field and
 * leaves the screen as it was; only those who manage the congress change it, and every change is audited.
 */
@ChiboIntegrationTest
class CongressFloorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressPreparation preparation;

    @Autowired
    CongressFloor floor;

    @Autowired
    CongressSpeakers speakers;

    @Autowired
    CongressAttendance attendance;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @Autowired
    CongressScreen screen;

    @Autowired
    ElectionManagement elections;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms terms;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CongressDocuments documents;

    @Autowired
    CongressNews news;

    @Autowired
    CongressCheckIn checkIn;

    OrganizationId sector;
    CurrentUser committee;
    LocalDate today;

    @BeforeEach
    void setUp() {
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        committee = new CurrentUser(
                9321, "capuy-dieu-hanh", "Cấp ủy thử điều hành", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        today = LocalDate.now(clock);
    }

    private CongressId congress(ElectionFixtures.Branch branch) {
        return congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        4,
                        today,
                        today.plusDays(1),
                        today.plusDays(1).plusMonths(30)));
    }

    private ElectionFixtures.Branch branch() {
        return ElectionFixtures.branch(organizations, terms, members, sector, today.minusDays(10), 5, 0);
    }

    @Test
    void aPaperAnElectionOrALineOfItsOwnGoesOnTheScreenWithTheSpeakersTime() {
        ElectionFixtures.Branch branch = branch();
        CongressId id = congress(branch);
        assertThat(screen.of(committee, id).floor()).isNull();
        long report = preparation.addPaper(
                committee,
                id,
                PaperKind.POLITICAL_REPORT,
                "Báo cáo chính trị của Chi ủy nhiệm kỳ 2025–2027",
                "Lê Thị Thu Trang",
                null,
                "Nội dung báo cáo.");
        long file = preparation.addPaper(
                committee,
                id,
                PaperKind.CANDIDATE_FILE,
                "Hồ sơ nhân sự",
                "Chi ủy",
                branch.official().get(0),
                "Tóm tắt lý lịch.");

        CongressFloor.Item presented = floor.put(committee, id, new CongressFloor.Put(report, null, null, null, 15));
        assertThat(presented.title()).isEqualTo("Báo cáo chính trị của Chi ủy nhiệm kỳ 2025–2027");
        assertThat(presented.speaker()).as("the paper's author presents it").isEqualTo("Lê Thị Thu Trang");
        assertThat(presented.paperKind()).isEqualTo(PaperKind.POLITICAL_REPORT);
        CongressScreen.Screen shown = screen.of(committee, id);
        assertThat(shown.floor()).isEqualTo(presented);
        assertThat(shown.secondsLeft()).isBetween(15 * 60L - 5, 15 * 60L);
        assertThat(presented.secondsLeft(presented.startedAt().plusSeconds(16 * 60 + 5)))
                .as("five seconds past the minute over time")
                .isEqualTo(-65);
        assertThat(CongressFloor.minutesAndSeconds(-65)).isEqualTo("01:05");
        assertThat(CongressFloor.minutesAndSeconds(452)).isEqualTo("07:32");

        // Bad input names its field and leaves the screen as it was.
        record Refusal(CongressFloor.Put put, String field, String key) {}
        ElectionFixtures.Branch otherBranch = branch();
        CongressId other = congress(otherBranch);
        long othersPaper = preparation.addPaper(
                committee, other, PaperKind.DISCUSSION_PAPER, "Tham luận", "Đỗ Văn Hùng", null, "Nội dung.");
        ElectionId othersElection = elections.create(
                committee,
                other,
                new CreateElection(
                        ElectionKind.SECRETARY,
                        1,
                        List.of(otherBranch.official().get(0))));
        for (Refusal r : List.of(
                new Refusal(new CongressFloor.Put(null, null, "  ", null, null), "title", "congress.floor.nothing"),
                new Refusal(
                        new CongressFloor.Put(report, null, "Khai mạc", null, null),
                        "paperId",
                        "congress.floor.oneItem"),
                new Refusal(
                        new CongressFloor.Put(null, null, "Khai mạc", null, 0), "minutes", "congress.floor.minutes"),
                new Refusal(
                        new CongressFloor.Put(null, null, "Khai mạc", null, 241), "minutes", "congress.floor.minutes"),
                new Refusal(new CongressFloor.Put(file, null, null, null, null), "paperId", "congress.floor.paper"),
                new Refusal(
                        new CongressFloor.Put(othersPaper, null, null, null, null), "paperId", "congress.floor.paper"),
                new Refusal(
                        new CongressFloor.Put(null, othersElection.value(), null, null, null),
                        "electionId",
                        "election.otherCongress"))) {
            assertThatThrownBy(() -> floor.put(committee, id, r.put()))
                    .as(r.key())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo(r.field());
                        assertThat(e.messageKey()).isEqualTo(r.key());
                    });
        }
        assertThat(floor.current(committee, id)).hasValue(presented);

        // An election has no title of its own: the screen names its kind. Then a line of the presidium's own.
        ElectionId secretary = elections.create(
                committee,
                id,
                new CreateElection(
                        ElectionKind.SECRETARY, 1, List.of(branch.official().get(0))));
        CongressFloor.Item election =
                floor.put(committee, id, new CongressFloor.Put(null, secretary.value(), null, null, null));
        assertThat(List.of(election.electionKind(), election.electionId()))
                .containsExactly(ElectionKind.SECRETARY, secretary.value());
        assertThat(election.title()).isNull();
        assertThat(screen.of(committee, id).secondsLeft()).as("no time limit").isNull();
        CongressFloor.Item pause =
                floor.put(committee, id, new CongressFloor.Put(null, null, " Giải lao ", "Đoàn Chủ tịch", 10));
        assertThat(List.of(pause.title(), pause.speaker())).containsExactly("Giải lao", "Đoàn Chủ tịch");

        // Those who only see the congress cannot change it; another branch's secretary does not see it at all.
        CurrentUser member = new CurrentUser(
                9322,
                "dangvien-dieu-hanh",
                "Đảng viên thử",
                List.of(new Grant(branch.id().value(), Role.MEMBER)));
        assertThatThrownBy(() -> floor.put(member, id, new CongressFloor.Put(null, null, "Bế mạc", null, null)))
                .isNotInstanceOf(InvalidInputException.class);
        CurrentUser stranger = new CurrentUser(
                9323,
                "bithu-khac-dieu-hanh",
                "Bí thư khác",
                List.of(new Grant(otherBranch.id().value(), Role.SECRETARY)));
        assertThatThrownBy(() -> floor.current(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThat(floor.current(committee, id)).hasValue(pause);

        // The guests, as the opening introduces them, in the order entered.
        attendance.addParticipant(committee, id, "Hoàng Minh Tuấn", false, "Phó Bí thư Đảng ủy Sở");
        attendance.addParticipant(committee, id, "Vũ Thị Lan", false, null);
        assertThat(screen.of(committee, id).guests())
                .containsExactly(
                        new CongressScreen.Guest("Hoàng Minh Tuấn", "Phó Bí thư Đảng ủy Sở"),
                        new CongressScreen.Guest("Vũ Thị Lan", null));

        floor.clear(committee, id);
        assertThat(floor.current(committee, id)).isEmpty();
        assertThat(screen.of(committee, id).floor()).isNull();
        assertThat(audited("congress.floor.put", id)).isEqualTo(3);
        assertThat(audited("congress.floor.clear", id)).isEqualTo(1);
    }

    @Test
    void thePresidiumPutsAPaperUpFromTheCongressPageAndTheScreenAndTheApiShowIt() throws Exception {
        ElectionFixtures.Branch branch = branch();
        CongressId id = congress(branch);
        long paper = preparation.addPaper(
                committee,
                id,
                PaperKind.DISCUSSION_PAPER,
                "Nâng cao chất lượng dạy học môn Ngữ văn",
                "Phan Thị Hạnh",
                null,
                "Nội dung tham luận.");
        MockHttpSession session = login("capuy");
        String page = mvc.perform(get("/congresses/{id}", id.value()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"floor\"").contains("value=\"paper-" + paper + "\"");

        mvc.perform(post("/congresses/{id}/floor", id.value())
                        .session(session)
                        .with(csrf())
                        .param("item", "paper-" + paper)
                        .param("minutes", "7"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/congresses/" + id.value() + "#floor"))
                .andExpect(flash().attribute("notice", "congress.floor.notice.put"));
        String hall = mvc.perform(get("/congresses/{id}/screen", id.value()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hall).doesNotContain("Đại biểu khách mời");
        attendance.addParticipant(committee, id, "Hoàng Minh Tuấn", false, "Phó Bí thư Đảng ủy Sở");
        assertThat(mvc.perform(get("/congresses/{id}/screen", id.value()).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đại biểu khách mời")
                .contains("đồng chí Hoàng Minh Tuấn, Phó Bí thư Đảng ủy Sở");
        assertThat(hall)
                .contains("Đang diễn ra")
                .contains("Nâng cao chất lượng dạy học môn Ngữ văn")
                .contains("Trình bày: đồng chí Phan Thị Hạnh")
                .contains("Thời gian còn lại")
                .contains("/js/countdown.js")
                .containsPattern("data-seconds-left=\"4[0-2][0-9]\"");

        // Minutes that are no number: refused naming the field, the screen as it was.
        mvc.perform(post("/congresses/{id}/floor", id.value())
                        .session(session)
                        .with(csrf())
                        .param("title", "Bế mạc")
                        .param("minutes", "mười"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("error"));
        assertThat(floor.current(committee, id))
                .hasValueSatisfying(i -> assertThat(i.paperId()).isEqualTo(paper));

        mvc.perform(put("/api/v1/congresses/{id}/floor", id.value())
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Bế mạc Đại hội\", \"minutes\": 5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Bế mạc Đại hội"))
                .andExpect(jsonPath("$.minutes").value(5));
        mvc.perform(get("/api/v1/congresses/{id}/screen", id.value()).with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.floor.title").value("Bế mạc Đại hội"));
        mvc.perform(put("/api/v1/congresses/{id}/floor", id.value())
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minutes\": 5}"))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/congresses/{id}/floor", id.value()).with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/congresses/{id}/floor", id.value()).with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
    }

    @Test
    void delegatesAskToSpeakThePresidiumGivesThemTheFloorInTurnAndTheScreenNamesWhoIsNext() throws Exception {
        ElectionFixtures.Branch branch = branch();
        CongressId id = congress(branch);
        List<vn.chibo.members.MemberId> o = branch.official();
        CurrentUser delegate = linkedAccount(o.get(0), branch.id());
        CurrentUser notOnList = new CurrentUser(
                9325,
                "dangvien-khong-ten",
                "Không có tên",
                List.of(new Grant(branch.id().value(), Role.MEMBER)));
        assertThat(speakers.selfOnList(delegate, id)).isEqualTo(o.get(0).value());
        assertThat(speakers.selfOnList(notOnList, id)).isNull();

        long own = speakers.registerSelf(delegate, id, "Đổi mới phương pháp dạy học");
        assertThatThrownBy(() -> speakers.registerSelf(delegate, id, "Lần nữa"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("congress.speakers.already"));
        assertThatThrownBy(() -> speakers.registerSelf(notOnList, id, "Ý kiến"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("congress.speakers.notDelegate"));
        assertThatThrownBy(() -> speakers.register(
                        committee,
                        id,
                        new CongressSpeakers.Registration(o.get(1).value(), null, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("topic"));
        ElectionFixtures.Branch elsewhere = branch();
        assertThatThrownBy(() -> speakers.register(
                        committee,
                        id,
                        new CongressSpeakers.Registration(
                                elsewhere.official().get(0).value(), null, "Ý kiến")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("memberId"));
        long second = speakers.register(
                committee,
                id,
                new CongressSpeakers.Registration(o.get(1).value(), null, "Công tác phát triển đảng viên"));
        long guest = speakers.register(
                committee, id, new CongressSpeakers.Registration(null, "Trần Quang Khải", "Phát biểu chỉ đạo"));
        String first = speakers.list(committee, id).get(0).fullName();
        assertThat(speakers.list(committee, id))
                .extracting(CongressSpeakers.Speaker::id)
                .containsExactly(own, second, guest);
        assertThat(screen.of(committee, id).nextSpeakers())
                .extracting(CongressSpeakers.Speaker::fullName)
                .containsExactly(first, speakers.list(committee, id).get(1).fullName(), "Trần Quang Khải");

        CongressFloor.Item called = speakers.call(committee, id, own, 7);
        assertThat(List.of(called.title(), called.speaker())).containsExactly("Đổi mới phương pháp dạy học", first);
        assertThat(called.minutes()).isEqualTo(7);
        assertThat(standing(id, own)).isEqualTo(CongressSpeakers.Status.SPEAKING);
        assertThatThrownBy(() -> speakers.call(committee, id, own, 7))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("congress.speakers.notWaiting"));
        speakers.call(committee, id, second, null);
        assertThat(List.of(standing(id, own), standing(id, second)))
                .containsExactly(CongressSpeakers.Status.DONE, CongressSpeakers.Status.SPEAKING);
        assertThat(screen.of(committee, id).nextSpeakers())
                .extracting(CongressSpeakers.Speaker::fullName)
                .containsExactly("Trần Quang Khải");
        // A delegate withdraws only her own registration, and only while it waits.
        assertThatThrownBy(() -> speakers.withdraw(delegate, id, guest)).isNotInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> speakers.withdraw(delegate, id, own))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("congress.speakers.notWaiting"));
        floor.clear(committee, id);
        assertThat(standing(id, second)).as("her turn ended with the floor").isEqualTo(CongressSpeakers.Status.DONE);
        // Her own forms, as she signs in: an ordinary member asks to speak and withdraws her request.
        MockHttpSession hers = login(delegate.username());
        mvc.perform(post("/congresses/{id}/speakers/me", id.value())
                        .session(hers)
                        .with(csrf())
                        .param("topic", "Ý kiến bổ sung"))
                .andExpect(redirectedUrl("/congresses/" + id.value() + "#speakers"))
                .andExpect(flash().attribute("notice", "congress.speakers.notice.registered"));
        long again = speakers.list(committee, id).get(3).id();
        assertThat(mvc.perform(get("/congresses/{id}", id.value()).session(hers))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Tôi đăng ký phát biểu")
                .contains("/speakers/" + again + "/withdraw")
                .doesNotContain("/speakers/" + guest + "/withdraw")
                .doesNotContain("/call\"");
        mvc.perform(post("/congresses/{id}/speakers/{sp}/withdraw", id.value(), again)
                        .session(hers)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "congress.speakers.notice.withdrawn"));
        mvc.perform(post("/api/v1/congresses/{id}/speakers/me", id.value())
                        .with(httpBasic(delegate.username(), DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topic\": \"Ý kiến qua ứng dụng\"}"))
                .andExpect(status().isOk());
        long viaApi = speakers.list(committee, id).get(3).id();
        mvc.perform(delete("/api/v1/congresses/{id}/speakers/{sp}", id.value(), guest)
                        .with(httpBasic(delegate.username(), DemoFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/congresses/{id}/speakers/{sp}", id.value(), viaApi)
                        .with(httpBasic(delegate.username(), DemoFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        speakers.withdraw(committee, id, guest);
        assertThat(speakers.list(committee, id))
                .extracting(CongressSpeakers.Speaker::id)
                .containsExactly(own, second);
        assertThat(audited("congress.speaker.register", id)).isEqualTo(5);
        assertThat(audited("congress.speaker.call", id)).isEqualTo(2);
        assertThat(audited("congress.speaker.withdraw", id)).isEqualTo(3);

        // The presidium's forms on the page; the screen and the API.
        MockHttpSession session = login("capuy");
        mvc.perform(post("/congresses/{id}/speakers", id.value())
                        .session(session)
                        .with(csrf())
                        .param("memberId", Long.toString(o.get(2).value()))
                        .param("topic", "Xây dựng trường học thân thiện"))
                .andExpect(redirectedUrl("/congresses/" + id.value() + "#speakers"))
                .andExpect(flash().attribute("notice", "congress.speakers.notice.registered"));
        long listed = speakers.list(committee, id).get(2).id();
        String page = mvc.perform(get("/congresses/{id}", id.value()).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Xây dựng trường học thân thiện").contains("/speakers/" + listed + "/call");
        assertThat(mvc.perform(get("/congresses/{id}/screen", id.value()).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Tiếp theo: đồng chí "
                        + speakers.list(committee, id).get(2).fullName());
        mvc.perform(post("/congresses/{id}/speakers/{sp}/call", id.value(), listed)
                        .session(session)
                        .with(csrf())
                        .param("minutes", "không"))
                .andExpect(flash().attributeExists("error"));
        assertThat(standing(id, listed)).isEqualTo(CongressSpeakers.Status.WAITING);
        mvc.perform(post("/api/v1/congresses/{id}/speakers/{sp}/call", id.value(), listed)
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minutes\": 5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Xây dựng trường học thân thiện"));
        mvc.perform(get("/api/v1/congresses/{id}/speakers", id.value()).with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[2].status").value("SPEAKING"));
    }

    @Test
    void theDiscussionTellsWhoWasHeardOnWhatAndForHowLongAndGoesIntoTheCongressMinutes() throws Exception {
        ElectionFixtures.Branch branch = branch();
        CongressId id = congress(branch);
        List<vn.chibo.members.MemberId> o = branch.official();
        long paper = preparation.addPaper(
                committee,
                id,
                PaperKind.DISCUSSION_PAPER,
                "Nâng cao chất lượng sinh hoạt tổ chuyên môn",
                "Tổ Toán – Tin",
                null,
                "Kinh nghiệm của tổ trong năm học.");
        long report = preparation.addPaper(
                committee, id, PaperKind.POLITICAL_REPORT, "Báo cáo chính trị", "Chi ủy", null, "Nội dung.");
        CongressId other = congress(branch());
        long elsewhere = preparation.addPaper(
                committee, other, PaperKind.DISCUSSION_PAPER, "Tham luận của chi bộ khác", "Tổ Văn", null, "Nội dung.");
        for (long wrong : List.of(report, elsewhere)) {
            assertThatThrownBy(() -> speakers.register(
                            committee,
                            id,
                            new CongressSpeakers.Registration(o.get(0).value(), null, null, wrong)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("paperId");
                        assertThat(e.messageKey()).isEqualTo("congress.speakers.paper.invalid");
                    });
        }
        long presenter = speakers.register(
                committee, id, new CongressSpeakers.Registration(o.get(0).value(), null, " ", paper));
        long opinion = speakers.register(
                committee, id, new CongressSpeakers.Registration(o.get(1).value(), null, "Công tác chủ nhiệm lớp"));
        long guest = speakers.register(
                committee,
                id,
                new CongressSpeakers.Registration(null, "Trần Quang Khải, Phó Bí thư Đảng ủy", "Phát biểu chỉ đạo"));
        CongressSpeakers.Speaker first = speakers.list(committee, id).get(0);
        assertThat(first.topic()).as("the paper's title").isEqualTo("Nâng cao chất lượng sinh hoạt tổ chuyên môn");
        assertThat(first.presentsPaper()).isTrue();
        assertThat(speakers.discussion(committee, id).any()).isFalse();

        CongressFloor.Item called = speakers.call(committee, id, presenter, 10);
        assertThat(called.paperId()).isEqualTo(paper);
        assertThat(List.of(called.title(), called.speaker()))
                .containsExactly("Nâng cao chất lượng sinh hoạt tổ chuyên môn", first.fullName());
        speakers.call(committee, id, opinion, 5);
        speakers.call(committee, id, guest, null);
        floor.clear(committee, id);
        for (CongressSpeakers.Speaker s : speakers.list(committee, id)) {
            assertThat(s.calledAt()).isNotNull();
            assertThat(s.endedAt()).as("her turn ended when the next went up").isNotNull();
            assertThat(s.spokenSeconds()).isBetween(0L, 60L);
        }
        spoke(presenter, 372);
        spoke(opinion, 185);
        spoke(guest, 240);
        speakers.register(
                committee, id, new CongressSpeakers.Registration(o.get(2).value(), null, "Ý kiến thêm"));

        // Only opinions, no guest: the minutes say just that.
        CongressId plain = congress(branch());
        long alone = speakers.register(
                committee,
                plain,
                new CongressSpeakers.Registration(
                        congresses.details(committee, plain).attendees().stream()
                                .filter(Attendee::votes)
                                .findFirst()
                                .orElseThrow()
                                .memberId()
                                .value(),
                        null,
                        "Ý kiến về công tác chủ nhiệm"));
        speakers.call(committee, plain, alone, 3);
        floor.clear(committee, plain);
        spoke(alone, 65);
        assertThat(docxText(documents.congressMinutes(committee, plain, CongressDocuments.Format.DOCX)))
                .contains("Đại hội đã nghe 1 ý kiến phát biểu, tổng thời gian 1 phút 5 giây:")
                .doesNotContain("0 tham luận")
                .doesNotContain("khách mời)");
        assertThat(mvc.perform(get("/congresses/{id}", plain.value()).session(login("capuy")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đã nghe 1 ý kiến phát biểu, tổng thời gian 1 phút 5 giây.");
        CongressSpeakers.Discussion d = speakers.discussion(committee, id);
        assertThat(d.heard()).extracting(CongressSpeakers.Speaker::id).containsExactly(presenter, opinion, guest);
        assertThat(d.heard())
                .extracting(CongressSpeakers.Speaker::spokenSeconds)
                .containsExactly(372L, 185L, 240L);
        assertThat(List.of(d.papers(), d.opinions(), d.delegates(), d.guests(), d.waiting()))
                .containsExactly(1, 2, 2, 1, 1);
        assertThat(d.seconds()).isEqualTo(797);

        MockHttpSession session = login("capuy");
        String page = mvc.perform(get("/congresses/{id}", id.value()).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<span>tham luận </span><span>Nâng cao chất lượng sinh hoạt tổ chuyên môn</span>")
                .contains("<span class=\"hint\">– 6 phút 12 giây</span>")
                .contains("Đã nghe 1 tham luận và 2 ý kiến phát biểu (2 đại biểu, 1 khách mời), tổng thời gian 13 phút"
                        + " 17 giây; còn 1 người chờ phát biểu.")
                .contains("<option value=\"" + paper + "\">")
                .doesNotContain("<option value=\"" + report + "\">");
        for (String wrong : List.of(Long.toString(report), "một")) {
            mvc.perform(post("/congresses/{id}/speakers", id.value())
                            .session(session)
                            .with(csrf())
                            .param("memberId", Long.toString(o.get(3).value()))
                            .param("paperId", wrong))
                    .andExpect(redirectedUrl("/congresses/" + id.value() + "#speakers"))
                    .andExpect(flash().attributeExists("error"));
        }
        assertThat(speakers.list(committee, id)).hasSize(4);
        mvc.perform(post("/congresses/{id}/speakers", id.value())
                        .session(session)
                        .with(csrf())
                        .param("memberId", Long.toString(o.get(3).value()))
                        .param("paperId", Long.toString(paper)))
                .andExpect(flash().attribute("notice", "congress.speakers.notice.registered"));
        assertThat(speakers.list(committee, id).get(4).paperId()).isEqualTo(paper);
        mvc.perform(get("/api/v1/congresses/{id}/speakers/discussion", id.value())
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.papers").value(1))
                .andExpect(jsonPath("$.seconds").value(797))
                .andExpect(jsonPath("$.waiting").value(2))
                .andExpect(jsonPath("$.heard[0].paperId").value(paper))
                .andExpect(jsonPath("$.heard[0].spokenSeconds").value(372));
        mvc.perform(post("/api/v1/congresses/{id}/speakers", id.value())
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\": \"Khách\", \"paperId\": " + elsewhere + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paperId"));

        String minutes = docxText(documents.congressMinutes(committee, id, CongressDocuments.Format.DOCX));
        assertThat(minutes)
                .contains("I. THÀNH PHẦN DỰ ĐẠI HỘI")
                .contains("II. THẢO LUẬN")
                .contains("Đại hội đã nghe 1 tham luận và 2 ý kiến phát biểu (2 của đại biểu, 1 của khách mời), tổng"
                        + " thời gian 13 phút 17 giây:")
                .contains("- Đồng chí " + first.fullName()
                        + " trình bày tham luận “Nâng cao chất lượng sinh hoạt tổ chuyên môn” (6 phút 12 giây).")
                .contains("- Trần Quang Khải, Phó Bí thư Đảng ủy phát biểu: Phát biểu chỉ đạo (4 phút 0 giây).")
                .contains("III. KẾT QUẢ BẦU CỬ")
                .doesNotContain("Ý kiến thêm");
        assertThat(minutes.indexOf("Công tác chủ nhiệm lớp"))
                .isBetween(minutes.indexOf("Nâng cao chất lượng"), minutes.indexOf("Phát biểu chỉ đạo"));
        assertThat(docxText(documents.congressMinutes(committee, other, CongressDocuments.Format.DOCX)))
                .contains("II. KẾT QUẢ BẦU CỬ")
                .doesNotContain("THẢO LUẬN");
        // Once the congress is closed, its news draft reports the papers as presented and the opinions heard.
        jdbc.sql("UPDATE elections.congress SET status = 'CLOSED' WHERE id = :id")
                .param("id", id.value())
                .update();
        assertThat(String.join("\n", news.draft(committee, id).body()))
                .contains("Đại hội nghe 1 bản tham luận: “Nâng cao chất lượng sinh hoạt tổ chuyên môn” (đồng chí "
                        + first.fullName() + ").")
                .contains("Đại hội đã nghe 2 ý kiến phát biểu thảo luận")
                .doesNotContain("Tổ Toán – Tin");
    }

    /** How long her turn took, as if the hall's clock had run that long between her call and the next item. */
    private void spoke(long speaker, int seconds) {
        jdbc.sql(
                        "UPDATE elections.congress_speaker SET ended_at = called_at + make_interval(secs => :s) WHERE id = :id")
                .param("s", seconds)
                .param("id", speaker)
                .update();
    }

    private static String docxText(byte[] docx) throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                        new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void theDemosComingCongressHasTwoDelegatesWaitingToSpeakWhomTheHallScreenNames() {
        OrganizationId school = OrganizationId.of(DemoFixtures.organizationId(jdbc, "Chi bộ Trường Tiểu học Hoa Sen"));
        CongressSummary coming = congresses.list(committee, school).stream()
                .filter(c -> c.status() == CongressStatus.PREPARATION)
                .findFirst()
                .orElseThrow();
        List<CongressSpeakers.Speaker> waiting = speakers.list(committee, coming.id()).stream()
                .filter(s -> s.status() == CongressSpeakers.Status.WAITING)
                .toList();
        assertThat(waiting)
                .extracting(CongressSpeakers.Speaker::topic)
                .contains(
                        "Đổi mới sinh hoạt chuyên môn theo tổ khối lớp", "Giáo dục kỹ năng sống cho học sinh tiểu học");
        assertThat(screen.of(committee, coming.id()).nextSpeakers()).isNotEmpty();
        // A third presents the congress's discussion paper; a guest is invited, whom the desk has not received yet.
        assertThat(waiting)
                .filteredOn(CongressSpeakers.Speaker::presentsPaper)
                .extracting(CongressSpeakers.Speaker::topic)
                .contains("Đổi mới phương pháp dạy học gắn với chuyển đổi số");
        assertThat(checkIn.desk(committee, coming.id()).guests())
                .extracting(CongressCheckIn.GuestArrival::fullName)
                .contains("Đinh Văn Khoa");
    }

    private CongressSpeakers.Status standing(CongressId id, long speaker) {
        return speakers.list(committee, id).stream()
                .filter(s -> s.id() == speaker)
                .findFirst()
                .orElseThrow()
                .status();
    }

    /** An account linked to the member, as a branch's member signs in. */
    private CurrentUser linkedAccount(vn.chibo.members.MemberId member, OrganizationId branch) {
        String username = "daibieu-" + System.nanoTime() % 1_000_000_000L;
        long user = jdbc.sql("INSERT INTO platform.app_user (username, password_hash, full_name)"
                        + " VALUES (:u, :hash, 'Đại biểu thử') RETURNING id")
                .param("u", username)
                .param("hash", passwords.encode(DemoFixtures.PASSWORD))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO platform.role_grant (user_id, organization_id, role) VALUES (:u, :o, 'MEMBER')")
                .param("u", user)
                .param("o", branch.value())
                .update();
        jdbc.sql("UPDATE members.member SET user_id = :u WHERE id = :m")
                .param("u", user)
                .param("m", member.value())
                .update();
        return new CurrentUser(user, username, "Đại biểu thử", List.of(new Grant(branch.value(), Role.MEMBER)));
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
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
}
