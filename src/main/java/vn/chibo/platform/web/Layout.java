package vn.chibo.platform.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.NavigationEntry;

/** What every page's layout shows: the unit's name, the date and time in Vietnamese form, and the navigation. */
@Component("layout")
class Layout {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MessageSource messages;
    private final List<NavigationEntry> navigation;
    private final String unitName;
    private final Clock time;

    Layout(
            MessageSource messages,
            List<NavigationEntry> navigation,
            @Value("${chibo.unit-name:}") String unitName,
            Clock time) {
        this.messages = messages;
        this.time = time;
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
        this.unitName = unitName;
    }

    public String unitName() {
        return unitName.isBlank()
                ? messages.getMessage("layout.unit.default", null, LocaleContextHolder.getLocale())
                : unitName;
    }

    /** "Chủ nhật, 22/11/2026 11:20" in Vietnam's time zone. */
    public String clock() {
        return clock(ZonedDateTime.now(time.withZone(VIETNAM)));
    }

    String clock(ZonedDateTime now) {
        String weekday =
                messages.getMessage("weekday." + now.getDayOfWeek().getValue(), null, LocaleContextHolder.getLocale());
        return messages.getMessage(
                "layout.clock",
                new Object[] {
                    weekday,
                    String.format("%02d", now.getDayOfMonth()),
                    String.format("%02d", now.getMonthValue()),
                    Integer.toString(now.getYear()),
                    String.format("%02d:%02d", now.getHour(), now.getMinute())
                },
                LocaleContextHolder.getLocale());
    }

    public String isoNow() {
        // To the minute, as shown: a page rendered again within the minute is the same page (same ETag).
        return ZonedDateTime.now(time.withZone(VIETNAM))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toOffsetDateTime()
                .toString();
    }

    public List<NavigationEntry> navigation() {
        return CurrentUsers.current()
                .map(user -> navigation.stream().filter(e -> e.visibleTo(user)).toList())
                .orElse(List.of());
    }
}
