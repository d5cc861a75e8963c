package vn.chibo.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A paper a member writes in her own name for her Party organization, such as her self-review (bản kiểm điểm cá nhân):
 * laid out like a Party document (the organization on the left, the Party's name and the place and date on the right,
 * the title, the body), but with no number, since no organization issues it, and signed by her alone.
 *
 * @param higherBody the organization above hers (or null)
 * @param organization her organization, named under it
 * @param title the title as printed ("BẢN KIỂM ĐIỂM CÁ NHÂN")
 * @param summary the line under the title ("Năm 2025"), or null
 * @param signature her signature block ("NGƯỜI TỰ KIỂM ĐIỂM", her name)
 */
public record PersonalDocument(
        String higherBody,
        String organization,
        String place,
        LocalDate date,
        String title,
        String summary,
        List<PartyDocument.Block> body,
        PartyDocument.Signature signature) {

    public PersonalDocument {
        body = List.copyOf(body);
    }
}
