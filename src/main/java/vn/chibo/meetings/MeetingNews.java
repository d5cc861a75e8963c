package vn.chibo.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meetings.MeetingDetails.Resolution;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NewsDraft;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Drafts a portal article about a closed meeting from its facts: organization, kind, date, guests by their titles,
 * topic, number of opinions, the vote, and the score band when the branch chose to publish it. It names no member
 * and carries no personal data. Those who may read the meeting read its draft; the portal's editors read it only once
 * the branch has released it to the portal (a committee meeting may have decided on a member's discipline).
 */
@Service
public class MeetingNews {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MeetingManagement meetings;
    private final OrganizationAccess organizations;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MeetingNews(
            MeetingManagement meetings,
            OrganizationAccess organizations,
            MessageSource messages,
            JdbcClient jdbc,
            AuditTrail audit) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A meeting whose news draft the branch released to the portal's editors. */
    public record ReleasedNews(
            MeetingId meetingId, String organizationName, MeetingKind kind, LocalDate date, String topic) {}

    /** Whether the branch has released the meeting's news draft to the portal. */
    @Transactional(readOnly = true)
    public boolean released(MeetingId id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meetings.news_release WHERE meeting_id = :id)")
                .param("id", id.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * Releases the news draft of a closed meeting to the portal's editors of the organizations above it; only those who
     * record the branch's meetings decide it.
     */
    @Transactional
    public void release(CurrentUser user, MeetingId id) {
        MeetingDetails m = decidable(user, id);
        if (m.status() != MeetingStatus.CLOSED) {
            throw new InvalidInputException("status", "meeting.news.notClosed");
        }
        int added = jdbc.sql("INSERT INTO meetings.news_release (meeting_id, released_by) VALUES (:id, :by)"
                        + " ON CONFLICT DO NOTHING")
                .param("id", id.value())
                .param("by", user.username())
                .update();
        if (added > 0) {
            audit.record(user, "meeting.news.release", "Meeting", id.value(), null, Map.of("released", true));
        }
    }

    /** Takes the release back: the portal's editors no longer read the draft (articles made from it stay theirs). */
    @Transactional
    public void withdraw(CurrentUser user, MeetingId id) {
        decidable(user, id);
        int removed = jdbc.sql("DELETE FROM meetings.news_release WHERE meeting_id = :id")
                .param("id", id.value())
                .update();
        if (removed > 0) {
            audit.record(user, "meeting.news.withdraw", "Meeting", id.value(), Map.of("released", true), null);
        }
    }

    /** The meetings released to the portal in the part of the tree where the user edits a portal, newest first. */
    @Transactional(readOnly = true)
    public List<ReleasedNews> releasedTo(CurrentUser user) {
        OrganizationScope scope = organizations.scope(user, Permission.PORTAL_EDIT);
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT m.id, o.name, m.kind, m.meeting_date, m.topic FROM meetings.news_release r"
                        + " JOIN meetings.meeting m ON m.id = r.meeting_id"
                        + " JOIN organizations.organization_tree o ON o.id = m.organization_id"
                        + " WHERE m.status = 'CLOSED' AND " + scope.sqlCondition("o.path")
                        + " ORDER BY m.meeting_date DESC, m.id DESC LIMIT 50")
                .params(scope.everything() ? Map.of() : Map.of("scopePaths", scope.pathArray()))
                .query((rs, n) -> new ReleasedNews(
                        MeetingId.of(rs.getLong(1)),
                        rs.getString(2),
                        MeetingKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
    }

    private MeetingDetails decidable(CurrentUser user, MeetingId id) {
        MeetingDetails m = meetings.details(user, id);
        organizations.require(user, m.organizationId(), Permission.MEETING_RECORD);
        return m;
    }

    /**
     * The draft, for those who may read the meeting, and for the portal's editors of the organizations above it once
     * the branch has released it; for anyone else the meeting does not exist.
     */
    @Transactional(readOnly = true)
    public NewsDraft draft(CurrentUser user, MeetingId id) {
        MeetingDetails m = meetings.details(CurrentUser.system(), id);
        Set<Permission> held = organizations.permissions(user, m.organizationId());
        boolean reader = held.contains(Permission.MEETING_VIEW);
        if (!reader && !(held.contains(Permission.PORTAL_EDIT) && released(id))) {
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
        List<NewsDraft.Fact> facts = new ArrayList<>();
        facts.add(new NewsDraft.Fact(text("news.fact.date"), date));
        List<String> guests = m.guests().stream()
                .map(g -> g.title() == null ? text("guest.kind." + g.kind()) : g.title())
                .distinct()
                .collect(Collectors.toList());
        if (!guests.isEmpty()) {
            body.add(text("news.guests", String.join("; ", guests)));
        }
        body.add(text("news.attendance", m.counts().present(), m.counts().expected()));
        facts.add(new NewsDraft.Fact(
                text("news.fact.attendance"),
                m.counts().present() + "/" + m.counts().expected()));
        if (!m.reports().isEmpty()) {
            body.add(text(
                    "news.reports",
                    m.reports().stream().map(MeetingDetails.Report::title).collect(Collectors.joining("; "))));
        }
        body.add(text("news.opinions", m.opinions().size(), Math.round(m.speakersShare() * 100)));
        for (Resolution d : m.resolutions()) {
            String percent = d.vote().unanimous()
                    ? text("news.vote.unanimous")
                    : d.vote().agreePercent() + "%";
            body.add(text(d.vote().passed() ? "news.vote.passed" : "news.vote.failed", d.title(), percent));
            if (d.vote().passed()) {
                facts.add(new NewsDraft.Fact(text("news.fact.vote", d.title()), percent));
            }
        }
        if (r.publishScore() && m.score() != null) {
            String band = text("band." + m.score().band());
            body.add(text("news.band", band));
            facts.add(new NewsDraft.Fact(text("news.fact.band"), text("news.fact.bandValue", band)));
        }
        return new NewsDraft(title, lead, body, facts);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
