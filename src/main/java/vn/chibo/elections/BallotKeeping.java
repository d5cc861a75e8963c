package vn.chibo.elections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.DocumentNumbering;
import vn.chibo.documents.DocumentType;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.members.WorkingDays;
import vn.chibo.organizations.Letterhead;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The ballots after the count and the complaints about the election (QĐ 190-QĐ/TW Điều 8, 33–35): the counting
 * committee seals each election's ballots and hands them over (who, to whom, when); complaints are lodged within 15
 * working days of the closing (later ones are recorded as late) and settled; after the keeping period (6 months), with
 * no complaint pending, the ballots are destroyed with a record numbered under the committee's term. Both periods are
 * rule-set parameters. Writing needs ELECTION_MANAGE and is audited.
 */
@Service
public class BallotKeeping {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 4000;

    private final ElectionGuards guards;
    private final ElectionRecords elections;
    private final BallotKeepingRecords records;
    private final CongressPaperwork paper;
    private final DocumentNumbering numbering;
    private final AuditTrail audit;
    private final Clock clock;

    BallotKeeping(
            ElectionGuards guards,
            ElectionRecords elections,
            BallotKeepingRecords records,
            CongressPaperwork paper,
            DocumentNumbering numbering,
            AuditTrail audit,
            Clock clock) {
        this.guards = guards;
        this.elections = elections;
        this.records = records;
        this.paper = paper;
        this.numbering = numbering;
        this.audit = audit;
        this.clock = clock;
    }

    /** The congress an election belongs to, for the pages to return to. */
    @Transactional(readOnly = true)
    public CongressId congressOf(ElectionId election) {
        return elections.load(election).congressId();
    }

    /** The sealed ballots and complaints of a congress, with the deadlines that apply. */
    @Transactional(readOnly = true)
    public BallotKeepingDetails details(CurrentUser user, CongressId id) {
        return details(guards.congress(user, id, Permission.ELECTION_VIEW));
    }

    private BallotKeepingDetails details(CongressRecords.Row congress) {
        ElectionRules rules = ElectionRules.on(congress.openingDate());
        LocalDate closed = congress.closingDate();
        return new BallotKeepingDetails(
                rules.complaintWorkingDays(),
                rules.ballotKeepingMonths(),
                closed == null ? null : WorkingDays.add(closed, rules.complaintWorkingDays()),
                closed == null ? null : closed.plusMonths(rules.ballotKeepingMonths()),
                records.custody(congress.id()),
                records.complaints(congress.id()),
                elections.ofCongress(congress.id()).stream()
                        .map(ElectionRecords.Row::id)
                        .filter(e -> !elections.nominations(e).isEmpty())
                        .toList());
    }

    /** The counting committee sealed an election's ballots and handed them over, once its count is over. */
    @Transactional
    public CongressId seal(
            CurrentUser user,
            ElectionId electionId,
            LocalDate sealedOn,
            String sealedBy,
            String handedTo,
            int packets) {
        ElectionRecords.Row election = elections.load(electionId);
        CongressRecords.Row congress = manageable(user, election.congressId());
        if (election.status() == ElectionStatus.OPEN) {
            throw new InvalidInputException("electionId", "ballots.seal.electionOpen");
        }
        if (records.custody(congress.id(), electionId).isPresent()) {
            throw new InvalidInputException("electionId", "ballots.seal.already");
        }
        day("sealedOn", sealedOn, congress.openingDate());
        String by = TypedText.required("sealedBy", sealedBy, MAX_NAME);
        String to = TypedText.required("handedTo", handedTo, MAX_NAME);
        if (packets < 1 || packets > 1000) {
            throw new InvalidInputException("packets", "validation.invalidValue", packets);
        }
        records.seal(electionId, sealedOn, by, to, packets, user.username());
        audit.record(
                user,
                "ballots.seal",
                ElectionRecords.ENTITY,
                electionId.value(),
                null,
                Map.of("sealedOn", sealedOn.toString(), "sealedBy", by, "handedTo", to, "packets", packets));
        return congress.id();
    }

    /** A complaint about the congress's elections (or one of them); late when lodged after the deadline. */
    @Transactional
    public long lodgeComplaint(
            CurrentUser user,
            CongressId id,
            ElectionId electionId,
            LocalDate receivedOn,
            String complainant,
            String content) {
        CongressRecords.Row congress = manageable(user, id);
        if (electionId != null && !elections.load(electionId).congressId().equals(id)) {
            throw new InvalidInputException("electionId", "election.otherCongress");
        }
        day("receivedOn", receivedOn, congress.openingDate());
        String who = TypedText.required("complainant", complainant, MAX_NAME);
        String what = TypedText.required("complaintContent", content, MAX_TEXT);
        LocalDate deadline = details(congress).complaintDeadline();
        boolean late = deadline != null && receivedOn.isAfter(deadline);
        long complaint = records.lodge(id, electionId, receivedOn, who, what, late);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("complaint", complaint);
        after.put("receivedOn", receivedOn.toString());
        after.put("complainant", who);
        after.put("late", late);
        audit.record(user, "congress.complaint.lodge", CongressManagement.ENTITY, id.value(), null, after);
        return complaint;
    }

