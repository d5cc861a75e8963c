package vn.chibo.elections.web;

import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.chibo.elections.BallotKeeping;
import vn.chibo.elections.CongressDocuments;
import vn.chibo.elections.CongressElected;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressPreparation;
import vn.chibo.elections.CongressSummons;
import vn.chibo.elections.ElectionId;
import vn.chibo.elections.SessionDocuments;
import vn.chibo.platform.CurrentUser;

/**
 * The documents of a congress and its elections as downloads, each under its file name: the pages and the API serve
 * the same files. {@code format} is the extension asked for ("docx" or "pdf"), refused with its field otherwise.
 */
@Component
class DocumentFiles {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CongressDocuments documents;
    private final SessionDocuments sessionDocuments;
    private final BallotKeeping keeping;
    private final CongressPreparation preparation;
    private final CongressSummons summons;
    private final CongressElected elected;

    DocumentFiles(
            CongressDocuments documents,
            SessionDocuments sessionDocuments,
            BallotKeeping keeping,
            CongressPreparation preparation,
            CongressSummons summons,
            CongressElected elected) {
        this.elected = elected;
        this.summons = summons;
        this.documents = documents;
        this.sessionDocuments = sessionDocuments;
        this.keeping = keeping;
        this.preparation = preparation;
    }

    // ---- a congress ---------------------------------------------------------------------------------------------

    ResponseEntity<byte[]> congressMinutes(CurrentUser user, long id, String format) {
        return file("bien-ban-dai-hoi-" + id, format, f -> documents.congressMinutes(user, CongressId.of(id), f));
    }

    ResponseEntity<byte[]> resolution(CurrentUser user, long id, String format) {
        return file("nghi-quyet-dai-hoi-" + id, format, f -> documents.resolution(user, CongressId.of(id), f));
    }

    ResponseEntity<byte[]> summons(CurrentUser user, long id, String format) {
        return file("thong-bao-trieu-tap-dai-hoi-" + id, format, f -> summons.summons(user, CongressId.of(id), f));
    }

    ResponseEntity<byte[]> approvalRequest(CurrentUser user, long id, String format) {
        return file("to-trinh-chuan-y-" + id, format, f -> documents.approvalRequest(user, CongressId.of(id), f));
    }

    /** The list of particulars of those elected (danh sách trích ngang) as DOCX, PDF or XLSX. */
    ResponseEntity<byte[]> electedList(CurrentUser user, long id, String format) {
        if ("xlsx".equals(format)) {
            return ApiIds.download(
                    "danh-sach-trich-ngang-" + id + ".xlsx", XLSX, elected.xlsx(user, CongressId.of(id)));
        }
        return file("danh-sach-trich-ngang-" + id, format, f -> elected.document(user, CongressId.of(id), f));
    }

    /** The list of particulars of the personnel put forward for election as DOCX, PDF or XLSX. */
    ResponseEntity<byte[]> candidatesList(CurrentUser user, long id, String format) {
        if ("xlsx".equals(format)) {
            return ApiIds.download(
                    "trich-ngang-nhan-su-gioi-thieu-bau-" + id + ".xlsx",
                    XLSX,
                    elected.candidatesXlsx(user, CongressId.of(id)));
        }
        return file(
                "trich-ngang-nhan-su-gioi-thieu-bau-" + id,
                format,
                f -> elected.candidatesDocument(user, CongressId.of(id), f));
    }

    ResponseEntity<byte[]> dossier(CurrentUser user, long id) {
        return ApiIds.zip("ho-so-dai-hoi-" + id, documents.dossier(user, CongressId.of(id)));
    }

    ResponseEntity<byte[]> preparatoryMinutes(CurrentUser user, long id, String format) {
        return file(
                "bien-ban-phien-tru-bi-" + id,
                format,
                f -> sessionDocuments.preparatoryMinutes(user, CongressId.of(id), f));
    }

    ResponseEntity<byte[]> credentialsReport(CurrentUser user, long id, String format) {
        return file(
                "bao-cao-tham-tra-tu-cach-" + id,
                format,
                f -> sessionDocuments.credentialsReport(user, CongressId.of(id), f));
    }

    ResponseEntity<byte[]> commentsXlsx(CurrentUser user, long id) {
        return ApiIds.download(
                "gop-y-du-thao-van-kien-" + id + ".xlsx", XLSX, preparation.commentsXlsx(user, CongressId.of(id)));
    }

    ResponseEntity<byte[]> commentsReport(CurrentUser user, long id, String format) {
        return file(
                "bao-cao-gop-y-du-thao-van-kien-" + id,
                format,
                f -> preparation.commentsReport(user, CongressId.of(id), f));
    }

    // ---- an election --------------------------------------------------------------------------------------------

    /**
     * The counting minutes of a counted round (the latest when {@code round} is null); {@code roundInName} adds the
     * round asked for to the file's name, as the page does (the API's name has never carried it).
     */
    ResponseEntity<byte[]> countingMinutes(
            CurrentUser user, long id, Integer round, String format, boolean roundInName) {
        return file(
                "bien-ban-kiem-phieu-" + id + (roundInName && round != null ? "-lan-" + round : ""),
                format,
                f -> documents.countingMinutes(user, ElectionId.of(id), round, f));
    }

    ResponseEntity<byte[]> ballots(CurrentUser user, long id) {
        return ApiIds.download(
                "phieu-bau-" + id + ".pdf", MediaType.APPLICATION_PDF, documents.ballots(user, ElectionId.of(id)));
    }

    ResponseEntity<byte[]> destructionRecord(CurrentUser user, long id, String format) {
        return file(
                "bien-ban-tieu-huy-phieu-bau-" + id,
                format,
                f -> keeping.destructionRecord(user, ElectionId.of(id), f));
    }

    ResponseEntity<byte[]> opinionMinutes(CurrentUser user, long id, String format) {
        return file(
                "bien-ban-kiem-phieu-xin-y-kien-" + id,
                format,
                f -> sessionDocuments.opinionBallotMinutes(user, ElectionId.of(id), f));
    }

    /** The format is read before the document is made: an unknown one is refused before any number is issued. */
    private static ResponseEntity<byte[]> file(
            String name, String format, Function<CongressDocuments.Format, byte[]> content) {
        CongressDocuments.Format f = CongressDocuments.Format.of(format);
        return ApiIds.file(name, f, content.apply(f));
    }
}
