package vn.chibo.platform;

/**
 * A setting the application will not start with: {@code key} is the message that says why, {@code value} what was set
 * (empty when nothing was), {@code actionKey} the message that says what to do. {@link StartupSettingFailureAnalyzer}
 * turns it into Spring Boot's short start-up report.
 */
public class StartupSettingRefused extends IllegalStateException {

    private final String key;
    private final String value;
    private final String actionKey;

    protected StartupSettingRefused(String key, String value, String actionKey) {
        super(key + (value.isEmpty() ? "" : ": " + value));
        this.key = key;
        this.value = value;
        this.actionKey = actionKey;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public String actionKey() {
        return actionKey;
    }
}
