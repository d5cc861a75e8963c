package vn.chibo.documents;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.TermDatesCorrected;
import vn.chibo.organizations.TermDetails;
import vn.chibo.platform.InvalidInputException;

/**
 * Keeps the numbers consistent with the terms they were issued in: a correction of a term's dates that would leave a
 * document numbered under the term dated outside it is refused (HD 36 numbers documents per term), naming how many and
 * the first of them; the correction is rolled back.
 */
@Component
class TermCorrectionCheck {

    private final JdbcClient jdbc;

    TermCorrectionCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void check(TermDatesCorrected corrected) {
        TermDetails term = corrected.term();
        List<Issued> outside = jdbc
                .sql("SELECT symbol, issued_on FROM documents.issued_document WHERE term_id = :term"
                        + " ORDER BY issued_on, id")
                .param("term", term.id())
                .query((rs, n) -> new Issued(rs.getString("symbol"), rs.getObject("issued_on", LocalDate.class)))
                .list()
                .stream()
                .filter(document -> !term.covers(document.issuedOn()))
                .toList();
        if (outside.isEmpty()) {
            return;
        }
        Issued first = outside.get(0);
        throw new InvalidInputException(
                first.issuedOn().isBefore(term.startsOn()) ? "startsOn" : "endsOn",
                "document.term.correctionOutside",
                outside.size(),
                first.symbol(),
                String.format(
                        "%02d/%02d/%04d",
                        first.issuedOn().getDayOfMonth(),
                        first.issuedOn().getMonthValue(),
                        first.issuedOn().getYear()));
    }

    private record Issued(String symbol, LocalDate issuedOn) {}
}
