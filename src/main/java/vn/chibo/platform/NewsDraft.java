package vn.chibo.platform;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A draft news article assembled from a record (a meeting, a congress): title, lead and body paragraphs, as plain
 * text. It goes to the portal's editorial workflow, or is downloaded as a small HTML document.
 */
public record NewsDraft(String title, String lead, List<String> body) {

    public NewsDraft {
        body = List.copyOf(body);
    }

    /** The body as HTML paragraphs, each escaped. */
    public String bodyHtml() {
        StringBuilder html = new StringBuilder();
        body.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        return html.toString();
    }

    /** The draft as a small HTML document, for download until it goes to the portal's editorial workflow. */
    public String html() {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1><p><strong>" + escape(lead) + "</strong></p>"
                + bodyHtml() + "</body></html>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
