package vn.chibo.meetings;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.DocumentNumbering;
import vn.chibo.documents.DocumentNumbering.IssuedDocument;
import vn.chibo.documents.DocumentRenderer;
import vn.chibo.documents.DocumentType;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;
import vn.chibo.meetings.MeetingDetails.Opinion;
import vn.chibo.meetings.MeetingDetails.Resolution;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.Letterhead;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.Position;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The minutes (biên bản) and the resolution (nghị quyết) of a meeting as Party documents (HD 36-HD/VPTW), built from
 * the record, numbered on first issue and rendered as DOCX or PDF. Their text is Vietnamese whatever the reader's
 * language.
 */
@Service
public class MeetingDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MeetingManagement meetings;
    private final OrganizationManagement organizations;
    private final OrganizationTerms organizationTerms;
    private final OrganizationAccess organizationAccess;
    private final DocumentNumbering numbering;
    private final DocumentRenderer renderer;
    private final MessageSource messages;

    MeetingDocuments(
            MeetingManagement meetings,
            OrganizationManagement organizations,
            OrganizationTerms organizationTerms,
            OrganizationAccess organizationAccess,
            DocumentNumbering numbering,
            DocumentRenderer renderer,
            MessageSource messages) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.organizationTerms = organizationTerms;
        this.organizationAccess = organizationAccess;
        this.numbering = numbering;
        this.renderer = renderer;
        this.messages = messages;
    }

    /** The file formats documents are rendered in. */
    public enum Format {
        DOCX,
        PDF
    }

    @Transactional
    public byte[] minutes(CurrentUser user, MeetingId id, Format format) {
        PartyDocument document = minutesDocument(user, id);
        return format == Format.DOCX ? renderer.docx(document) : renderer.pdf(document);
    }

    @Transactional
    public byte[] resolution(CurrentUser user, MeetingId id, Format format) {
        PartyDocument document = resolutionDocument(user, id);
        return format == Format.DOCX ? renderer.docx(document) : renderer.pdf(document);
    }

    /**
     * The branch's resolution proposing a member's removal from the list (nghị quyết đề nghị xóa tên), which it sends to
     * the competent committee: one passed removal vote of a held meeting, numbered among the branch's resolutions.
     */
    @Transactional
    public byte[] removalProposal(CurrentUser user, MeetingId id, long decisionId, Format format) {
        PartyDocument document = removalDocument(user, id, decisionId);
        return format == Format.DOCX ? renderer.docx(document) : renderer.pdf(document);
    }

    PartyDocument removalDocument(CurrentUser user, MeetingId id, long decisionId) {
        MeetingDetails m = meetings.details(user, id);
        organizationAccess.require(user, m.organizationId(), Permission.MEETING_RECORD);
        if (m.status() == MeetingStatus.PLANNED) {
            throw new InvalidInputException("status", "meeting.documents.notHeld");
        }
        Resolution resolution = m.resolutions().stream()
                .filter(d -> d.id() == decisionId && d.kind() == ResolutionKind.REMOVAL)
                .findFirst()
                .orElseThrow(() -> new vn.chibo.platform.NotFoundException("resolution", decisionId));
        if (!resolution.vote().passed()) {
            throw new InvalidInputException("resolution", "meeting.documents.notPassed");
        }
        String name = m.attendance().stream()
                .filter(a -> resolution.memberId() != null && a.memberId() == resolution.memberId())
                .map(AttendanceEntry::fullName)
                .findFirst()
                .orElse(resolution.title());
        String title = text("removal.document.title", name);
        Letterhead head = letterhead(user, m);
        IssuedDocument issued = issue(user, id, m, DocumentType.RESOLUTION, title, "removal-" + decisionId);
        MeetingRecord r = m.record();
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(text("removal.document.basis")));
        body.add(Block.paragraph(text(
                "removal.document.meeting",
                r.date().getDayOfMonth() + "/" + r.date().getMonthValue() + "/"
                        + r.date().getYear(),
                name)));
        if (resolution.content() != null && !resolution.content().isBlank()) {
            body.add(Block.paragraph(
                    text("removal.document.reason", resolution.content().strip())));
        }
        body.add(Block.paragraph(vote(resolution)));
        body.add(Block.heading(text("removal.document.resolves")));
        body.add(Block.paragraph(text("removal.document.proposal", name)));
        body.add(Block.paragraph(text("removal.document.file")));
        return new PartyDocument(
                head.higherBody(),
                head.issuingBody(),
                issued.number(),
                head.place(),
                r.date(),
                title,
                body,
                List.of(signature(user, m, head)),
                List.of(
                        text("resolution.recipient.higher"),
                        text("removal.document.recipient.member", name),
                        text("resolution.recipient.archive")));
    }

    PartyDocument minutesDocument(CurrentUser user, MeetingId id) {
        MeetingDetails m = meetings.details(user, id);
        organizationAccess.require(user, m.organizationId(), Permission.MEETING_RECORD);
        if (m.status() == MeetingStatus.PLANNED) {
            throw new InvalidInputException("status", "meeting.documents.notHeld");
        }
        Letterhead head = letterhead(user, m);
        IssuedDocument issued = issue(user, id, m, DocumentType.MINUTES, summary(m), "minutes");
        MeetingRecord r = m.record();
        AttendanceCounts c = m.counts();
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(text(
                "minutes.time",
                time(r.startsAt()),
                r.date().getDayOfMonth() + "/" + r.date().getMonthValue() + "/"
                        + r.date().getYear())));
        if (r.place() != null) {
            body.add(Block.paragraph(text("minutes.place", r.place())));
        }
        membership(m, body);
        body.add(Block.paragraph(text("minutes.chairAndClerk", nvl(r.chair()), nvl(r.clerk()))));
        if (!m.guests().isEmpty()) {
            body.add(Block.paragraph(text(
                    "minutes.guests",
                    m.guests().stream()
                            .map(g -> g.title() == null ? g.fullName() : g.fullName() + " – " + g.title())
                            .collect(Collectors.joining("; ")))));
        }
        if (r.duesCollected() != null) {
            body.add(Block.paragraph(text("minutes.dues", String.format(VIETNAMESE, "%,d", r.duesCollected()))));
        }
        body.add(Block.heading(text("minutes.heading.content")));
        m.agenda().forEach(a -> body.add(Block.paragraph("- " + a.title())));
        m.reports().forEach(rep -> body.add(Block.paragraph(text("minutes.report", rep.presenter(), rep.title()))));
        if (!m.previousTasks().isEmpty()) {
            long done =
                    m.previousTasks().stream().filter(MeetingDetails.Task::done).count();
            body.add(Block.paragraph(
                    text("minutes.previousTasks", done, m.previousTasks().size())));
        }
        body.add(Block.heading(text("minutes.heading.opinions")));
        body.add(Block.paragraph(
                text("minutes.opinionCount", m.opinions().size(), m.speakers(), Math.round(m.speakersShare() * 100))));
        for (Opinion o : m.opinions()) {
            body.add(Block.paragraph(text("minutes.opinion", o.speaker(), o.summary())));
        }
        if (r.conclusion() != null) {
            body.add(Block.heading(text("minutes.heading.conclusion")));
            for (String paragraph : r.conclusion().split("\\R+")) {
                body.add(Block.paragraph(paragraph));
            }
        }
        if (!m.tasks().isEmpty()) {
            body.add(Block.heading(text("minutes.heading.tasks")));
            m.tasks()
                    .forEach(t -> body.add(Block.paragraph(
                            t.dueOn() == null
                                    ? text("minutes.task", t.assignee(), t.description())
                                    : text(
                                            "minutes.taskDue",
                                            t.assignee(),
                                            t.description(),
                                            t.dueOn().getDayOfMonth() + "/"
                                                    + t.dueOn().getMonthValue() + "/"
                                                    + t.dueOn().getYear()))));
        }
        if (!m.resolutions().isEmpty()) {
            body.add(Block.heading(text("minutes.heading.votes")));
            for (Resolution d : m.resolutions()) {
                body.add(Block.paragraph(vote(d)));
            }
        }
        if (m.score() != null) {
            body.add(Block.paragraph(text(
                    "minutes.score",
                    m.score().total().stripTrailingZeros().toPlainString(),
                    text("band." + m.score().band()))));
        }
        body.add(Block.paragraph(text("minutes.end", time(r.endsAt()))));
        return new PartyDocument(
                head.higherBody(),
                head.issuingBody(),
                issued.number(),
                head.place(),
                r.date(),
                summary(m),
                body,
                List.of(
                        new Signature(null, text("minutes.signature.chair"), nvl(r.chair())),
                        new Signature(null, text("minutes.signature.clerk"), nvl(r.clerk()))),
                List.of());
    }

    /** The letterhead of the meeting's organization as it stood on the meeting's date. */
    private Letterhead letterhead(CurrentUser user, MeetingDetails m) {
        return organizations.letterhead(user, m.organizationId(), m.record().date());
    }

    /** The number of the meeting's {@code part} (its minutes, its resolution), dated the meeting's day. */
    private IssuedDocument issue(
            CurrentUser user, MeetingId id, MeetingDetails m, DocumentType type, String title, String part) {
        return numbering.issue(user, m.organizationId(), type, m.record().date(), title, "meeting:" + id + ":" + part);
    }

    PartyDocument resolutionDocument(CurrentUser user, MeetingId id) {
        MeetingDetails m = meetings.details(user, id);
        organizationAccess.require(user, m.organizationId(), Permission.MEETING_RECORD);
        List<Resolution> resolutions = m.resolutions().stream()
                .filter(d -> d.kind() == ResolutionKind.RESOLUTION)
                .toList();
        if (resolutions.isEmpty()) {
            throw new InvalidInputException("resolution", "meeting.documents.noResolution");
        }
        // The resolution the meeting adopted: the first one that passed (a draft voted down before it does not count).
        Resolution resolution =
                resolutions.stream().filter(d -> d.vote().passed()).findFirst().orElse(resolutions.get(0));
        if (!resolution.vote().passed()) {
            throw new InvalidInputException("resolution", "meeting.documents.notPassed");
        }
        Letterhead head = letterhead(user, m);
        IssuedDocument issued = issue(user, id, m, DocumentType.RESOLUTION, resolution.title(), "resolution");
        List<Block> body = new ArrayList<>();
        for (String paragraph : resolution.content().split("\\R+")) {
            body.add(paragraph.matches("^[IVX]+\\..*") ? Block.heading(paragraph) : Block.paragraph(paragraph));
        }
        body.add(Block.paragraph(vote(resolution)));
        return new PartyDocument(
                head.higherBody(),
                head.issuingBody(),
                issued.number(),
                head.place(),
                m.record().date(),
                resolution.title(),
                body,
                List.of(signature(user, m, head)),
                List.of(
                        text("resolution.recipient.higher"),
                        text("resolution.recipient.members"),
                        text("resolution.recipient.archive")));
    }

    /**
     * The membership of the meeting as the minutes report it (party-rules §2.3): members by kind, the exempt present and
     * absent, those away, suspended or held, members hosted on temporary transfer, who was present and who was absent
     * and why, and the legal denominator of the votes. A committee meeting reports its seats.
     */
    private void membership(MeetingDetails m, List<Block> body) {
        AttendanceCounts c = m.counts();
        if (m.record().kind().isCommittee()) {
            body.add(Block.paragraph(text("minutes.committee.seats", c.total(), c.present(), c.total() - c.present())));
        } else {
            body.add(Block.paragraph(text("minutes.membership", c.total(), c.official(), c.probationary())));
            // HD 09-HD/BTCTW (party-rules §2.3): the minutes report the exempt members, those who came and those not.
            body.add(Block.paragraph(text(
                    "minutes.notExpected",
                    c.exempt(),
                    c.exemptPresent(),
                    c.exemptAbsent(),
                    c.away(),
                    c.suspended(),
                    c.prosecuted())));
            if (c.hosted() > 0) {
                body.add(Block.paragraph(text("minutes.hosted", c.hosted(), names(m, AttendeeKind.HOSTED, null))));
            }
            body.add(Block.paragraph(text(
                    "minutes.present", c.present(), c.presentOfficial(), c.presentProbationary(), c.presentHosted())));
        }
        body.add(Block.paragraph(
                text("minutes.absentExcused", c.absentExcused(), names(m, null, Presence.ABSENT_EXCUSED))));
        body.add(Block.paragraph(
                text("minutes.absentUnexcused", c.absentUnexcused(), names(m, null, Presence.ABSENT_UNEXCUSED))));
        if (!m.resolutions().isEmpty()) {
            body.add(Block.paragraph(text("minutes.denominator", c.denominator(), c.voters())));
        }
    }

    /**
     * HD 36-HD/VPTW: "T/M CHI BỘ" over "BÍ THƯ" when the secretary signs, over "PHÓ BÍ THƯ" when a deputy chaired, as
     * the committee's seats stood on the meeting's date; whoever else chaired signs as the chair, for no collective.
     */
    private Signature signature(CurrentUser user, MeetingDetails m, Letterhead head) {
        String chair = nvl(m.record().chair());
        Position position = organizationTerms
                .committeeOn(user, m.organizationId(), m.record().date())
                .stream()
                .filter(seat -> sameName(seat.fullName(), chair))
                .map(CommitteeSeat::position)
                .min(java.util.Comparator.naturalOrder())
                .orElse(null);
        String capacity = text(head.type().isBranch() ? "resolution.capacity.branch" : "resolution.capacity.committee");
        if (position == Position.SECRETARY) {
            return new Signature(capacity, text("resolution.signature.secretary"), chair);
        }
        if (position == Position.DEPUTY_SECRETARY) {
            return new Signature(capacity, text("resolution.signature.deputy"), chair);
        }
        return new Signature(null, text("minutes.signature.chair"), chair);
    }

    private static boolean sameName(String a, String b) {
        String x = VietnameseText.clean(a);
        String y = VietnameseText.clean(b);
        return x != null && y != null && x.toLowerCase(VIETNAMESE).equals(y.toLowerCase(VIETNAMESE));
    }

    private String summary(MeetingDetails m) {
        MeetingRecord r = m.record();
        String base = text(
                "minutes.summary." + r.kind(),
                r.date().getMonthValue(),
                Integer.toString(r.date().getYear()));
        return r.topic() == null ? base : base + ": " + r.topic();
    }

    private String vote(Resolution d) {
        VoteResult v = d.vote();
        return text(
                switch (d.kind()) {
                    case ADMISSION, RECOGNITION -> "minutes.vote.membership";
                    case REMOVAL -> "minutes.vote.removal";
                    default -> "minutes.vote";
                },
                d.title(),
                v.agree(),
                v.denominator(),
                v.agreePercent(),
                v.disagree(),
                v.abstain(),
                text(v.passed() ? "minutes.vote.passed" : "minutes.vote.failed"),
                v.votesNeeded());
    }

    private static String names(MeetingDetails m, AttendeeKind kind, Presence presence) {
        String names = m.attendance().stream()
                .filter(a -> (kind == null || a.kind() == kind) && (presence == null || a.presence() == presence))
                .map(a -> a.reason() == null ? a.fullName() : a.fullName() + " (" + a.reason() + ")")
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "" : ": " + names;
    }

    private String time(LocalTime t) {
        return t == null ? "…" : text("minutes.clock", t.getHour(), String.format("%02d", t.getMinute()));
    }

    private static String nvl(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
