package vn.chibo.elections;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.CongressPreparationDetails.PaperKind;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NewsDraft;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Drafts a portal article about a closed congress from its records, in the way the education sector's portals report
 * one: the organization, the congress's number and term, date and place, attendance, the reports and discussion papers
 * heard, who was elected to the committee and its posts (with those its first conference elected), the delegates to
 * the higher congress, and the resolution with its targets and vote. It names only those elected (a public result of
 * the congress), never the votes each received, and carries no other personal data. Those who may read the congress
 * read its draft; the portal's editors read it once the convening committee has released it to the portal.
 */
@Service
public class CongressNews {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<ElectionKind> ORDER = List.of(
            ElectionKind.COMMITTEE,
            ElectionKind.STANDING_COMMITTEE,
            ElectionKind.SECRETARY,
            ElectionKind.DEPUTY_SECRETARY,
            ElectionKind.INSPECTION_COMMITTEE,
            ElectionKind.INSPECTION_CHAIR,
            ElectionKind.DELEGATE,
            ElectionKind.ALTERNATE_DELEGATE);

    private final CongressRecords records;
    private final CongressPreparation preparation;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private final CongressSpeakers speakers;

    CongressNews(
            CongressRecords records,
            CongressPreparation preparation,
            OrganizationAccess access,
            OrganizationManagement organizations,
            MessageSource messages,
            JdbcClient jdbc,
            AuditTrail audit,
            CongressSpeakers speakers) {
        this.speakers = speakers;
        this.records = records;
        this.preparation = preparation;
        this.access = access;
        this.organizations = organizations;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A congress whose news draft was released to the portal's editors. */
    public record ReleasedNews(CongressId congressId, String organizationName, LocalDate openingDate, String term) {}

    /** Whether the convening committee has released the congress's news draft to the portal. */
    @Transactional(readOnly = true)
    public boolean released(CongressId id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM elections.news_release WHERE congress_id = :id)")
                .param("id", id.value())
                .query(Boolean.class)
                .single();
    }

    /** Releases the draft of a closed congress to the portal's editors; only those who manage its elections decide. */
    @Transactional
    public void release(CurrentUser user, CongressId id) {
        CongressRecords.Row row = decidable(user, id);
        if (row.status() != CongressStatus.CLOSED) {
            throw new InvalidInputException("status", "congress.news.notClosed");
        }
        int added = jdbc.sql("INSERT INTO elections.news_release (congress_id, released_by) VALUES (:id, :by)"
                        + " ON CONFLICT DO NOTHING")
                .param("id", id.value())
                .param("by", user.username())
                .update();
        if (added > 0) {
            audit.record(
                    user,
                    "congress.news.release",
                    CongressManagement.ENTITY,
                    id.value(),
                    null,
                    Map.of("released", true));
        }
    }

    /** Takes the release back: the editors no longer read the draft (articles already made from it stay theirs). */
    @Transactional
    public void withdraw(CurrentUser user, CongressId id) {
        decidable(user, id);
        int removed = jdbc.sql("DELETE FROM elections.news_release WHERE congress_id = :id")
                .param("id", id.value())
                .update();
        if (removed > 0) {
            audit.record(
                    user,
                    "congress.news.withdraw",
                    CongressManagement.ENTITY,
                    id.value(),
                    Map.of("released", true),
                    null);
        }
    }

