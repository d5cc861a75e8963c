package vn.chibo.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.meetings.MeetingDetails.Decision;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Drafts a portal article about a closed meeting from its facts: organization, kind, date, guests by their titles,
 * topic, number of opinions, the vote, and the score band when the branch chose to publish it. It names no member
 * and carries no personal data.
 */
@Service
public class MeetingNews {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MeetingManagement meetings;
    private final OrganizationManagement organizations;
    private final MessageSource messages;

    MeetingNews(MeetingManagement meetings, OrganizationManagement organizations, MessageSource messages) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** A draft article: title, lead and body paragraphs. */
    public record Draft(String title, String lead, List<String> body) {

        /** The draft as a small HTML document, for download until it goes to the portal's editorial workflow. */
        public String html() {
            StringBuilder html = new StringBuilder(
                            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                    .append(HtmlUtils.htmlEscape(title, "UTF-8"))
                    .append("</title></head><body><h1>")
                    .append(HtmlUtils.htmlEscape(title, "UTF-8"))
                    .append("</h1><p><strong>")
                    .append(HtmlUtils.htmlEscape(lead, "UTF-8"))
                    .append("</strong></p>");
            body.forEach(p ->
                    html.append("<p>").append(HtmlUtils.htmlEscape(p, "UTF-8")).append("</p>"));
            return html.append("</body></html>").toString();
        }
    }

    public Draft draft(CurrentUser user, MeetingId id) {
        // The draft carries no personal data, so the portal's editors may take it too, without seeing the record.
        MeetingDetails m = meetings.details(CurrentUser.system(), id);
        var held = organizations.permissions(user, m.organizationId());
        if (!held.contains(Permission.MEETING_VIEW) && !held.contains(Permission.PORTAL_EDIT)) {
            throw new NotFoundException("Meeting", id);
        }
        if (m.status() != MeetingStatus.CLOSED) {
            throw new InvalidInputException("status", "meeting.news.notClosed");
        }
        MeetingRecord r = m.record();
        String kind = text("news.kind." + r.kind());
        String date = r.date().getDayOfMonth() + "/" + r.date().getMonthValue() + "/"
                + r.date().getYear();
        String title = r.topic() == null
                ? text(
                        "news.title",
                        m.organizationName(),
                        kind,
                        r.date().getMonthValue(),
                        Integer.toString(r.date().getYear()))
                : text("news.titleTopic", m.organizationName(), kind, r.topic());
        String lead = text(
                "news.lead", date, m.organizationName(), kind, r.topic() == null ? "" : text("news.topic", r.topic()));
        List<String> body = new ArrayList<>();
        List<String> guests = m.guests().stream()
                .map(g -> g.title() == null ? text("guest.kind." + g.kind()) : g.title())
                .distinct()
                .collect(Collectors.toList());
        if (!guests.isEmpty()) {
            body.add(text("news.guests", String.join("; ", guests)));
        }
        body.add(text("news.attendance", m.counts().present(), m.counts().expected()));
        if (!m.reports().isEmpty()) {
            body.add(text(
                    "news.reports",
                    m.reports().stream().map(MeetingDetails.Report::title).collect(Collectors.joining("; "))));
        }
        body.add(text("news.opinions", m.opinions().size(), Math.round(m.speakersShare() * 100)));
        for (Decision d : m.decisions()) {
            body.add(text(
                    d.vote().passed() ? "news.vote.passed" : "news.vote.failed",
                    d.title(),
                    d.vote().unanimous()
                            ? text("news.vote.unanimous")
                            : d.vote().agreePercent() + "%"));
        }
        if (r.publishScore() && m.score() != null) {
            body.add(text("news.band", text("band." + m.score().band())));
        }
        return new Draft(title, lead, body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
