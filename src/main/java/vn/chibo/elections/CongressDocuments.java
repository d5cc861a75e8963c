package vn.chibo.elections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.BallotSheet;
import vn.chibo.documents.DocumentNumber;
import vn.chibo.documents.DocumentRenderer;
import vn.chibo.documents.DocumentType;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.organizations.Letterhead;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/**
 * The documents of a congress, rendered through the documents module in Party format: the ballots of each round, the
 * counting minutes of each round (HD 04-HD/TW layout), the resolution and the congress minutes, all numbered from 01
 * in one run for the congress (HD 36-HD/VPTW §II.1, symbol "…/ĐH"), and the whole dossier as one ZIP. Issuing a
 * number is a write: it needs ELECTION_MANAGE, and the same document keeps its number.
 */
@Service
public class CongressDocuments {

    private final CongressPaperwork paper;
    private final SessionDocuments sessionDocuments;
    private final CongressSessions sessions;
    private final CongressRecords congresses;
    private final ElectionRecords elections;
    private final ElectionCounting counting;
    private final CongressSpeakers speakers;
    private final CongressElected elected;
    private final DocumentRenderer renderer;

    CongressDocuments(
            CongressPaperwork paper,
            SessionDocuments sessionDocuments,
            CongressSessions sessions,
            CongressRecords congresses,
            ElectionRecords elections,
            ElectionCounting counting,
            CongressSpeakers speakers,
            CongressElected elected,
            DocumentRenderer renderer) {
        this.paper = paper;
        this.sessionDocuments = sessionDocuments;
        this.sessions = sessions;
        this.congresses = congresses;
        this.elections = elections;
        this.counting = counting;
        this.speakers = speakers;
        this.elected = elected;
        this.renderer = renderer;
    }

    /** The file formats documents are rendered in. */
    public enum Format {
        DOCX,
        PDF;

