package vn.chibo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class LayoutTests {

    final Layout layout = new Layout(messages(), List.of(), "", java.time.Clock.systemUTC());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theHeaderClockReadsTheVietnameseWay() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(layout.clock(ZonedDateTime.of(2026, 11, 22, 9, 5, 0, 0, Layout.VIETNAM)))
                .isEqualTo("Chủ nhật, 22/11/2026 09:05");
        assertThat(layout.clock(ZonedDateTime.of(2026, 3, 2, 14, 30, 0, 0, Layout.VIETNAM)))
                .isEqualTo("Thứ Hai, 02/03/2026 14:30");
        assertThat(layout.unitName()).isEqualTo("Đảng bộ ngành Giáo dục");
    }

    @Test
    void aConfiguredUnitNameWins() {
        assertThat(new Layout(messages(), List.of(), "Đảng bộ Sở GD&ĐT", java.time.Clock.systemUTC()).unitName())
                .isEqualTo("Đảng bộ Sở GD&ĐT");
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
