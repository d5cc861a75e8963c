package vn.chibo.reviews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.AttachedDocument;
import vn.chibo.documents.DocumentRenderer;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.Letterhead;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.Position;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/**
 * The list a branch sends with its review round (danh sách đề nghị xếp loại chất lượng đảng viên): every member on the
 * roster with the level she rated herself, the branch's proposal and the level above's decision, why a member is not
 * rated, and the totals of each level against the rated members, as a paper to print and sign (DOCX, PDF: a table on
 * landscape pages, under the branch's letterhead) and as a spreadsheet. Readable by those who see the round
 * (REVIEW_VIEW on its branch), like the round's page.
 */
@Service
public class ReviewPapers {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Name, admission, the three levels and the notes wide enough for their words; dates on one line. */
    private static final List<Integer> WIDTHS = List.of(3, 15, 11, 12, 12, 12, 19);

    private final ReviewManagement reviews;
    private final OrganizationManagement organizations;
    private final DocumentRenderer renderer;
    private final MessageSource messages;
    private final Clock clock;
    private final OrganizationTerms terms;

    ReviewPapers(
            ReviewManagement reviews,
            OrganizationManagement organizations,
            DocumentRenderer renderer,
            MessageSource messages,
            Clock clock,
            OrganizationTerms terms) {
        this.reviews = reviews;
        this.organizations = organizations;
        this.terms = terms;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
    }

    /** The file formats of the list. */
    public enum Format {
        DOCX,
        PDF,
        XLSX;

        /** The format of a file extension, refused naming the field {@code format}. */
        public static Format of(String extension) {
            return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
                case "docx" -> DOCX;
                case "pdf" -> PDF;
                case "xlsx" -> XLSX;
                default -> throw new InvalidInputException("format", "validation.invalidValue", extension);
            };
        }
    }

    /** The round's list in the format asked for. */
    @Transactional(readOnly = true)
    public byte[] ratings(CurrentUser user, long roundId, Format format) {
        ReviewRoundDetails round = reviews.details(user, ReviewRoundId.of(roundId));
        if (round.members().isEmpty()) {
            throw new InvalidInputException("roster", "reviews.papers.empty");
        }
        return format == Format.XLSX ? xlsx(round) : document(user, round, format);
    }

    private List<String> header() {
        return Stream.of("number", "name", "admitted", "self", "proposed", "approved", "notes")
                .map(c -> text("reviews.papers.column." + c))
                .toList();
    }

    private List<String> cells(int number, MemberReview m) {
        return java.util.Arrays.asList(
                Integer.toString(number),
                m.fullName(),
                m.admissionDate() == null ? "" : DAY.format(m.admissionDate()),
                level(m.selfLevel()),
                level(m.proposedLevel()),
                level(m.approvedLevel()),
                notes(m));
    }

    private String level(RatingLevel level) {
        return level == null ? "" : text(level.messageKey());
    }

    /** Why she is not rated, or not reviewed at all; empty for a member rated as any other. */
    private String notes(MemberReview m) {
        List<String> notes = new ArrayList<>();
        if (!m.rated()) {
            notes.add(m.reviewed() ? text("reviews.papers.notRated") : text("reviews.papers.notReviewed"));
            m.notRatedReasons().forEach(r -> notes.add(messages.getMessage(r.resolvable(), VIETNAMESE)));
        }
        return String.join("; ", notes);
    }

    /** The totals under the list: the roster, those reviewed and rated, and each level with its share. */
    private List<String> totals(ReviewRoundDetails round) {
        RoundTally t = round.tally();
        List<String> lines = new ArrayList<>();
        lines.add(text("reviews.papers.totals", t.members(), t.reviewed(), t.rated(), t.notRated()));
        for (RoundTally.LevelCount l : t.levels()) {
            lines.add(text(
                    "reviews.papers.level",
                    text(l.level().messageKey()),
                    l.count(),
                    l.percent() == null ? "0" : decimal(l.percent())));
        }
        if (t.withoutLevel() > 0) {
            lines.add(text("reviews.papers.withoutLevel", t.withoutLevel()));
        }
        return lines;
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private byte[] document(CurrentUser user, ReviewRoundDetails round, Format format) {
        Letterhead head = organizations.letterhead(user, round.organizationId());
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (MemberReview m : round.members()) {
            rows.add(cells(++n, m));
        }
        List<Block> body = new ArrayList<>();
        body.add(Block.table(header(), rows, WIDTHS));
        for (String line : totals(round)) {
            body.add(Block.paragraph(line));
        }
        LocalDate date = round.reviewDate().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : round.reviewDate();
        AttachedDocument doc = new AttachedDocument(
                head.higherBody(),
                head.issuingBody(),
                head.place(),
                date,
                text("reviews.papers.title"),
                text("reviews.papers.summary", Integer.toString(round.year()), round.organizationName()),
                body,
                new Signature(
                        text(head.type().isBranch() ? "resolution.capacity.branch" : "resolution.capacity.committee"),
                        text("resolution.signature.secretary"),
                        secretaryOn(user, round, date)));
        return format == Format.DOCX ? renderer.docx(doc) : renderer.pdf(doc);
    }

    /** Who signs the list for the organization: its secretary on the day it is dated, as its committee records. */
    private String secretaryOn(CurrentUser user, ReviewRoundDetails round, LocalDate date) {
        return terms.committeeOn(user, round.organizationId(), date).stream()
                .filter(seat -> seat.position() == Position.SECRETARY)
                .map(CommitteeSeat::fullName)
                .findFirst()
                .orElse("");
    }

    private byte[] xlsx(ReviewRoundDetails round) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("reviews.papers.sheet", Integer.toString(round.year())));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle strong = book.createCellStyle();
            strong.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(text("reviews.papers.title") + " – "
                            + text("reviews.papers.summary", Integer.toString(round.year()), round.organizationName()));
            title.getCell(0).setCellStyle(strong);
            Row header = sheet.createRow(2);
            List<String> columns = header();
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                header.getCell(c).setCellStyle(strong);
            }
            int r = 3;
            int n = 0;
            for (MemberReview m : round.members()) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(++n, m);
                row.createCell(0).setCellValue(n);
                for (int c = 1; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            r++;
            for (String line : totals(round)) {
                sheet.createRow(r++).createCell(1).setCellValue(line);
            }
            sheet.setColumnWidth(1, 28 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
