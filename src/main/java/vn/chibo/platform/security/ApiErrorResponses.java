package vn.chibo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.json.JsonWriter;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The JSON answers the security filters give the API before any controller runs (401, 403, 429), in the shape of the
 * application's other API errors ({@code status}, {@code message}) and in the caller's language, from the message
 * bundles: the language cookie or {@code Accept-Language}, Vietnamese by default.
 */
final class ApiErrorResponses {

    private static final JsonWriter<Map<String, Object>> JSON = JsonWriter.standard();

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiErrorResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... arguments)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", messages.getMessage(key, arguments, locales.resolveLocale(request)));
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeToString(body));
    }
}
