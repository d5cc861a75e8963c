package vn.chibo.portal.weather;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Weather comes from OpenWeatherMap when {@code chibo.portal.weather.api-key} is set; otherwise there is no weather and
 * the widget is not shown. Answers are kept for 20 minutes, and a failed call shows nothing rather than an error. The
 * key is looked at when the application starts (not by a condition, which the ahead-of-time processed jar would have
 * settled when it was built).
 */
@Configuration(proxyBeanMethods = false)
class WeatherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WeatherConfiguration.class);

    @Bean
    WeatherProvider weatherProvider(
            @Value("${chibo.portal.weather.api-key:}") String key,
            @Value("${chibo.portal.weather.place:Hà Nội}") String place,
            @Value("${chibo.portal.weather.latitude:21.0285}") double latitude,
            @Value("${chibo.portal.weather.longitude:105.8542}") double longitude,
            @Value("${chibo.portal.weather.url:https://api.openweathermap.org/data/2.5/weather}") String url) {
        if (!StringUtils.hasText(key)) {
            return Optional::empty;
        }
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(3));
        RestClient client = RestClient.builder().requestFactory(requests).build();
        LoadingCache<String, Optional<WeatherProvider.Weather>> cache = Caffeine.newBuilder()
                .refreshAfterWrite(Duration.ofMinutes(20))
                .expireAfterWrite(Duration.ofHours(2))
                .build(k -> {
                    try {
                        JsonNode body = client.get()
                                .uri(
                                        url + "?lat={lat}&lon={lon}&units=metric&lang=vi&appid={key}",
                                        latitude,
                                        longitude,
                                        key)
                                .retrieve()
                                .body(JsonNode.class);
                        return Optional.of(new WeatherProvider.Weather(
                                place,
                                Math.round(body.path("main").path("temp").asDouble()),
                                body.path("weather").path(0).path("description").asString(""),
                                body.path("main").path("humidity").asInt()));
                    } catch (RuntimeException e) {
                        log.info("Weather unavailable: {}", e.getMessage());
                        return Optional.empty();
                    }
                });
        return () -> cache.get("now");
    }
}
