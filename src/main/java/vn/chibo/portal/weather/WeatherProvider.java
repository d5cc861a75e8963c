package vn.chibo.portal.weather;

import java.util.Optional;

/** Current weather for the public pages' widget. An implementation never throws: no answer means no widget. */
public interface WeatherProvider {

    Optional<Weather> current();

    /** What the widget shows. */
    record Weather(String place, long temperatureCelsius, String description, int humidityPercent) {}
}
