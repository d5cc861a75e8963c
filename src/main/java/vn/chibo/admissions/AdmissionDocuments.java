package vn.chibo.admissions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.admissions.AdmissionDetails.Vote;
import vn.chibo.documents.DocumentNumbering;
import vn.chibo.documents.DocumentRenderer;
import vn.chibo.documents.DocumentType;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.Letterhead;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.Position;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/**
 * The branch's resolution proposing the admission (nghị quyết của chi bộ đề nghị kết nạp đảng viên), drawn from the
 * admission's record once the branch's vote has passed: numbered in the branch's resolutions of the term (issuing the
 * same admission's resolution again returns its number), signed for the branch by its secretary of that day, sent to
 * the committee above. DOCX to finish and print, or PDF.
 */
@Service
public class AdmissionDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The formats a document is given in. */
    public enum Format {
        DOCX,
        PDF
    }

    private final AdmissionManagement admissions;
    private final OrganizationManagement organizations;
    private final OrganizationTerms terms;
    private final DocumentNumbering numbering;
    private final DocumentRenderer renderer;
    private final MessageSource messages;
    private final AuditTrail audit;

    AdmissionDocuments(
            AdmissionManagement admissions,
            OrganizationManagement organizations,
            OrganizationTerms terms,
            DocumentNumbering numbering,
            DocumentRenderer renderer,
            MessageSource messages,
            AuditTrail audit) {
        this.admissions = admissions;
        this.organizations = organizations;
        this.terms = terms;
        this.numbering = numbering;
        this.renderer = renderer;
        this.messages = messages;
        this.audit = audit;
    }

    /** The branch's resolution proposing the admission; refused while no vote of the branch has passed. */
    @Transactional
    public byte[] branchResolution(CurrentUser user, long id, Format format) {
        admissions.requireManaging(user, id);
        AdmissionDetails a = admissions.details(user, id);
        Vote vote = a.votes().stream()
                .filter(Vote::passed)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "admission.document.noVote"));
        LocalDate date = vote.heldOn();
        Letterhead head = organizations.letterhead(user, a.organizationId(), date);
        String summary = text("admission.document.summary", a.fullName());
        var issued = numbering.issue(
                user, a.organizationId(), DocumentType.RESOLUTION, date, summary, "admission:" + a.id());
        String secretary = terms.committeeOn(user, a.organizationId(), date).stream()
                .filter(seat -> seat.position() == Position.SECRETARY)
                .map(CommitteeSeat::fullName)
                .findFirst()
                .orElse("");
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(text("admission.document.basis")));
        body.add(Block.paragraph(text(
                "admission.document.considered",
                a.fullName(),
                AdmissionManagement.shown(a.birthDate()),
                a.ethnicity(),
                a.job() == null ? text("admission.document.noJob") : a.job(),
                a.introducerName() == null ? "" : a.introducerName())));
        body.add(Block.paragraph(text(
                "admission.document.vote",
                AdmissionManagement.shown(date),
                vote.officialMembers(),
                vote.agree(),
                percent(vote.agree(), vote.officialMembers()),
                vote.officialMembers() - vote.agree())));
        body.add(Block.heading(text("admission.document.resolves")));
        body.add(Block.paragraph(text("admission.document.article1", a.fullName())));
        body.add(Block.paragraph(text("admission.document.article2")));
        PartyDocument document = new PartyDocument(
                head.higherBody(),
                head.issuingBody(),
                issued.number(),
                head.place(),
                date,
                summary,
                body,
                List.of(new Signature(
                        text(head.type().isBranch() ? "resolution.capacity.branch" : "resolution.capacity.committee"),
                        text("resolution.signature.secretary"),
                        secretary)),
                List.of(text("resolution.recipient.higher"), text("resolution.recipient.archive")));
        audit.record(
                user,
                "admission.document",
                AdmissionManagement.ENTITY,
                a.id(),
                null,
                Map.of("document", "branchResolution", "number", issued.number().number(), "format", format.name()));
        return format == Format.DOCX ? renderer.docx(document) : renderer.pdf(document);
    }

    /** "83,33" for 5 of 6: the share in favour with two decimals and a comma. */
    static String percent(int agree, int of) {
        return new java.math.BigDecimal(agree * 100)
                .divide(java.math.BigDecimal.valueOf(of), 2, java.math.RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
