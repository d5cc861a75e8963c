package vn.chibo.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.DocumentNumber;
import vn.chibo.documents.DocumentType;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;
import vn.chibo.organizations.Letterhead;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/**
 * The documents of a congress's preparatory session: its minutes (the bodies elected, the agenda and working rules
 * adopted, each show of hands) and, at a delegate congress, the credentials committee's report; numbered in the
 * congress's single run like every congress document.
 */
@Service
public class SessionDocuments {

    private final CongressPaperwork paper;
    private final CongressSessions sessions;
    private final CongressRecords congresses;
    private final ElectionRecords elections;

    SessionDocuments(
            CongressPaperwork paper, CongressSessions sessions, CongressRecords congresses, ElectionRecords elections) {
        this.paper = paper;
        this.sessions = sessions;
        this.congresses = congresses;
        this.elections = elections;
    }

    /**
     * The minutes of the secret opinion ballot on the nominees from the floor and self-nominees of an election,
     * counted by the presidium and the secretariat (HD 04-HD/TW, form 5).
     */
    @Transactional
    public byte[] opinionBallotMinutes(CurrentUser user, ElectionId electionId, CongressDocuments.Format format) {
        ElectionRecords.Row election = elections.load(electionId);
        CongressRecords.Row congress = paper.manageable(user, election.congressId());
        return paper.render(opinionBallotMinutes(user, congress, election), format);
    }

    PartyDocument opinionBallotMinutes(CurrentUser user, CongressRecords.Row congress, ElectionRecords.Row election) {
        List<ElectionDetails.Nomination> nominations = elections.nominations(election.id());
        if (nominations.isEmpty()) {
            throw new InvalidInputException("electionId", "nomination.minutes.none");
        }
        Letterhead head = paper.letterhead(user, congress);
        LocalDate date = CongressPaperwork.dated(congress);
        String subject = paper.subject(election.kind(), congress, head);
        String summary = paper.text("nomination.minutes.summary", subject);
        DocumentNumber number = paper.number(
                user, congress, DocumentType.MINUTES, summary, "election:" + election.id() + ":opinion-ballot", date);
        CongressSessionDetails s = sessions.details(congress);
        List<Block> body = new ArrayList<>();
        List<String> counters = new ArrayList<>();
        s.members(SessionBody.PRESIDIUM).forEach(m -> counters.add(m.fullName()));
        s.members(SessionBody.SECRETARIAT).forEach(m -> counters.add(m.fullName()));
        body.add(Block.paragraph(paper.text(
                "nomination.minutes.counters",
                counters.isEmpty() ? paper.text("nomination.minutes.bodies") : String.join(", ", counters))));
        int rule = vn.chibo.elections.rules.ElectionRules.on(congress.openingDate())
                .floorNominationPercent();
        int i = 1;
        for (ElectionDetails.Nomination n : nominations) {
            body.add(Block.heading(i++ + ". " + n.fullName() + " ("
                    + paper.text(n.self() ? "nomination.minutes.self" : "nomination.minutes.floor") + ")"));
            body.add(Block.paragraph(paper.text(
                    "nomination.minutes.result",
                    n.present(),
                    n.present(),
                    n.inFavour(),
                    CountingMinutes.percent(java.math.BigDecimal.valueOf(n.inFavour() * 100L)
                            .divide(java.math.BigDecimal.valueOf(n.present()), 2, java.math.RoundingMode.HALF_UP)),
                    rule,
                    paper.text(n.added() ? "nomination.minutes.added" : "nomination.minutes.notAdded"))));
        }
        return paper.ofCongress(congress, head, number, date, summary, body, signatures(s), List.of());
    }

    /** The minutes of the preparatory session. */
    @Transactional
    public byte[] preparatoryMinutes(CurrentUser user, CongressId id, CongressDocuments.Format format) {
        CongressRecords.Row congress = paper.manageable(user, id);
        return paper.render(preparatoryMinutes(user, congress), format);
    }

    /** The credentials committee's report (delegate congress). */
    @Transactional
    public byte[] credentialsReport(CurrentUser user, CongressId id, CongressDocuments.Format format) {
        CongressRecords.Row congress = paper.manageable(user, id);
        return paper.render(credentialsReport(user, congress), format);
    }

