package vn.chibo.elections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.DocumentNumber;
import vn.chibo.documents.DocumentNumbering;
import vn.chibo.documents.DocumentType;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.elections.CongressPreparationDetails.DraftComment;
import vn.chibo.elections.CongressPreparationDetails.Paper;
import vn.chibo.elections.CongressPreparationDetails.PaperKind;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.Letterhead;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Preparing a congress: the papers it will hear and the candidates' files, and the members' comments on the higher
 * congresses' draft documents, collected per document and section and exported as XLSX and as a Party-format report
 * (DOCX/PDF, numbered under the committee's term). Writing needs ELECTION_MANAGE on a congress not closed; audited.
 */
@Service
public class CongressPreparation {

    private static final int MAX_SHORT = TypedText.SHORT;
    private static final int MAX_NAME = 200;
    private static final int MAX_COMMENT = 4000;
    private static final int MAX_CONTENT = 100_000;

    private final JdbcClient jdbc;
    private final CongressRecords congresses;
    private final ElectionGuards guards;
    private final CongressPaperwork paper;
    private final DocumentNumbering numbering;
    private final AuditTrail audit;
    private final Clock clock;

    CongressPreparation(
            JdbcClient jdbc,
            CongressRecords congresses,
            ElectionGuards guards,
            CongressPaperwork paper,
            DocumentNumbering numbering,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.congresses = congresses;
        this.guards = guards;
        this.paper = paper;
        this.numbering = numbering;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CongressPreparationDetails details(CurrentUser user, CongressId id) {
        guards.congress(user, id, Permission.ELECTION_VIEW);
        return new CongressPreparationDetails(papers(id), comments(id));
    }

    /** Adds a paper; a candidate's file must be about someone on the congress's list. */
    @Transactional
    public long addPaper(
            CurrentUser user,
            CongressId id,
            PaperKind kind,
            String title,
            String author,
            MemberId member,
            String content) {
        guards.manageable(user, id);
        if (kind == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        String t = TypedText.required("title", title, MAX_SHORT);
        String a = TypedText.required("author", author, MAX_NAME);
        String c = TypedText.required("content", content, MAX_CONTENT);
        if (kind == PaperKind.CANDIDATE_FILE) {
            if (member == null) {
                throw new InvalidInputException("memberId", "validation.required");
            }
            congresses
                    .attendee(id, member)
                    .orElseThrow(() -> new InvalidInputException("memberId", "congress.attendance.notListed"));
        }
        MemberId about = kind == PaperKind.CANDIDATE_FILE ? member : null;
        long paperId = jdbc.sql(
                        """
                        INSERT INTO elections.preparation_paper (congress_id, kind, title, author, member_id, content)
                        VALUES (:c, :k, :t, :a, :m, :content) RETURNING id
                        """)
                .param("c", id.value())
                .param("k", kind.name())
                .param("t", t)
                .param("a", a)
                .param("m", about == null ? null : about.value())
                .param("content", c)
                .query(Long.class)
                .single();
        audit.record(
                user,
                "congress.paper.add",
                CongressManagement.ENTITY,
                id.value(),
                null,
                Map.of("paper", paperId, "kind", kind, "title", t, "author", a));
        return paperId;
    }

    /** Records a comment on a section of a higher congress's draft document. */
    @Transactional
    public long addComment(
            CurrentUser user, CongressId id, String draft, String section, String commenter, String comment) {
        guards.manageable(user, id);
        String d = TypedText.required("draft", draft, MAX_SHORT);
        String s = TypedText.required("section", section, MAX_SHORT);
        String who = TypedText.required("commenter", commenter, MAX_NAME);
        String what = TypedText.required("comment", comment, MAX_COMMENT);
        long commentId = jdbc.sql(
                        """
                        INSERT INTO elections.draft_comment (congress_id, draft, section, commenter, comment)
                        VALUES (:c, :d, :s, :who, :what) RETURNING id
                        """)
                .param("c", id.value())
                .param("d", d)
                .param("s", s)
                .param("who", who)
                .param("what", what)
                .query(Long.class)
                .single();
        audit.record(
                user,
                "congress.draftComment.add",
                CongressManagement.ENTITY,
                id.value(),
                null,
                Map.of("comment", commentId, "draft", d, "section", s, "commenter", who));
        return commentId;
    }

    /** The comments as a spreadsheet: one row per comment, by document and section. */
    @Transactional(readOnly = true)
    public byte[] commentsXlsx(CurrentUser user, CongressId id) {
        guards.congress(user, id, Permission.ELECTION_MANAGE);
        List<DraftComment> comments = comments(id);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(paper.text("preparation.comments.sheet"));
            Row header = sheet.createRow(0);
            String[] titles = {
                paper.text("preparation.comments.no"),
                paper.text("preparation.field.draft"),
                paper.text("preparation.field.section"),
                paper.text("preparation.field.commenter"),
                paper.text("preparation.field.comment")
            };
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            int r = 1;
            for (DraftComment c : comments) {
                Row line = sheet.createRow(r);
                line.createCell(0).setCellValue(r);
                line.createCell(1).setCellValue(c.draft());
                line.createCell(2).setCellValue(c.section());
                line.createCell(3).setCellValue(c.commenter());
                line.createCell(4).setCellValue(c.comment());
                r++;
            }
            book.write(bytes);
            book.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comments as a report to the higher committee, grouped by document and section. */
    @Transactional
    public byte[] commentsReport(CurrentUser user, CongressId id, CongressDocuments.Format format) {
        CongressRecords.Row congress = paper.manageable(user, id);
        List<DraftComment> comments = comments(id);
        if (comments.isEmpty()) {
            throw new InvalidInputException("comments", "preparation.comments.none");
        }
        Letterhead head = paper.letterhead(user, congress);
        String summary = paper.text("preparation.comments.summary", paper.congressLine(congress, head));
        // Sent by the organization before its congress: numbered under the committee's term, not in the congress's run.
        LocalDate date = LocalDate.now(clock);
        DocumentNumber number = numbering
                .issue(
                        user,
                        congress.organizationId(),
                        DocumentType.REPORT,
                        date,
                        summary,
                        "congress:" + id.value() + ":draft-comments")
                .number();
        Map<String, Map<String, List<DraftComment>>> grouped = new LinkedHashMap<>();
        for (DraftComment c : comments) {
            grouped.computeIfAbsent(c.draft(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.section(), k -> new ArrayList<>())
                    .add(c);
        }
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(paper.text("preparation.comments.opening", comments.size())));
        int d = 1;
        for (var draft : grouped.entrySet()) {
            body.add(Block.heading(d++ + ". " + draft.getKey()));
            for (var section : draft.getValue().entrySet()) {
                body.add(Block.paragraph(paper.text("preparation.comments.section", section.getKey())));
                for (DraftComment c : section.getValue()) {
                    body.add(Block.paragraph("- " + c.comment() + " (" + c.commenter() + ")"));
                }
            }
        }
        PartyDocument document = paper.toHigherBody(
                head,
                number,
                date,
                summary,
                body,
                "",
                List.of("resolution.recipient.higher", "congress.documents.recipient.archive"));
        return paper.render(document, format);
    }

    private List<Paper> papers(CongressId id) {
        return jdbc.sql(
                        """
                        SELECT id, kind, title, author, member_id, content FROM elections.preparation_paper
                        WHERE congress_id = :c ORDER BY kind, id
                        """)
                .param("c", id.value())
                .query((rs, n) -> {
                    long member = rs.getLong("member_id");
                    MemberId about = rs.wasNull() ? null : MemberId.of(member);
                    return new Paper(
                            rs.getLong("id"),
                            PaperKind.valueOf(rs.getString("kind")),
                            rs.getString("title"),
                            rs.getString("author"),
                            about,
                            rs.getString("content"));
                })
                .list();
    }

    private List<DraftComment> comments(CongressId id) {
        return jdbc.sql(
                        """
                        SELECT id, draft, section, commenter, comment FROM elections.draft_comment
                        WHERE congress_id = :c ORDER BY draft, section, id
                        """)
                .param("c", id.value())
                .query((rs, n) -> new DraftComment(
                        rs.getLong("id"),
                        rs.getString("draft"),
                        rs.getString("section"),
                        rs.getString("commenter"),
                        rs.getString("comment")))
                .list();
    }
}
