package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/** Editing a member's record in place: validation, lost-update protection, scope and audit. */
@ChiboIntegrationTest
class MemberEditIntegrationTests {

    /** The application's clock: the tests run as of its day, whatever day it is. */
    @Autowired
    Clock clock;

    @Autowired
    MemberManagement members;

    @Autowired
    MemberSearch search;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    OrganizationId branch;
    CurrentUser secretary;
    MemberId id;

    @BeforeEach
    void setUp() {
        branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        secretary = new CurrentUser(9201, "bithu-e", "Bí thư", List.of(new Grant(branch.value(), Role.SECRETARY)));
        id = members.create(
                secretary,
                MemberDraft.minimal(
                        branch,
                        "Trần Văn Sửa " + System.nanoTime() % 100000,
                        Gender.MALE,
                        LocalDate.of(1985, 3, 4),
                        LocalDate.of(2010, 5, 6),
                        LocalDate.of(2010, 5, 19),
                        LocalDate.of(2011, 5, 19)));
    }

    private MemberUpdate values() {
        return members.editing(secretary, id).values();
    }

    private static MemberUpdate with(
            MemberUpdate u, String qualification, String job, String citizenId, LocalDate birth) {
        return new MemberUpdate(
                u.version(),
                u.particulars()
                        .with(MemberField.BIRTH_DATE, birth)
                        .with(MemberField.CITIZEN_ID, citizenId)
                        .with(MemberField.QUALIFICATION, qualification)
                        .with(MemberField.JOB, job),
                u.unitId());
    }

    @Test
    void theSecretaryChangesFieldsAndTheAuditSaysWhatChangedWithoutPersonalData() {
        MemberUpdate before = values();
        members.update(
                secretary,
                id,
                with(
                        before,
                        "Cử nhân Sư phạm Toán",
                        "Giáo viên",
                        "001085012345",
                        before.particulars().birthDate()));

        MemberDetails after = members.details(secretary, id);
        assertThat(after.particulars().qualification()).isEqualTo("Cử nhân Sư phạm Toán");
        assertThat(after.particulars().job()).isEqualTo("Giáo viên");
        assertThat(after.particulars().citizenId()).isEqualTo("001085012345");
        assertThat(after.status()).isEqualTo(MemberStatus.OFFICIAL);
        String audit = jdbc.sql(
                        "SELECT after_value::text FROM platform.audit_log WHERE action = 'member.update' AND entity_id = :id")
                .param("id", id.toString())
                .query(String.class)
                .single();
        assertThat(audit)
                .contains("Cử nhân Sư phạm Toán")
                .contains("citizen_id")
                .doesNotContain("001085012345");
        assertThat(values().version()).isNotEqualTo(before.version());
    }

