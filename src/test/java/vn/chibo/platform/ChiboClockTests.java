package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class ChiboClockTests {

    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ChiboClock.ZONE);

    @Test
    void withoutTheSettingItIsTheRealTimeOfHaNoi() {
        Clock clock = ChiboClock.of(null, false, SYSTEM);
        assertThat(clock.instant()).isEqualTo(SYSTEM.instant());
        assertThat(clock.getZone()).isEqualTo(ChiboClock.ZONE);
        assertThat(ChiboClock.of(" ", true, SYSTEM).instant()).isEqualTo(SYSTEM.instant());
    }

    @Test
    void inTheDemoProfileItStartsAtTheGivenMomentAndRunsOn() {
        Clock clock = ChiboClock.of("2026-12-10T08:00:00+07:00", true, SYSTEM);
        assertThat(clock.instant())
                .isEqualTo(OffsetDateTime.parse("2026-12-10T08:00:00+07:00").toInstant());
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 10));

        MovingClock system = new MovingClock();
        Clock running = ChiboClock.of("2026-12-10T08:00:00+07:00", true, system);
        system.now = system.now.plus(Duration.ofMinutes(5));
        assertThat(running.instant())
                .isEqualTo(OffsetDateTime.parse("2026-12-10T08:05:00+07:00").toInstant());
        // A date alone is 08:00 of that day in Hà Nội; a moment late in the UTC day is already the next day there.
        assertThat(ChiboClock.of("2028-02-29", true, SYSTEM).instant())
                .isEqualTo(Instant.parse("2028-02-29T01:00:00Z"));
        assertThat(LocalDate.now(ChiboClock.of("2026-12-31T20:00:00Z", true, SYSTEM)))
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aProductionStartRefusesTheSettingWithAClearReport() {
        assertThatThrownBy(() -> ChiboClock.of("2026-12-10T08:00:00+07:00", false, SYSTEM))
                .isInstanceOfSatisfying(ChiboClock.ClockSettingRefused.class, refused -> {
                    FailureAnalysis analysis = new StartupSettingFailureAnalyzer().analyze(refused);
                    assertThat(analysis.getDescription())
                            .contains("chỉ dùng được với hồ sơ demo")
                            .contains("only for the demo profile")
                            .contains("2026-12-10T08:00:00+07:00");
                    assertThat(analysis.getAction()).contains("CHIBO_CLOCK_FIXED");
                });
    }

    @Test
    void anUnreadableSettingIsRefusedNamingTheExpectedForm() {
        assertThatThrownBy(() -> ChiboClock.of("10/12/2026", true, SYSTEM))
                .isInstanceOfSatisfying(
                        ChiboClock.ClockSettingRefused.class, refused -> assertThat(new StartupSettingFailureAnalyzer()
                                        .analyze(refused)
                                        .getDescription())
                                .contains("2026-12-10T08:00:00+07:00")
                                .contains("10/12/2026"));
    }

    /** The real time, moved on by hand. */
    private static final class MovingClock extends Clock {

        Instant now = SYSTEM.instant();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
