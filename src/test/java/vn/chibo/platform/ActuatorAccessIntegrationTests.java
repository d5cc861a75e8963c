package vn.chibo.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * The actuator tells anyone whether ChiBo is up (probes and load balancers need no more); what it runs on (components,
 * version, commit, JDK) only to administrators.
 */
@ChiboIntegrationTest
class ActuatorAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void strangersAndOrdinaryUsersGetTheStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health").with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/info").with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorsSeeTheComponentsAndTheBuild() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/info").with(httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.version").exists());
    }
}
