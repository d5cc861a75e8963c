package vn.chibo.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A paper an organization sends with a numbered document, such as the list of those a congress elected (danh sách
 * trích ngang, attached to the request for approval): laid out like a Party document (the higher and issuing bodies on
 * the left, the Party's name and the place and date on the right, the title, the body) but without a number of its
 * own, and signed for the organization.
 *
 * @param title the title as printed ("DANH SÁCH TRÍCH NGANG")
 * @param summary the lines under the title (whose list it is, and what it goes with), or null
 */
public record AttachedDocument(
        String higherBody,
        String issuingBody,
        String place,
        LocalDate date,
        String title,
        String summary,
        List<PartyDocument.Block> body,
        PartyDocument.Signature signature) {

    public AttachedDocument {
        body = List.copyOf(body);
    }
}
