package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

/**
 * Issue 18's JSON API: a committee creates a branch, records its members' life cycle and a meeting with the worked
 * example's attendance through /api/v1, with the same checks as the pages, audited, and described in the OpenAPI
 * document with its errors.
 */
@ChiboIntegrationTest
class MeetingApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MemberManagement members;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DemoFixtures.PASSWORD);
    }

    private long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void aCommitteeRecordsTheWorkedExampleThroughTheApiAndEightVotesDoNotPass() throws Exception {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        String created = mvc.perform(post("/api/v1/organizations")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Chi bộ API " + System.nanoTime() % 100000
                                + "\", \"type\": \"BRANCH\", \"parentId\": " + sector + ", \"shortName\": \"CB\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long branch = id(created);
        mvc.perform(get("/api/v1/organizations/" + branch).with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.type").value("BRANCH"));

        CurrentUser committee =
                new CurrentUser(9190, "capuy-api", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
        List<MemberId> officials = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            officials.add(members.create(
                    committee,
                    MemberDraft.minimal(
                            OrganizationId.of(branch),
                            "Đảng viên API " + i + " " + System.nanoTime() % 100000,
                            Gender.FEMALE,
                            LocalDate.of(1985, 3, 1).plusDays(i),
                            LocalDate.of(2012, 1, 5),
                            LocalDate.of(2012, 2, 1),
                            LocalDate.of(2013, 2, 1))));
        }
        LocalDate exemptFrom = LocalDate.now(clock).minusDays(60);
        for (MemberId exempt : officials.subList(0, 3)) {
            mvc.perform(post("/api/v1/members/" + exempt + "/events")
                            .with(as("capuy"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\": \"EXEMPTED\", \"date\": \"" + exemptFrom
                                    + "\", \"decision\": {\"number\": \"12\", \"symbol\": \"NQ/CB\"},"
                                    + " \"note\": \"Tuổi cao, sức yếu\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.activity").value("EXEMPT"));
        }
        mvc.perform(post("/api/v1/members/" + officials.get(5) + "/events")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"RECOGNIZED\", \"date\": \"" + exemptFrom + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));

        LocalDate day = LocalDate.now(clock).minusDays(2);
        String meeting = mvc.perform(post("/api/v1/meetings")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + branch + ", \"kind\": \"REGULAR\", \"date\": \"" + day
                                + "\", \"startTime\": \"14:00\", \"place\": \"Phòng họp\", \"theme\": null}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long meetingId = id(meeting);
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/attendance").with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.official").value(20))
                .andExpect(jsonPath("$.counts.exemptAbsent").value(3));
        for (MemberId absent : officials.subList(3, 5)) {
            mvc.perform(put("/api/v1/meetings/" + meetingId + "/attendance/" + absent)
                            .with(as("capuy"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"presence\": \"ABSENT_EXCUSED\", \"reason\": \"Đi công tác\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/decisions")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"kind\": \"RESOLUTION\", \"title\": \"Nghị quyết tháng\", \"content\": \"Nội dung.\","
                                        + " \"agree\": 8, \"disagree\": 6, \"abstain\": 1}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/meetings/" + meetingId).with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.denominator").value(17))
                .andExpect(jsonPath("$.counts.legal.officials").value(20))
                .andExpect(jsonPath("$.decisions[0].vote.denominator").value(17))
                .andExpect(jsonPath("$.decisions[0].vote.agree").value(8))
                .andExpect(jsonPath("$.decisions[0].vote.disagree").value(6))
                .andExpect(jsonPath("$.decisions[0].vote.abstain").value(1))
                .andExpect(jsonPath("$.decisions[0].vote.votesNeeded").value(9))
                .andExpect(jsonPath("$.decisions[0].vote.passed").value(false));

        // Chair and clerk on record, then held with its duration, then closed.
        String record = "{\"record\": {\"kind\": \"REGULAR\", \"date\": \"" + day + "\", \"place\": \"Phòng họp\","
                + " \"startsAt\": \"14:00\", \"chair\": \"Nguyễn Thị Chủ Trì\", \"clerk\": \"Lê Văn Thư Ký\","
                + " \"documentsSharedOn\": \"" + day.minusDays(2) + "\", \"publishScore\": false}}";
        mvc.perform(put("/api/v1/meetings/" + meetingId + "/record")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/held")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"durationMinutes\": 95}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.record.endsAt").value("15:35:00"));
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/close").with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/close").with(as("capuy")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));

        List<String> actions = jdbc.sql(
                        "SELECT action FROM platform.audit_log WHERE actor = 'capuy' AND entity_type = 'Meeting'"
                                + " AND entity_id = :id ORDER BY id")
                .param("id", Long.toString(meetingId))
                .query(String.class)
                .list();
        assertThat(actions)
                .as("every write through the API is audited")
                .contains("meeting.schedule", "meeting.attendance.take", "meeting.decision.add", "meeting.status");
    }

    @Test
    void theApiChecksScopeAndPermissionAndNamesTheFieldOfBadInput() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        long other = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        String body = "{\"organizationId\": %d, \"kind\": \"REGULAR\", \"date\": \"2030-03-05\"}";
        mvc.perform(post("/api/v1/meetings")
                        .with(as("dangvien"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(branch)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/meetings")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/meetings")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + branch + ", \"date\": \"2030-03-05\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/meetings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(branch)))
                .andExpect(status().isUnauthorized());
        // A secretary creates no organization; a committee none outside its subtree.
        mvc.perform(post("/api/v1/organizations")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Chi bộ lạ\", \"type\": \"CELL\", \"parentId\": " + branch + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organizations")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Đảng bộ gốc\", \"type\": \"PROVINCIAL_COMMITTEE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/meetings/999999999/held").with(as("bithu"))).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesTheNewRoutesWithTheirErrors() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String[] route : new String[][] {
            {"/api/v1/organizations", "post"},
            {"/api/v1/members/{id}/events", "post"},
            {"/api/v1/meetings", "post"},
            {"/api/v1/meetings/{id}/held", "post"},
            {"/api/v1/meetings/{id}/close", "post"},
            {"/api/v1/meetings/{id}", "get"}
        }) {
            Object responses = JsonPath.read(doc, "$.paths['" + route[0] + "']." + route[1] + ".responses");
            assertThat(responses.toString()).as(route[0]).contains("401", "403");
            if (route[0].contains("{")) {
                assertThat(responses.toString()).as(route[0]).contains("404");
            }
            if (route[1].equals("post")) {
                assertThat(responses.toString()).as(route[0]).contains("400", "409");
            }
        }
        assertThat((Object) JsonPath.read(doc, "$.components.schemas.ApiError")).isNotNull();
        Object portal = JsonPath.read(doc, "$.paths['/api/v1/portal/sites'].get.responses");
        assertThat(portal.toString())
                .as("published portal content needs no account")
                .doesNotContain("401");
    }
}
