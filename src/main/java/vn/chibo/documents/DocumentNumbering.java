package vn.chibo.documents;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.Letterhead;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.TermDetails;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Issues document numbers: from 01 per issuing organization, document type and committee term, never reused, safe
 * when several clerks issue at the same moment. Issuing the same source twice returns its first number.
 */
@Service
public class DocumentNumbering {

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final OrganizationTerms organizationTerms;
    private final OrganizationAccess organizationAccess;
    private final AuditTrail audit;

    DocumentNumbering(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            OrganizationTerms organizationTerms,
            OrganizationAccess organizationAccess,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.organizationTerms = organizationTerms;
        this.organizationAccess = organizationAccess;
        this.audit = audit;
    }

    /**
     * The number of the document of {@code type} that the organization issues on {@code date} about {@code source}
     * (e.g. "meeting:42"), issuing a new one the first time.
     */
    @Transactional
    public IssuedDocument issue(
            CurrentUser user, OrganizationId issuer, DocumentType type, LocalDate date, String title, String source) {
        organizationAccess.require(user, issuer, Permission.MEETING_RECORD);
        if (date == null) {
            throw new InvalidInputException("date", "validation.required");
        }
        Optional<IssuedDocument> existing = source == null ? Optional.empty() : find(issuer, type, source);
        if (existing.isPresent()) {
            return existing.get();
        }
        TermDetails term = organizationTerms
                .termOn(user, issuer, date)
                .orElseThrow(() -> new InvalidInputException("date", "document.term.missing"));
        Letterhead letterhead = organizations.letterhead(user, issuer, date);
        int number = jdbc.sql(
                        """
                        INSERT INTO documents.number_counter (organization_id, type, term_id, last_number)
                        VALUES (:org, :type, :term, 1)
                        ON CONFLICT (organization_id, type, term_id)
                        DO UPDATE SET last_number = documents.number_counter.last_number + 1
                        RETURNING last_number
                        """)
                .param("org", issuer.value())
                .param("type", type.name())
                .param("term", term.id())
                .query(Integer.class)
                .single();
        DocumentNumber documentNumber = new DocumentNumber(number, type, letterhead.code());
        long id = jdbc.sql(
                        """
                        INSERT INTO documents.issued_document (organization_id, type, term_id, number, symbol,
                            issued_on, title, source, issued_by)
                        VALUES (:org, :type, :term, :number, :symbol, :date, :title, :source, :by) RETURNING id
                        """)
                .param("org", issuer.value())
                .param("type", type.name())
                .param("term", term.id())
                .param("number", number)
                .param("symbol", documentNumber.symbol())
                .param("date", date)
                .param("title", title == null ? "" : title)
                .param("source", source)
                .param("by", user.username())
                .query(Long.class)
                .single();
        IssuedDocument issued = new IssuedDocument(id, issuer, documentNumber, date, term.name());
        audit.record(
                user,
                "document.issue",
                "Document",
                id,
                null,
                Map.of("symbol", documentNumber.symbol(), "term", term.name(), "source", String.valueOf(source)));
        return issued;
    }

    private Optional<IssuedDocument> find(OrganizationId issuer, DocumentType type, String source) {
        return jdbc.sql(
                        """
                        SELECT d.id, d.number, d.symbol, d.issued_on, t.name AS term_name
                        FROM documents.issued_document d JOIN organizations.term_period t ON t.id = d.term_id
                        WHERE d.organization_id = :org AND d.type = :type AND d.source = :source
                        """)
                .param("org", issuer.value())
                .param("type", type.name())
                .param("source", source)
                .query((rs, n) -> {
                    String symbol = rs.getString("symbol");
                    String code = symbol.substring(symbol.indexOf('/') + 1);
                    return new IssuedDocument(
                            rs.getLong("id"),
                            issuer,
                            new DocumentNumber(rs.getInt("number"), type, code),
                            rs.getObject("issued_on", LocalDate.class),
                            rs.getString("term_name"));
                })
                .optional();
    }

    /** A document with its number, as issued. */
    public record IssuedDocument(
            long id, OrganizationId issuer, DocumentNumber number, LocalDate issuedOn, String termName) {}
}
