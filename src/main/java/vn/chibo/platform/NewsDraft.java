package vn.chibo.platform;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A draft news article assembled from a record (a meeting, a congress): title, lead and body paragraphs, as plain
 * text. It goes to the portal's editorial workflow, or is downloaded as a small HTML document. {@code facts} are the
 * figures and names the draft states from the record, each exactly as written in it, so that the article the editors
 * make of it can be checked against the record before it is submitted.
 */
public record NewsDraft(String title, String lead, List<String> body, List<Fact> facts) {

    /**
     * One fact the draft states: what it is ("số đảng viên có mặt") and its value as the draft writes it ("28/30").
     */
    public record Fact(String label, String value) {}

    public NewsDraft {
        body = List.copyOf(body);
        facts = List.copyOf(facts);
    }

    /** A draft without facts to check. */
    public NewsDraft(String title, String lead, List<String> body) {
        this(title, lead, body, List.of());
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
