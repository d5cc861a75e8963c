package vn.chibo.portal.weather;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeatherProviderTests {

    private final WeatherConfiguration configuration = new WeatherConfiguration();

    @Test
    void withoutAKeyThereIsNoWeatherAndNoError() {
        assertThat(configuration
                        .weatherProvider("", "Bình Sơn", 13.78, 109.22, "http://127.0.0.1:9/weather")
                        .current())
                .isEmpty();
    }

    @Test
    void anUnreachableWeatherServiceShowsNothingRatherThanAnError() {
        // Port 9 (discard) refuses the connection at once on a machine without network access to the service.
        WeatherProvider provider =
                configuration.weatherProvider("demo-key", "Bình Sơn", 13.78, 109.22, "http://127.0.0.1:9/weather");
        assertThat(provider.current()).isEmpty();
    }
}
