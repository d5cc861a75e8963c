package vn.chibo.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

class UploadLimitsTests {

    final UploadLimits limits = limits();

    static UploadLimits limits() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("import.file.tooLarge", Locale.getDefault(), "Tệp quá lớn");
        messages.addMessage("import.file.tooLarge", new Locale("vi"), "Tệp quá lớn");
        return new UploadLimits(messages);
    }

    @Test
    void theApiAnswers413WithTheMessage() {
        Object answer = limits.tooLarge(new MockHttpServletRequest("POST", "/api/v1/members/import"));
        assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(413);
            assertThat(response.getBody().toString()).contains("Tệp quá lớn");
        });
    }

    @Test
    void thePageShowsTheMessage() {
        Object answer = limits.tooLarge(new MockHttpServletRequest("POST", "/members/import"));
        assertThat(answer).isInstanceOfSatisfying(ModelAndView.class, page -> {
            assertThat(page.getViewName()).isEqualTo("error");
            assertThat(page.getModel().get("errors").toString()).contains("Tệp quá lớn");
        });
    }
}