    /** The congresses released to the portal in the part of the tree where the user edits a portal, newest first. */
    @Transactional(readOnly = true)
    public List<ReleasedNews> releasedTo(CurrentUser user) {
        OrganizationScope scope = access.scope(user, Permission.PORTAL_EDIT);
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.id, o.name, c.opening_date, c.term_starts_on, c.term_ends_on"
                        + " FROM elections.news_release r JOIN elections.congress c ON c.id = r.congress_id"
                        + " JOIN organizations.organization_tree o ON o.id = c.organization_id"
                        + " WHERE c.status = 'CLOSED' AND " + scope.sqlCondition("o.path")
                        + " ORDER BY c.opening_date DESC, c.id DESC LIMIT 50")
                .params(scope.everything() ? Map.of() : Map.of("scopePaths", scope.pathArray()))
                .query((rs, n) -> new ReleasedNews(
                        CongressId.of(rs.getLong(1)),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class).getYear() + "–"
                                + rs.getObject(5, LocalDate.class).getYear()))
                .list();
    }

    private CongressRecords.Row decidable(CurrentUser user, CongressId id) {
        CongressRecords.Row row = records.load(id);
        if (!access.permissions(user, row.organizationId()).contains(Permission.ELECTION_VIEW)) {
            throw new NotFoundException("Congress", id);
        }
        access.require(user, row.organizationId(), Permission.ELECTION_MANAGE);
        return row;
    }

    /**
     * The draft, for those who may read the congress and, once released, for the portal's editors of the organizations
     * above it; for anyone else the congress does not exist. A congress not yet closed has no draft.
     */
    @Transactional(readOnly = true)
    public NewsDraft draft(CurrentUser user, CongressId id) {
        CongressRecords.Row row = records.load(id);
        Set<Permission> held = access.permissions(user, row.organizationId());
        if (!held.contains(Permission.ELECTION_VIEW) && !(held.contains(Permission.PORTAL_EDIT) && released(id))) {
            throw new NotFoundException("Congress", id);
        }
        if (row.status() != CongressStatus.CLOSED) {
            throw new InvalidInputException("status", "congress.news.notClosed");
        }
        CongressSummary summary = records.summary(id);
        OrganizationSummary organization = organizations.summary(CurrentUser.system(), row.organizationId());
        String term = row.termStart().getYear() + "–" + row.termEnd().getYear();
        boolean branch = organization.type() == OrganizationType.BRANCH
                || organization.type() == OrganizationType.GRASSROOTS_BRANCH
                || organization.type() == OrganizationType.CELL;
        if (row.kind() == CongressKind.COMMITTEE_CONFERENCE) {
            return conference(row, summary, term, branch);
        }
        String ordinal = summary.number() <= 10 ? text("congress.ordinal." + summary.number()) : summary.romanNumber();
        String title = text("congress.news.title", organization.name(), ordinal, term);
        String place = row.place() == null || row.place().isBlank() ? "" : text("congress.news.place", row.place());
        String lead = text(
                "congress.news.lead",
                date(row.openingDate()),
                place,
                organization.name(),
                text("congress.news.kind." + row.kind()),
                ordinal,
                term);
        List<String> body = new ArrayList<>();
        List<NewsDraft.Fact> facts = new ArrayList<>();
        facts.add(new NewsDraft.Fact(text("congress.news.fact.date"), date(row.openingDate())));
        facts.add(new NewsDraft.Fact(text("congress.news.fact.term"), term));
        AttendanceFigures figures = AttendanceCounting.figures(row.kind(), records.attendees(id));
        String who = text("congress.news.who." + row.kind());
        facts.add(new NewsDraft.Fact(
                text("congress.news.fact.attendance", who), figures.attending() + "/" + figures.summoned()));
        body.add(
                figures.guests() > 0
                        ? text(
                                "congress.news.attendanceGuests",
                                figures.attending(),
                                figures.summoned(),
                                who,
                                figures.guests())
                        : text("congress.news.attendance", figures.attending(), figures.summoned(), who));
        String guests = guests(records.attendees(id));
        if (guests != null) {
            body.add(text("congress.news.guests", guests));
        }
        papers(id, body);
        Map<ElectionKind, List<String>> elected = elected(id);
        // The committee's first conference elects its posts after a delegate congress: the news reports them too.
        for (CongressSummary child : records.summaries("c.parent_id = :p", Map.of("p", id.value()))) {
            if (child.status() != CongressStatus.PREPARATION) {
                elected(child.id()).forEach((kind, names) -> elected.putIfAbsent(kind, names));
            }
        }
        elections(elected, term, branch, higherName(organization), body, facts);
        resolution(records.resolution(id), body, facts);
        return new NewsDraft(title, lead, body, facts);
    }

    private NewsDraft conference(CongressRecords.Row row, CongressSummary summary, String term, boolean branch) {
        String title = text("congress.news.conferenceTitle", summary.organizationName(), term);
        String lead = text("congress.news.conferenceLead", date(row.openingDate()), summary.organizationName(), term);
        List<String> body = new ArrayList<>();
        List<NewsDraft.Fact> facts = new ArrayList<>();
        facts.add(new NewsDraft.Fact(text("congress.news.fact.date"), date(row.openingDate())));
        facts.add(new NewsDraft.Fact(text("congress.news.fact.term"), term));
        elections(elected(row.id()), term, branch, null, body, facts);
        return new NewsDraft(title, lead, body, facts);
    }

    /**
     * The guests as the congress introduced them (those who came, when the desk received them), in the order they were
     * entered: each by name and, where given, her title; null when there were none.
     */
    static String guests(List<Attendee> attendees) {
        List<String> guests = AttendanceCounting.introducedGuests(attendees).stream()
                .map(a -> a.title() == null ? a.fullName() : a.fullName() + ", " + a.title())
                .toList();
        return guests.isEmpty() ? null : String.join("; ", guests);
    }

    private void papers(CongressId id, List<String> body) {
        List<CongressPreparationDetails.Paper> papers =
                preparation.details(CurrentUser.system(), id).papers();
        List<String> reports = papers.stream()
                .filter(p -> p.kind() == PaperKind.POLITICAL_REPORT || p.kind() == PaperKind.COMMITTEE_REVIEW)
                .sorted(java.util.Comparator.comparing(CongressPreparationDetails.Paper::kind))
                .map(p -> "“" + p.title() + "”")
                .toList();
        if (!reports.isEmpty()) {
            body.add(text("congress.news.reports", String.join("; ", reports)));
        }
        // Each discussion paper with who presented it, as the sector's news cite them: as heard at the congress when
        // the presidium kept the list of speakers, else as entered in the congress's file.
        CongressSpeakers.Discussion heard = speakers.discussionOf(id);
        if (heard.any()) {
            List<String> presented = heard.heard().stream()
                    .filter(CongressSpeakers.Speaker::presentsPaper)
                    .map(s -> "“" + s.topic() + "” ("
                            + (s.guest() ? s.fullName() : text("congress.news.comrade", s.fullName())) + ")")
                    .toList();
            if (!presented.isEmpty()) {
                body.add(text("congress.news.discussion", presented.size(), String.join("; ", presented)));
            }
            if (heard.opinions() > 0) {
                body.add(text("congress.news.opinions", heard.opinions()));
            }
            return;
        }
        List<String> discussion = papers.stream()
                .filter(p -> p.kind() == PaperKind.DISCUSSION_PAPER)
                .map(p -> p.author() == null || p.author().isBlank()
                        ? "“" + p.title() + "”"
                        : "“" + p.title() + "” (" + p.author().strip() + ")")
                .toList();
        if (!discussion.isEmpty()) {
            body.add(text("congress.news.discussion", discussion.size(), String.join("; ", discussion)));
        }
    }

    /**
     * Who each election of the congress elected, in the Vietnamese alphabetical order of given names (then of the whole
     * name): a news article does not rank them by votes.
     */
    private Map<ElectionKind, List<String>> elected(CongressId id) {
        Collator vietnamese = Collator.getInstance(VIETNAMESE);
        java.util.Comparator<String> collator = java.util.Comparator.<String, String>comparing(
                        name -> name.strip().substring(name.strip().lastIndexOf(' ') + 1), vietnamese)
                .thenComparing(vietnamese);
        Map<ElectionKind, List<String>> elected = new EnumMap<>(ElectionKind.class);
        for (ElectionSummary e : records.electionSummaries(id)) {
            if (e.status() != ElectionStatus.OPEN && !e.elected().isEmpty()) {
                List<String> names = new ArrayList<>(e.elected());
                names.sort(collator);
                elected.put(e.kind(), names);
            }
        }
        return elected;
    }

    private void elections(
            Map<ElectionKind, List<String>> elected,
            String term,
            boolean branch,
            String higher,
            List<String> body,
            List<NewsDraft.Fact> facts) {
        String committee = text(branch ? "congress.news.committee.branch" : "congress.news.committee.party");
        for (ElectionKind kind : ORDER) {
            List<String> names = elected.get(kind);
            if (names == null) {
                continue;
            }
            String bodyName = kind == ElectionKind.COMMITTEE ? committee : text("congress.news.fact.body." + kind);
            names.forEach(name -> facts.add(new NewsDraft.Fact(text("congress.news.fact.elected", bodyName), name)));
            String list = String.join(", ", names);
            switch (kind) {
                case COMMITTEE ->
                    body.add(text("congress.news.elected.COMMITTEE", names.size(), committee, term, list));
                case SECRETARY, DEPUTY_SECRETARY, INSPECTION_CHAIR ->
                    body.add(text(
                            names.size() == 1 ? "congress.news.elected.post" : "congress.news.elected.posts",
                            list,
                            text("congress.news.post." + kind),
                            term));
                case DELEGATE -> {
                    List<String> alternates = elected.getOrDefault(ElectionKind.ALTERNATE_DELEGATE, List.of());
                    String to = higher == null ? text("congress.news.higherUnnamed") : higher;
                    body.add(
                            alternates.isEmpty()
                                    ? text("congress.news.elected.DELEGATE", names.size(), to, list)
                                    : text(
                                            "congress.news.elected.delegates",
                                            names.size(),
                                            alternates.size(),
                                            to,
                                            list,
                                            String.join(", ", alternates)));
                }
                case ALTERNATE_DELEGATE -> {
                    if (!elected.containsKey(ElectionKind.DELEGATE)) {
                        body.add(text("congress.news.elected.ALTERNATE_DELEGATE", names.size(), list));
                    }
                }
                default -> body.add(text("congress.news.elected." + kind, names.size(), term, list));
            }
        }
    }

    private String higherName(OrganizationSummary organization) {
        if (organization.parentId() == null) {
            return null;
        }
        return organizations
                .summary(CurrentUser.system(), organization.parentId())
                .name();
    }

    private void resolution(ResolutionDetails resolution, List<String> body, List<NewsDraft.Fact> facts) {
        if (resolution == null) {
            return;
        }
        List<String> targets = resolution.targets().stream()
                .map(t -> t.comparator() == Target.Comparator.AT_MOST
                                && t.threshold() != null
                                && t.threshold().signum() == 0
                        ? t.indicator()
                        : text(
                                "congress.target." + t.comparator(),
                                t.indicator(),
                                number(t.threshold()),
                                text("congress.target.unit." + t.unit()),
                                t.base() == null ? "" : t.base()))
                .map(String::strip)
                .toList();
        if (!targets.isEmpty()) {
            body.add(text("congress.news.targets", String.join("; ", targets)));
        }
        String title = resolution.title() == null || resolution.title().isBlank()
                ? text("congress.news.resolution.defaultTitle")
                : resolution.title();
        if (resolution.adopted() && resolution.agree() == resolution.denominator()) {
            body.add(text("congress.news.resolution.unanimous", title));
            facts.add(new NewsDraft.Fact(text("congress.news.fact.resolution"), "100%"));
        } else {
            if (resolution.adopted()) {
                facts.add(new NewsDraft.Fact(
                        text("congress.news.fact.resolution"), number(resolution.agreePercent()) + "%"));
            }
            body.add(text(
                    resolution.adopted() ? "congress.news.resolution.adopted" : "congress.news.resolution.notAdopted",
                    title,
                    number(resolution.agreePercent()) + "%"));
        }
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
