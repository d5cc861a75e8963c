package vn.chibo.elections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.DocumentNumbering;
import vn.chibo.documents.DocumentType;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.Letterhead;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.Position;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;

/**
 * The notice convening a congress (thông báo triệu tập đại hội): the outgoing committee summons those on the list to
 * the congress's day and place, on the higher committee's plan and the election regulation in force, with the list of
 * those summoned appended. A notice of the organization (numbered in its own run of notices, the same number when it
 * is issued again), dated the day the congress was convened, signed for the committee by its secretary on the eve of
 * the opening. Needs ELECTION_MANAGE; a closed congress or a conference of the new committee (convened by the congress
 * itself) has none.
 */
@Service
public class CongressSummons {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CongressRecords records;
    private final CongressPaperwork paper;
    private final DocumentNumbering numbering;
    private final OrganizationTerms terms;
    private final AuditTrail audit;
    private final Clock clock;

    CongressSummons(
            CongressRecords records,
            CongressPaperwork paper,
            DocumentNumbering numbering,
            OrganizationTerms terms,
            AuditTrail audit,
            Clock clock) {
        this.records = records;
        this.paper = paper;
        this.numbering = numbering;
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public byte[] summons(CurrentUser user, CongressId id, CongressDocuments.Format format) {
        CongressRecords.Row congress = paper.manageable(user, id);
        if (congress.status() == CongressStatus.CLOSED) {
            throw new InvalidInputException("status", "congress.status.closed");
        }
        if (congress.kind() == CongressKind.COMMITTEE_CONFERENCE) {
            throw new InvalidInputException("kind", "congress.summons.conference");
        }
        PartyDocument document = document(user, congress);
        audit.record(
                user,
                "congress.summons",
                CongressManagement.ENTITY,
                congress.id().value(),
                null,
                Map.of("number", document.number().number(), "format", format.name()));
        return paper.render(document, format);
    }

    PartyDocument document(CurrentUser user, CongressRecords.Row congress) {
        LocalDate today = LocalDate.now(clock);
        // Dated the day the congress was convened; never after its opening, nor after today.
        LocalDate date = congress.announcedOn() != null ? congress.announcedOn() : today;
        if (date.isAfter(congress.openingDate())) {
            date = congress.openingDate();
        }
        if (date.isAfter(today)) {
            date = today;
        }
        Letterhead head = paper.letterhead(user, congress);
        String line = paper.congressLine(congress, head);
        String summary = paper.text("congress.summons.summary", line);
        var issued = numbering.issue(
                user,
                congress.organizationId(),
                DocumentType.NOTICE,
                date,
                summary,
                "congress:summons:" + congress.id().value());
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        boolean branch = head.type().isBranch();
        List<Attendee> summoned = records.attendees(congress.id()).stream()
                .filter(a -> a.standing() == Standing.WITH_VOTE || a.standing() == Standing.WITHOUT_VOTE)
                .toList();
        long voting = summoned.stream().filter(Attendee::votes).count();

        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(paper.text("congress.summons.basis.statute")));
        body.add(Block.paragraph(paper.text(
                "congress.summons.basis.regulation",
                rules.regulation(),
                rules.effectiveFrom().format(DAY))));
        if (congress.plan() != null && !congress.plan().isEmpty()) {
            DecisionReference plan = congress.plan();
            String reference = plan.date() == null
                    ? plan.display()
                    : new DecisionReference(plan.number(), plan.symbol(), null).display() + " ngày "
                            + plan.date().format(DAY);
            body.add(Block.paragraph(paper.text("congress.summons.basis.plan", reference.strip())));
        }
        body.add(Block.paragraph(paper.text(
                "congress.summons.convenes",
                paper.text(branch ? "congress.summons.committee.branch" : "congress.summons.committee.committee"),
                records.summary(congress.id()).organizationName(),
                line)));
        body.add(Block.paragraph(
                paper.text("congress.summons.when", congress.openingDate().format(DAY))));
        body.add(Block.paragraph(
                congress.place() == null || congress.place().isBlank()
                        ? paper.text("congress.summons.placeLater")
                        : paper.text("congress.summons.where", congress.place().strip())));
        body.add(Block.paragraph(paper.text(
                congress.kind() == CongressKind.DELEGATES ? "congress.summons.who.delegates" : "congress.summons.who",
                voting,
                summoned.size() - voting)));
        body.add(Block.paragraph(paper.text(
                "congress.summons.request",
                paper.text(branch ? "congress.summons.committee.branch" : "congress.summons.committee.committee"))));
        body.add(Block.heading(paper.text("congress.summons.list")));
        for (int i = 0; i < summoned.size(); i++) {
            Attendee a = summoned.get(i);
            body.add(Block.paragraph(
                    a.votes()
                            ? paper.text("congress.summons.entry", i + 1, a.fullName())
                            : paper.text(
                                    a.alternate()
                                            ? "congress.summons.entryAlternate"
                                            : "congress.summons.entryWithoutVote",
                                    i + 1,
                                    a.fullName())));
        }
        String secretary =
                terms
                        .committeeOn(
                                user,
                                congress.organizationId(),
                                congress.openingDate().minusDays(1))
                        .stream()
                        .filter(seat -> seat.position() == Position.SECRETARY)
                        .map(CommitteeSeat::fullName)
                        .findFirst()
                        .orElse("");
        return new PartyDocument(
                head.higherBody(),
                head.issuingBody(),
                issued.number(),
                head.place(),
                date,
                summary,
                body,
                List.of(new Signature(
                        paper.text(branch ? "resolution.capacity.branch" : "resolution.capacity.committee"),
                        paper.text("resolution.signature.secretary"),
                        secretary)),
                List.of(
                        paper.text("congress.summons.recipient.summoned"),
                        paper.text("resolution.recipient.higher"),
                        paper.text("resolution.recipient.archive")));
    }
}
