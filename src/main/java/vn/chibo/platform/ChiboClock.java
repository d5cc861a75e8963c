package vn.chibo.platform;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Makes the application's one {@link Clock}: the time of Hà Nội, or, for a demonstration or a test, the time "as of"
 * another moment ({@code chibo.clock.fixed}), which starts at that moment when the application starts and runs on from
 * there, so that sessions, delays and schedules behave as on any other day. The setting is refused unless the
 * {@code demo} profile is active: a production install always runs on the real time.
 */
public final class ChiboClock {

    /** Dates are Vietnamese dates: "today" turns at midnight in Hà Nội, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static final String PROPERTY = "chibo.clock.fixed";

    private ChiboClock() {}

    /**
     * The clock for the given setting.
     *
     * @param asOf the value of {@code chibo.clock.fixed}: blank for the real time, else an ISO date-time with its
     *     offset ({@code 2026-12-10T08:00:00+07:00}) or a date ({@code 2026-12-10}, 08:00 in Hà Nội)
     * @param demo whether the demo profile is active
     * @param system the real clock
     * @throws ClockSettingRefused when the setting cannot be read, or is given outside the demo profile
     */
    public static Clock of(String asOf, boolean demo, Clock system) {
        if (asOf == null || asOf.isBlank()) {
            return system.withZone(ZONE);
        }
        if (!demo) {
            throw new ClockSettingRefused("startup.clock-fixed.production", asOf.strip());
        }
        OffsetDateTime start = parse(asOf.strip());
        return Clock.offset(system.withZone(ZONE), Duration.between(system.instant(), start.toInstant()));
    }

    static OffsetDateTime parse(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value)
                        .atTime(LocalTime.of(8, 0))
                        .atZone(ZONE)
                        .toOffsetDateTime();
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeException e) {
            throw new ClockSettingRefused("startup.clock-fixed.invalid", value);
        }
    }

    /** A {@code chibo.clock.fixed} setting the application will not start with; the message key names why. */
    public static final class ClockSettingRefused extends StartupSettingRefused {

        ClockSettingRefused(String key, String value) {
            super(key, value, "startup.clock-fixed.action");
        }
    }
}
