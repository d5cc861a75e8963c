package vn.chibo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.json.JsonWriter;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The answers the security filters give before any controller runs (401, 403, 413, 429): JSON for the API, in the shape
 * of the application's other API errors ({@code status}, {@code message}), or a small page; in the caller's language,
 * from the message bundles: the language cookie or {@code Accept-Language}, Vietnamese by default.
 */
final class ApiErrorResponses {

    private static final JsonWriter<Map<String, Object>> JSON = JsonWriter.standard();

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiErrorResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * A small page of its own, for refusals made before the request is read (see UploadGuard): the application's error
     * pages would have the server read the request's parameters, and with them a whole upload.
     */
    void page(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... arguments)
            throws IOException {
        var locale = locales.resolveLocale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.error.title", null, locale));
        String message = HtmlUtils.htmlEscape(messages.getMessage(key, arguments, locale));
        String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale));
        String context = HtmlUtils.htmlEscape(request.getContextPath());
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                        + "</title><link rel=\"stylesheet\" href=\"" + context + "/css/chibo.css\"></head><body>"
                        + "<main id=\"main\" class=\"narrow error-page\"><p class=\"error-code\">" + status
                        + "</p><h1>" + title + "</h1><p role=\"alert\">" + message + "</p><p><a href=\"" + context
                        + "/\">" + home + "</a></p></main></body></html>");
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
