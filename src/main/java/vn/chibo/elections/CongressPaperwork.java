package vn.chibo.elections;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.documents.DocumentNumber;
import vn.chibo.documents.DocumentRenderer;
import vn.chibo.documents.DocumentType;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;
import vn.chibo.organizations.Letterhead;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * What every congress document shares: the congress's line and the subject of an election as printed, the number of a
 * document in the congress's single run (HD 36-HD/VPTW §II.1), the Vietnamese texts, and rendering.
 */
@Component
class CongressPaperwork {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The issuer of congress documents in their symbols (e.g. 03-BB/ĐH). */
    static final String CONGRESS_ISSUER = "ĐH";

    private final JdbcClient jdbc;
    private final ElectionGuards guards;
    private final OrganizationManagement organizations;
    private final DocumentRenderer renderer;
    private final MessageSource messages;
    private final AuditTrail audit;

    CongressPaperwork(
            JdbcClient jdbc,
            ElectionGuards guards,
            OrganizationManagement organizations,
            DocumentRenderer renderer,
            MessageSource messages,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.guards = guards;
        this.organizations = organizations;
        this.renderer = renderer;
        this.messages = messages;
        this.audit = audit;
    }

    /** The congress, if the user may manage it (documents are issued with numbers: a write). */
    CongressRecords.Row manageable(CurrentUser user, CongressId id) {
        return guards.congress(user, id, Permission.ELECTION_MANAGE);
    }

    Letterhead letterhead(CurrentUser user, CongressRecords.Row congress) {
        return organizations.letterhead(user, congress.organizationId());
    }

    /** The day a congress document is dated: the closing day, or the opening day while the congress is held. */
    static LocalDate dated(CongressRecords.Row congress) {
        return congress.closingDate() == null ? congress.openingDate() : congress.closingDate();
    }

    byte[] render(PartyDocument document, CongressDocuments.Format format) {
        return format == CongressDocuments.Format.DOCX ? renderer.docx(document) : renderer.pdf(document);
    }

    byte[] docx(PartyDocument document) {
        return renderer.docx(document);
    }

    byte[] pdf(PartyDocument document) {
        return renderer.pdf(document);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    // ---- documents ----------------------------------------------------------------------------------------------

    /** A document of the congress itself: in the organization's name, under the congress's line, at its place. */
    PartyDocument ofCongress(
            CongressRecords.Row congress,
            Letterhead head,
            DocumentNumber number,
            LocalDate date,
            String summary,
            List<Block> body,
            List<Signature> signatures,
            List<String> recipients) {
        return new PartyDocument(
                head.issuingBody(),
                congressLine(congress, head),
                number,
                head.place(),
                date,
                summary,
                body,
                signatures,
                recipients);
    }

    /**
     * A document the organization sends to its higher body, signed for it by its secretary ({@code secretary}: the
     * name, or blank to be written in); {@code recipientKeys} are the message keys of those it is sent to.
     */
    PartyDocument toHigherBody(
            Letterhead head,
            DocumentNumber number,
            LocalDate date,
            String summary,
            List<Block> body,
            String secretary,
            List<String> recipientKeys) {
        Signature signature = new Signature(
                text(head.type().isBranch() ? "resolution.capacity.branch" : "resolution.capacity.committee"),
                text("resolution.signature.secretary"),
                secretary);
        return new PartyDocument(
                head.higherBody(),
                head.issuingBody(),
                number,
                head.place(),
                date,
                summary,
                body,
                List.of(signature),
                recipientKeys.stream().map(key -> text(key)).toList());
    }

    /** The signature of the congress's presidium, by its chair. */
    Signature presidium(String chair) {
        return new Signature(text("congress.documents.presidium"), text("congress.documents.chair"), chair);
    }

    /** The signatures of the congress's presidium (its chair) and its secretariat (its head). */
    List<Signature> presidiumAndSecretariat(String chair, String secretariatHead) {
        return List.of(presidium(chair), new Signature(null, text("congress.documents.secretariat"), secretariatHead));
    }

    // ---- lines and numbers --------------------------------------------------------------------------------------

    /** "Đại hội lần thứ Hai, nhiệm kỳ 2025–2027", or the committee's first conference. */
    String congressLine(CongressRecords.Row congress, Letterhead head) {
        String term = congress.termStart().getYear() + "–" + congress.termEnd().getYear();
        if (congress.kind() == CongressKind.COMMITTEE_CONFERENCE) {
            return text("congress.line.conference", term);
        }
        return text("congress.line", ordinal(congress.number()), term);
    }

    String subject(ElectionKind kind, CongressRecords.Row congress, Letterhead head) {
        String term = congress.termStart().getYear() + "–" + congress.termEnd().getYear();
        String body = head.type().isBranch() ? text("election.body.branch") : text("election.body.committee");
        return text("election.subject." + kind.name(), body, head.issuingBody(), term);
    }

    String roundSuffix(int round) {
        return round == 1 ? "" : " " + text("ballot.round", round);
    }

    /** Vietnamese ordinals up to ten ("Nhất", "Hai", … "Mười"), Roman numerals above, as congresses are named. */
    String ordinal(int n) {
        return n <= 10 ? text("congress.ordinal." + n) : CongressSummary.roman(n);
    }

    /**
     * The number of a congress document: its first number if it has one, else the next of the congress's single run
     * (the congress row is locked so that two clerks never take the same number).
     */
    DocumentNumber number(
            CurrentUser user,
            CongressRecords.Row congress,
            DocumentType type,
            String title,
            String source,
            LocalDate date) {
        jdbc.sql("SELECT id FROM elections.congress WHERE id = :c FOR UPDATE")
                .param("c", congress.id().value())
                .query(Long.class)
                .single();
        Integer existing = jdbc.sql(
                        "SELECT number FROM elections.congress_document WHERE congress_id = :c AND source = :s")
                .param("c", congress.id().value())
                .param("s", source)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return new DocumentNumber(existing, type, CONGRESS_ISSUER);
        }
        int next = jdbc.sql(
                        "SELECT COALESCE(max(number), 0) + 1 FROM elections.congress_document WHERE congress_id = :c")
                .param("c", congress.id().value())
                .query(Integer.class)
                .single();
        jdbc.sql(
                        """
                        INSERT INTO elections.congress_document (congress_id, number, type, title, source, issued_on)
                        VALUES (:c, :n, :t, :title, :s, :d)
                        """)
                .param("c", congress.id().value())
                .param("n", next)
                .param("t", type.name())
                .param("title", title)
                .param("s", source)
                .param("d", date)
                .update();
        DocumentNumber number = new DocumentNumber(next, type, CONGRESS_ISSUER);
        audit.record(
                user,
                "congress.document.issue",
                CongressManagement.ENTITY,
                congress.id().value(),
                null,
                Map.of("symbol", number.symbol(), "title", title, "source", source));
        return number;
    }
}