    PartyDocument preparatoryMinutes(CurrentUser user, CongressRecords.Row congress) {
        CongressSessionDetails s = sessions.details(congress);
        if (!s.preparatoryHeld()) {
            throw new InvalidInputException("session", "congress.session.notRecorded");
        }
        Letterhead head = paper.letterhead(user, congress);
        LocalDate date = s.preparatoryOn();
        String summary = paper.text("session.minutes.summary", paper.congressLine(congress, head));
        DocumentNumber number =
                paper.number(user, congress, DocumentType.MINUTES, summary, "congress:session:preparatory", date);
        AttendanceFigures f = AttendanceCounting.figures(congress.kind(), congresses.attendees(congress.id()));
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(paper.text(
                "session.minutes.opened",
                date.getDayOfMonth(),
                date.getMonthValue(),
                Integer.toString(date.getYear()),
                congress.place() == null ? head.place() == null ? "" : head.place() : congress.place())));
        body.add(Block.paragraph(
                paper.text("session.minutes.attendance", f.summoned(), f.attending(), f.absent(), f.denominator())));
        int item = 1;
        for (SessionBody b : SessionBody.values()) {
            List<CongressSessionDetails.BodyMember> members = s.members(b);
            if (members.isEmpty()) {
                continue;
            }
            body.add(Block.heading(item++ + ". " + paper.text("session.body." + b.name())));
            List<String> names = new ArrayList<>();
            for (CongressSessionDetails.BodyMember m : members) {
                names.add(
                        m.head()
                                ? paper.text(
                                        "session.minutes.head", m.fullName(), paper.text("session.head." + b.name()))
                                : m.fullName());
            }
            body.add(Block.paragraph(String.join("; ", names)));
            vote(s, SessionVote.Item.valueOf(b.name())).ifPresent(body::add);
        }
        body.add(Block.heading(item++ + ". " + paper.text("session.agenda")));
        body.add(Block.paragraph(s.agenda()));
        vote(s, SessionVote.Item.AGENDA).ifPresent(body::add);
        body.add(Block.heading(item++ + ". " + paper.text("session.workingRules")));
        body.add(Block.paragraph(s.workingRules()));
        vote(s, SessionVote.Item.WORKING_RULES).ifPresent(body::add);
        if (s.credentialsCommitteeRequired()) {
            body.add(Block.heading(item + ". " + paper.text("session.credentialsReport")));
            body.add(Block.paragraph(paper.text("session.minutes.credentialsHeard")));
            vote(s, SessionVote.Item.CREDENTIALS_REPORT).ifPresent(body::add);
        }
        body.add(Block.paragraph(paper.text("session.minutes.closed")));
        return paper.ofCongress(congress, head, number, date, summary, body, signatures(s), List.of());
    }

    PartyDocument credentialsReport(CurrentUser user, CongressRecords.Row congress) {
        CongressSessionDetails s = sessions.details(congress);
        if (!s.credentialsCommitteeRequired()) {
            throw new InvalidInputException("kind", "congress.session.credentialsOnlyDelegates");
        }
        if (!s.preparatoryHeld()) {
            throw new InvalidInputException("session", "congress.session.notRecorded");
        }
        Letterhead head = paper.letterhead(user, congress);
        LocalDate date = s.preparatoryOn();
        String summary = paper.text("session.credentials.summary");
        DocumentNumber number =
                paper.number(user, congress, DocumentType.REPORT, summary, "congress:session:credentials", date);
        List<Attendee> attendees = congresses.attendees(congress.id());
        AttendanceFigures f = AttendanceCounting.figures(congress.kind(), attendees);
        long alternates = attendees.stream().filter(Attendee::alternate).count();
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(
                paper.text("session.credentials.summoned", f.summoned() + f.notSummoned(), f.summoned(), alternates)));
        body.add(Block.heading(paper.text("session.credentials.notSummoned")));
        if (s.notSummoned().isEmpty()) {
            body.add(Block.paragraph(paper.text("session.credentials.none")));
        }
        for (Attendee a : s.notSummoned()) {
            body.add(Block.paragraph(
                    "- " + a.fullName() + ": " + paper.text("congress.notSummoned." + a.notSummonedReason())));
        }
        body.add(Block.heading(paper.text("session.credentials.absent")));
        if (s.absent().isEmpty()) {
            body.add(Block.paragraph(paper.text("session.credentials.none")));
        }
        for (Attendee a : s.absent()) {
            body.add(Block.paragraph("- " + a.fullName()
                    + (a.reason() == null ? "" : ": " + a.reason())
                    + (a.reasonAccepted() ? " " + paper.text("session.credentials.accepted") : "")));
        }
        body.add(Block.heading(paper.text("session.credentials.replacements")));
        if (s.replacements().isEmpty()) {
            body.add(Block.paragraph(paper.text("session.credentials.none")));
        }
        for (CongressSessionDetails.Replacement r : s.replacements()) {
            body.add(Block.paragraph(paper.text("session.credentials.replaces", r.alternate(), r.absentDelegate())));
        }
        body.add(Block.paragraph(paper.text("session.credentials.conclusion", f.attending(), f.denominator())));
        Signature credentialsHead = new Signature(
                paper.text("session.credentials.capacity"),
                paper.text("session.head.CREDENTIALS_COMMITTEE").toUpperCase(CongressPaperwork.VIETNAMESE),
                headOf(s, SessionBody.CREDENTIALS_COMMITTEE));
        return paper.ofCongress(congress, head, number, date, summary, body, List.of(credentialsHead), List.of());
    }

    private java.util.Optional<Block> vote(CongressSessionDetails s, SessionVote.Item item) {
        return s.votes().stream()
                .filter(v -> v.item() == item)
                .findFirst()
                .map(v -> Block.paragraph(paper.text(
                        "session.minutes.vote",
                        v.agree(),
                        v.denominator(),
                        v.disagree(),
                        paper.text(v.adopted() ? "minutes.vote.passed" : "minutes.vote.failed"))));
    }

    private List<Signature> signatures(CongressSessionDetails s) {
        return paper.presidiumAndSecretariat(headOf(s, SessionBody.PRESIDIUM), headOf(s, SessionBody.SECRETARIAT));
    }

    private static String headOf(CongressSessionDetails s, SessionBody body) {
        return s.members(body).stream()
                .filter(CongressSessionDetails.BodyMember::head)
                .map(CongressSessionDetails.BodyMember::fullName)
                .findFirst()
                .orElse("");
    }
}