    /** How a complaint was settled (by the inspection committee of the higher committee). */
    @Transactional
    public void settleComplaint(
            CurrentUser user, CongressId id, long complaint, LocalDate settledOn, String settlement) {
        manageable(user, id);
        BallotKeepingDetails.Complaint c = records.complaints(id).stream()
                .filter(x -> x.id() == complaint)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("complaintId", "complaint.notFound"));
        if (!c.pending()) {
            throw new InvalidInputException("complaintId", "complaint.alreadySettled");
        }
        day("settledOn", settledOn, c.receivedOn());
        String text = TypedText.required("settlement", settlement, MAX_TEXT);
        records.settle(id, complaint, settledOn, text);
        audit.record(
                user,
                "congress.complaint.settle",
                CongressManagement.ENTITY,
                id.value(),
                null,
                Map.of("complaint", complaint, "settledOn", settledOn.toString()));
    }

    /**
     * The sealed ballots of an election are destroyed, after the keeping period and with no complaint pending; the
     * destruction record is numbered under the committee's term.
     */
    @Transactional
    public CongressId destroy(
            CurrentUser user, ElectionId electionId, LocalDate destroyedOn, String destroyedBy, String decision) {
        ElectionRecords.Row election = elections.load(electionId);
        CongressRecords.Row congress = manageable(user, election.congressId());
        BallotKeepingDetails.Custody custody = records.custody(congress.id(), electionId)
                .orElseThrow(() -> new InvalidInputException("electionId", "ballots.destroy.notSealed"));
        if (custody.destroyed()) {
            throw new InvalidInputException("electionId", "ballots.destroy.already");
        }
        BallotKeepingDetails keeping = details(congress);
        if (keeping.destroyableFrom() == null) {
            throw new InvalidInputException("destroyedOn", "ballots.destroy.congressOpen");
        }
        if (destroyedOn == null) {
            throw new InvalidInputException("destroyedOn", "validation.required");
        }
        if (destroyedOn.isBefore(keeping.destroyableFrom())) {
            throw new InvalidInputException(
                    "destroyedOn", "ballots.destroy.tooEarly", DAY.format(keeping.destroyableFrom()));
        }
        day("destroyedOn", destroyedOn, custody.sealedOn());
        if (keeping.anyPending()) {
            throw new InvalidInputException("destroyedOn", "ballots.destroy.complaintPending");
        }
        String by = TypedText.required("destroyedBy", destroyedBy, MAX_NAME);
        String why = TypedText.optional("destructionDecision", decision, MAX_NAME);
        records.destroy(electionId, destroyedOn, by, why);
        audit.record(
                user,
                "ballots.destroy",
                ElectionRecords.ENTITY,
                electionId.value(),
                null,
                Map.of("destroyedOn", destroyedOn.toString(), "destroyedBy", by));
        return congress.id();
    }

    /** The record of the destruction of an election's ballots, numbered under the committee's term. */
    @Transactional
    public byte[] destructionRecord(CurrentUser user, ElectionId electionId, CongressDocuments.Format format) {
        ElectionRecords.Row election = elections.load(electionId);
        CongressRecords.Row congress = paper.manageable(user, election.congressId());
        BallotKeepingDetails.Custody custody = records.custody(congress.id(), electionId)
                .filter(BallotKeepingDetails.Custody::destroyed)
                .orElseThrow(() -> new InvalidInputException("electionId", "ballots.destroy.notDestroyed"));
        Letterhead head = paper.letterhead(user, congress);
        String subject = paper.subject(election.kind(), congress, head);
        String summary = paper.text("ballots.destruction.summary", subject);
        var issued = numbering.issue(
                user,
                congress.organizationId(),
                DocumentType.MINUTES,
                custody.destroyedOn(),
                summary,
                "election:" + electionId.value() + ":ballots-destroyed");
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(paper.text(
                "ballots.destruction.sealed",
                DAY.format(custody.sealedOn()),
                custody.sealedBy(),
                custody.handedTo(),
                custody.packets())));
        body.add(Block.paragraph(paper.text(
                "ballots.destruction.done",
                DAY.format(custody.destroyedOn()),
                custody.destroyedBy(),
                custody.destructionDecision() == null ? "" : custody.destructionDecision())));
        body.add(Block.paragraph(paper.text("ballots.destruction.noComplaint")));
        PartyDocument document = paper.toHigherBody(
                head,
                issued.number(),
                custody.destroyedOn(),
                summary,
                body,
                "",
                List.of("congress.documents.recipient.archive"));
        return paper.render(document, format);
    }

    private CongressRecords.Row manageable(CurrentUser user, CongressId id) {
        return paper.manageable(user, id);
    }

    private void day(String field, LocalDate day, LocalDate notBefore) {
        if (day == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (day.isBefore(notBefore)) {
            throw new InvalidInputException(field, "ballots.day.tooEarly", DAY.format(notBefore));
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(field, "congress.session.future");
        }
    }
}