        public static Format of(String extension) {
            return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
                case "docx" -> DOCX;
                case "pdf" -> PDF;
                default -> throw new InvalidInputException("format", "validation.invalidValue", extension);
            };
        }
    }

    /** The counting minutes of a counted round (the latest when null). */
    @Transactional
    public byte[] countingMinutes(CurrentUser user, ElectionId electionId, Integer round, Format format) {
        ElectionRecords.Row election = elections.load(electionId);
        CongressRecords.Row congress = paper.manageable(user, election.congressId());
        return paper.render(minutesDocument(user, congress, election, round), format);
    }

    /** The ballot of the election's current round, one A4 page, ready to print and stamp. */
    @Transactional(readOnly = true)
    public byte[] ballots(CurrentUser user, ElectionId electionId) {
        ElectionRecords.Row election = elections.load(electionId);
        CongressRecords.Row congress = paper.manageable(user, election.congressId());
        ElectionRecords.RoundRow round = counting.currentRound(election);
        Letterhead head = paper.letterhead(user, congress);
        // A branch under a grassroots committee has no seal of its own: the ballot bears the committee's.
        boolean underCommittee = head.type() == OrganizationType.BRANCH && head.higherBody() != null;
        List<String> headers = round.form() == BallotForm.CROSSING_OUT
                ? List.of(paper.text("ballot.header.number"), paper.text("ballot.header.name"))
                : List.of(
                        paper.text("ballot.header.number"),
                        paper.text("ballot.header.name"),
                        paper.text("ballot.header.agree"),
                        paper.text("ballot.header.disagree"));
        BallotSheet sheet = new BallotSheet(
                (underCommittee ? head.higherBody() : head.issuingBody()).toUpperCase(CongressPaperwork.VIETNAMESE),
                paper.text("ballot.sealArea"),
                paper.congressLine(congress, head).toUpperCase(CongressPaperwork.VIETNAMESE),
                paper.text("ballot.title"),
                paper.subject(election.kind(), congress, head) + paper.roundSuffix(round.number()),
                paper.text("ballot.instruction." + round.form().name(), round.seats()),
                headers,
                round.list().stream()
                        .map(ElectionRecords.RoundCandidate::fullName)
                        .toList());
        return renderer.ballotPdf(sheet);
    }

    /** The congress resolution with its vote and targets. */
    @Transactional
    public byte[] resolution(CurrentUser user, CongressId id, Format format) {
        return paper.render(resolutionDocument(user, paper.manageable(user, id)), format);
    }

    /** The minutes of the congress: attendance, the elections and their results, the resolution's vote. */
    @Transactional
    public byte[] congressMinutes(CurrentUser user, CongressId id, Format format) {
        return paper.render(congressMinutesDocument(user, paper.manageable(user, id)), format);
    }

    /** The request to the higher committee to approve (chuẩn y) the results, once the elected took office. */
    @Transactional
    public byte[] approvalRequest(CurrentUser user, CongressId id, Format format) {
        return paper.render(approvalRequestDocument(user, paper.manageable(user, id)), format);
    }

    /** Every document of the congress as DOCX and PDF, and the ballots, in one ZIP. */
    @Transactional
    public byte[] dossier(CurrentUser user, CongressId id) {
        CongressRecords.Row congress = paper.manageable(user, id);
        List<PartyDocument> documents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        CongressSessionDetails held = sessions.details(congress);
        if (held.preparatoryHeld()) {
            documents.add(sessionDocuments.preparatoryMinutes(user, congress));
            names.add("bien-ban-phien-tru-bi");
            if (held.credentialsCommitteeRequired()) {
                documents.add(sessionDocuments.credentialsReport(user, congress));
                names.add("bao-cao-tham-tra-tu-cach-dai-bieu");
            }
        }
        documents.add(congressMinutesDocument(user, congress));
        names.add("bien-ban-dai-hoi");
        for (ElectionRecords.Row election : elections.ofCongress(id)) {
            if (!elections.nominations(election.id()).isEmpty()) {
                documents.add(sessionDocuments.opinionBallotMinutes(user, congress, election));
                names.add("bien-ban-kiem-phieu-xin-y-kien-"
                        + election.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            for (ElectionRecords.RoundRow round : elections.rounds(election.id())) {
                if (round.counted()) {
                    documents.add(minutesDocument(user, congress, election, round.number()));
                    names.add("bien-ban-kiem-phieu-"
                            + election.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-lan-"
                            + round.number());
                }
            }
        }
        if (congresses.resolution(id) != null) {
            documents.add(resolutionDocument(user, congress));
            names.add("nghi-quyet-dai-hoi");
        }
        if (congress.termId() != null) {
            documents.add(approvalRequestDocument(user, congress));
            names.add("to-trinh-de-nghi-chuan-y");
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < documents.size(); i++) {
                String name = String.format("%02d-%s", documents.get(i).number().number(), names.get(i));
                entry(zip, name + ".docx", renderer.docx(documents.get(i)));
                entry(zip, name + ".pdf", renderer.pdf(documents.get(i)));
            }
            // The list of particulars goes with the request for approval; it has no number of its own.
            var particulars = congress.termId() == null ? null : elected.attachment(user, congress);
            if (particulars != null) {
                entry(zip, "danh-sach-trich-ngang.docx", elected.docx(particulars));
                entry(zip, "danh-sach-trich-ngang.pdf", elected.pdf(particulars));
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    // ---- the documents ------------------------------------------------------------------------------------------

    PartyDocument minutesDocument(
            CurrentUser user, CongressRecords.Row congress, ElectionRecords.Row election, Integer roundNumber) {
        ElectionResult result = counting.result(user, election.id(), roundNumber);
        if (!result.counted()) {
            throw new InvalidInputException("round", "election.round.notCounted");
        }
        Letterhead head = paper.letterhead(user, congress);
        String subject = paper.subject(election.kind(), congress, head);
        LocalDate date = CongressPaperwork.dated(congress);
        DocumentNumber number = paper.number(
                user,
                congress,
                DocumentType.MINUTES,
                paper.text("minutes.counting.summary", subject, result.round()),
                "election:" + election.id() + ":round:" + result.round(),
                date);
        AttendanceFigures figures = AttendanceCounting.figures(congress.kind(), congresses.attendees(congress.id()));
        return CountingMinutes.document(
                new CountingMinutes.Head(
                        head.issuingBody(), paper.congressLine(congress, head), head.place(), date, number),
                subject,
                result,
                elections.tellers(election.id()),
                figures,
                paper::text);
    }

    private PartyDocument resolutionDocument(CurrentUser user, CongressRecords.Row congress) {
        ResolutionDetails r = congresses.resolution(congress.id());
        if (r == null) {
            throw new InvalidInputException("resolution", "congress.documents.noResolution");
        }
        Letterhead head = paper.letterhead(user, congress);
        LocalDate date = CongressPaperwork.dated(congress);
        DocumentNumber number =
                paper.number(user, congress, DocumentType.RESOLUTION, r.title(), "congress:resolution", date);
        List<Block> body = new ArrayList<>();
        for (String paragraph : r.content().split("\\R+")) {
            body.add(paragraph.matches("^[IVX]+\\..*") ? Block.heading(paragraph) : Block.paragraph(paragraph));
        }
        if (!r.targets().isEmpty()) {
            body.add(Block.heading(paper.text("congress.documents.targets")));
            for (int i = 0; i < r.targets().size(); i++) {
                Target target = r.targets().get(i);
                body.add(Block.paragraph(paper.text(
                        "congress.documents.target." + target.comparator().name(),
                        i + 1,
                        target.indicator(),
                        target.threshold() == null
                                ? ""
                                : target.threshold().stripTrailingZeros().toPlainString(),
                        paper.text("congress.target.unit." + target.unit().name()),
                        target.base() == null ? "" : target.base(),
                        paper.text(target.yearly() ? "congress.documents.yearly" : "congress.documents.byTermEnd"))));
            }
        }
        body.add(Block.paragraph(vote(r)));
        return paper.ofCongress(
                congress,
                head,
                number,
                date,
                r.title(),
                body,
                List.of(paper.presidium("")),
                List.of(
                        paper.text("congress.documents.recipient.higher"),
                        paper.text("congress.documents.recipient.archive")));
    }

    private PartyDocument congressMinutesDocument(CurrentUser user, CongressRecords.Row congress) {
        Letterhead head = paper.letterhead(user, congress);
        LocalDate date = CongressPaperwork.dated(congress);
        String summary = paper.congressLine(congress, head);
        DocumentNumber number = paper.number(user, congress, DocumentType.MINUTES, summary, "congress:minutes", date);
        List<Attendee> attendees = congresses.attendees(congress.id());
        AttendanceFigures f = AttendanceCounting.figures(congress.kind(), attendees);
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(paper.text(
                "congress.documents.opened",
                congress.openingDate().getDayOfMonth(),
                congress.openingDate().getMonthValue(),
                Integer.toString(congress.openingDate().getYear()),
                congress.place() == null ? head.place() == null ? "" : head.place() : congress.place())));
        if (!congress.plan().isEmpty()) {
            body.add(Block.paragraph(
                    paper.text("congress.documents.plan", congress.plan().display())));
        }
        CongressSessionDetails held = sessions.details(congress);
        if (held.officialOn() != null) {
            body.add(Block.paragraph(paper.text(
                    "congress.documents.officialSession",
                    held.officialOn().getDayOfMonth(),
                    held.officialOn().getMonthValue(),
                    Integer.toString(held.officialOn().getYear()))));
            if (held.proceedings() != null) {
                for (String paragraph : held.proceedings().split("\\R+")) {
                    body.add(Block.paragraph(paragraph));
                }
            }
        }
        int section = 0;
        body.add(Block.heading(paper.text("congress.documents.heading.attendance", CongressSummary.roman(++section))));
        body.add(Block.paragraph(paper.text(
                "congress.documents.attendance",
                f.summoned(),
                f.attending(),
                f.absent(),
                f.absentAccepted(),
                f.withoutVote(),
                f.notSummoned(),
                f.guests())));
        String guests = CongressNews.guests(attendees);
        if (guests != null) {
            body.add(Block.paragraph(paper.text("congress.documents.guests", guests)));
        }
        body.add(Block.paragraph(paper.text("minutes.counting.denominator", f.denominator(), f.threshold())));
        CongressSpeakers.Discussion discussion = speakers.discussionOf(congress.id());
        if (discussion.any()) {
            body.add(Block.heading(
                    paper.text("congress.documents.heading.discussion", CongressSummary.roman(++section))));
            String heard = discussion.papers() > 0 && discussion.opinions() > 0
                    ? "both"
                    : discussion.papers() > 0 ? "papers" : "opinions";
            body.add(Block.paragraph(
                    paper.text("congress.documents.discussion." + heard, discussion.papers(), discussion.opinions())
                            + paper.text(
                                    "congress.documents.discussion",
                                    discussion.papers(),
                                    discussion.opinions(),
                                    discussion.delegates(),
                                    discussion.guests(),
                                    discussion.seconds() / 60,
                                    discussion.seconds() % 60)));
            for (CongressSpeakers.Speaker s : discussion.heard()) {
                String who =
                        s.guest() ? s.fullName() : paper.text("congress.documents.discussion.comrade", s.fullName());
                long seconds = s.spokenSeconds() == null ? 0 : s.spokenSeconds();
                body.add(Block.paragraph(paper.text(
                        s.presentsPaper()
                                ? "congress.documents.discussion.paper"
                                : "congress.documents.discussion.opinion",
                        who,
                        s.topic(),
                        seconds / 60,
                        seconds % 60)));
            }
        }
        body.add(Block.heading(paper.text("congress.documents.heading.elections", CongressSummary.roman(++section))));
        for (ElectionSummary e : congresses.electionSummaries(congress.id())) {
            body.add(Block.paragraph(paper.text(
                    "congress.documents.election",
                    paper.subject(e.kind(), congress, head),
                    e.seats(),
                    e.rounds(),
                    e.elected().isEmpty()
                            ? paper.text("minutes.counting.noneElected")
                            : String.join(", ", e.elected()))));
        }
        ResolutionDetails r = congresses.resolution(congress.id());
        if (r != null) {
            body.add(Block.heading(
                    paper.text("congress.documents.heading.resolution", CongressSummary.roman(++section))));
            body.add(Block.paragraph(vote(r)));
        }
        body.add(Block.paragraph(paper.text("congress.documents.closed")));
        return paper.ofCongress(
                congress, head, number, date, summary, body, paper.presidiumAndSecretariat("", ""), List.of());
    }

    /**
     * The request for approval (tờ trình đề nghị chuẩn y): who was elected to what, with the documents attached (the
     * counting minutes, the congress minutes and resolution), signed for the new committee by its secretary.
     */
    private PartyDocument approvalRequestDocument(CurrentUser user, CongressRecords.Row congress) {
        if (congress.termId() == null) {
            throw new InvalidInputException("status", "congress.approval.notInOffice");
        }
        Letterhead head = paper.letterhead(user, congress);
        LocalDate date = CongressPaperwork.dated(congress);
        String summary = paper.text("congress.documents.approval.summary", paper.congressLine(congress, head));
        DocumentNumber number =
                paper.number(user, congress, DocumentType.SUBMISSION, summary, "congress:approval", date);
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(paper.text(
                "congress.documents.approval.opening",
                paper.congressLine(congress, head),
                congress.openingDate().getDayOfMonth(),
                congress.openingDate().getMonthValue(),
                Integer.toString(congress.openingDate().getYear()))));
        String secretary = "";
        // A committee's congress reports with its first conference's posts.
        List<CongressId> sources = new ArrayList<>(List.of(congress.id()));
        sources.addAll(congresses.conferencesOf(congress.id()));
        for (CongressId source : sources) {
            for (ElectionSummary e : congresses.electionSummaries(source)) {
                body.add(Block.paragraph(paper.text(
                        "congress.documents.approval.elected",
                        paper.subject(e.kind(), congress, head),
                        e.elected().isEmpty()
                                ? paper.text("minutes.counting.noneElected")
                                : String.join(", ", e.elected()))));
                if (e.kind() == ElectionKind.SECRETARY && !e.elected().isEmpty()) {
                    secretary = e.elected().get(0);
                }
            }
        }
        for (CongressElected.Group group : elected.listing(user, congress).groups()) {
            if (group.body() == CongressElected.Body.COMMITTEE || group.body() == CongressElected.Body.INSPECTION) {
                body.add(Block.paragraph(group.makeupText()));
            }
        }
        body.add(Block.paragraph(paper.text("congress.documents.approval.attached")));
        body.add(Block.paragraph(paper.text("congress.documents.approval.request")));
        return paper.toHigherBody(
                head,
                number,
                date,
                summary,
                body,
                secretary,
                List.of("resolution.recipient.higher", "congress.documents.recipient.archive"));
    }

    private String vote(ResolutionDetails r) {
        return paper.text(
                "congress.documents.vote",
                r.agree(),
                r.denominator(),
                CountingMinutes.percent(r.agreePercent()),
                r.disagree(),
                r.abstain(),
                paper.text(r.adopted() ? "minutes.vote.passed" : "minutes.vote.failed"));
    }
}