    @Test
    void aSecondEditorWorkingFromAStaleCopyIsRefusedAndNothingIsLost() {
        MemberUpdate first = values();
        MemberUpdate second = values();
        members.update(
                secretary,
                id,
                with(
                        first,
                        "Thạc sĩ Ngữ văn",
                        first.particulars().job(),
                        first.particulars().citizenId(),
                        first.particulars().birthDate()));

        assertThatThrownBy(() -> members.update(
                        secretary,
                        id,
                        with(
                                second,
                                "Cử nhân Hóa học",
                                second.particulars().job(),
                                second.particulars().citizenId(),
                                second.particulars().birthDate())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThat(members.details(secretary, id).particulars().qualification()).isEqualTo("Thạc sĩ Ngữ văn");
    }

    @Test
    void badValuesAreRefusedByFieldAndChangeNothing() {
        MemberUpdate u = values();
        assertThatThrownBy(() -> members.update(
                        secretary,
                        id,
                        with(
                                u,
                                "Kỹ sư",
                                u.particulars().job(),
                                u.particulars().citizenId(),
                                LocalDate.now(clock).plusDays(3))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
        assertThatThrownBy(() -> members.update(
                        secretary,
                        id,
                        with(
                                u,
                                "Kỹ sư",
                                u.particulars().job(),
                                "12ab",
                                u.particulars().birthDate())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("citizenId"));
        assertThat(members.details(secretary, id).particulars().qualification()).isNull();
        assertThat(values().version()).isEqualTo(u.version());
    }

    @Test
    void anotherBranchCannotFindTheRecordAndAClerkMayNotEditIt() {
        long other = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        CurrentUser otherSecretary =
                new CurrentUser(9202, "bithu-o", "Bí thư", List.of(new Grant(other, Role.SECRETARY)));
        CurrentUser clerk =
                new CurrentUser(9203, "vanthu-e", "Văn thư", List.of(new Grant(branch.value(), Role.CLERK)));
        MemberUpdate u = values();

        assertThatThrownBy(() -> members.update(otherSecretary, id, u)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.editing(otherSecretary, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.update(clerk, id, u)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theEditPageSavesAndTheApiReportsAConflictByField() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "bithu")
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
        MemberUpdate u = values();
        mvc.perform(get("/members/" + id + "/edit").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"version\"")))
                // Every particular is on the form under its label, named for binding, with the stored value.
                .andExpect(content()
                        .string(Matchers.containsString("<label for=\"qualification\">Chuyên môn, nghiệp vụ</label>")))
                .andExpect(content()
                        .string(Matchers.containsString("name=\"particulars.fullName\" value=\""
                                + u.particulars().fullName() + "\"")))
                .andExpect(content().string(Matchers.containsString("name=\"particulars.cardNumber\"")));
        mvc.perform(post("/members/" + id + "/edit")
                        .session(session)
                        .with(csrf())
                        .param("version", u.version().toString())
                        .param("particulars.fullName", u.particulars().fullName())
                        .param("particulars.gender", "MALE")
                        .param(
                                "particulars.birthDate",
                                u.particulars().birthDate().toString())
                        .param("particulars.ethnicity", "Tày")
                        .param("particulars.theoryLevel", "INTERMEDIATE")
                        .param("particulars.unitStaff", "false")
                        .param("particulars.job", "Hiệu phó"))
                .andExpect(redirectedUrl("/members/" + id + "?updated"));
        MemberDetails saved = members.details(secretary, id);
        assertThat(saved.particulars().ethnicity()).isEqualTo("Tày");
        assertThat(saved.particulars().theoryLevel()).isEqualTo(PoliticalTheoryLevel.INTERMEDIATE);
        assertThat(saved.particulars().unitStaff()).isFalse();
        assertThat(saved.particulars().job()).isEqualTo("Hiệu phó");

        // The same stale version again, through the API: 400 naming the field, in Vietnamese.
        mvc.perform(put("/api/v1/members/" + id)
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + u.version() + ",\"fullName\":\""
                                + u.particulars().fullName() + "\",\"gender\":\"MALE\",\"birthDate\":\""
                                + u.particulars().birthDate() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("version")));
    }

    @Test
    void theCreatePageAsksTheParticularsAndKeepsWhatWasTypedWhenARowIsRefused() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "bithu")
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/members/new")
                        .param("org", Long.toString(branch.value()))
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("<label for=\"citizenId\">Số căn cước công dân</label>")))
                .andExpect(content().string(Matchers.containsString("<option value=\"Kinh\" selected=\"selected\"")))
                .andExpect(content().string(Matchers.containsString("name=\"particulars.cardNumber\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("particulars.familyNotes"))));
        String name = "Hà Thị Lan " + System.nanoTime() % 100000;
        long before = jdbc.sql("SELECT count(*) FROM members.member")
                .query(Long.class)
                .single();
        // A refused row (admission before the age of 18) writes nothing and shows the form again with what was typed.
        mvc.perform(post("/members/new")
                        .session(session)
                        .with(csrf())
                        .param("organizationId", Long.toString(branch.value()))
                        .param("particulars.fullName", name)
                        .param("particulars.gender", "FEMALE")
                        .param("particulars.birthDate", "1995-02-03")
                        .param("particulars.ethnicity", "Tày")
                        .param("particulars.job", "Giáo viên")
                        .param("admissionDate", "2010-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ngày vào Đảng")))
                .andExpect(content().string(Matchers.containsString("value=\"" + name + "\"")))
                .andExpect(content().string(Matchers.containsString("<option value=\"Tày\" selected=\"selected\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM members.member")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        String location = mvc.perform(post("/members/new")
                        .session(session)
                        .with(csrf())
                        .param("organizationId", Long.toString(branch.value()))
                        .param("particulars.fullName", name)
                        .param("particulars.gender", "FEMALE")
                        .param("particulars.birthDate", "1995-02-03")
                        .param("particulars.ethnicity", "Tày")
                        .param("particulars.theoryLevel", "ELEMENTARY")
                        .param("particulars.job", "Giáo viên")
                        .param("particulars.cardNumber", "93.012345")
                        .param("admissionDate", "2020-01-06")
                        .param("admissionNumber", "15")
                        .param("admissionSymbol", "QĐ/ĐU"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/members/\\d+\\?created");
        MemberDetails created =
                members.details(secretary, MemberId.of(Long.parseLong(location.replaceAll("/members/(\\d+).*", "$1"))));
        assertThat(created.particulars().fullName()).isEqualTo(name);
        assertThat(created.particulars().ethnicity()).isEqualTo("Tày");
        assertThat(created.particulars().theoryLevel()).isEqualTo(PoliticalTheoryLevel.ELEMENTARY);
        assertThat(created.particulars().cardNumber()).isEqualTo("93.012345");
        assertThat(created.particulars().unitStaff()).isTrue();
        assertThat(created.admission().number()).isEqualTo("15");
    }

    @Test
    void theWorkplaceIsAUnitOfTheBranchOrAboveAndTheListFiltersByIt() throws Exception {
        List<MemberManagement.UnitChoice> choices = members.unitChoices(id);
        assertThat(choices).isNotEmpty();
        long unit = choices.get(0).id();
        MemberUpdate u = values();
        MemberUpdate withUnit = new MemberUpdate(u.version(), u.particulars(), unit);
        long foreign = jdbc.sql("SELECT u.id FROM organizations.unit u JOIN organizations.organization o"
                        + " ON o.id = u.organization_id WHERE o.name = :n LIMIT 1")
                .param("n", DemoFixtures.OTHER_BRANCH)
                .query(Long.class)
                .single();
        // The list's unit filter offers the units of the organizations the user may see, never another branch's.
        assertThat(search.visibleUnits(secretary))
                .extracting(MemberManagement.UnitChoice::id)
                .doesNotContain(foreign);
        assertThat(search.visibleUnits(CurrentUser.system()))
                .extracting(MemberManagement.UnitChoice::id)
                .contains(foreign, unit);
        MemberUpdate elsewhere = new MemberUpdate(u.version(), u.particulars(), foreign);
        assertThatThrownBy(() -> members.update(secretary, id, elsewhere))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unitId"));

        members.update(secretary, id, withUnit);
        assertThat(members.details(secretary, id).unitId()).isEqualTo(unit);
        MemberQuery byUnit = new MemberQuery(branch, null, null, null, null, null, null, null, unit, null, 0, 200);
        assertThat(search.list(secretary, byUnit).members())
                .extracting(MemberSummary::id)
                .contains(id);
        mvc.perform(get("/api/v1/members")
                        .param("unit", Long.toString(foreign))
                        .param("q", u.particulars().fullName())
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(0));
        mvc.perform(get("/api/v1/members")
                        .param("unit", Long.toString(unit))
                        .param("q", u.particulars().fullName())
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.members[0].fullName").value(u.particulars().fullName()));
    }
}
