package vn.chibo.reviews;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.DocumentRenderer;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PersonalDocument;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * A member's own written self-review (bản tự kiểm điểm) for her branch's review of the year: what she did well, her
 * shortcomings and how she will remedy them, and the level she rates herself, sent from her own account while the
 * branch's round is open (she may send it again until the branch proposes its levels). Her level becomes the round's
 * self-assessed level, which the branch may still correct in its record. Only she (the member record linked to her
 * account) and those who see the round (REVIEW_VIEW on the branch) read it; the audit records that she sent it and the
 * level, not the text.
 */
@Service
public class SelfReviews {

    /** The longest of the three texts. */
    static final int MAX_TEXT = 20_000;

    private final JdbcClient jdbc;
    private final MemberManagement members;
    private final vn.chibo.organizations.OrganizationManagement organizations;
    private final OrganizationAccess access;
    private final AuditTrail audit;
    private final DocumentRenderer renderer;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    SelfReviews(
            JdbcClient jdbc,
            MemberManagement members,
            vn.chibo.organizations.OrganizationManagement organizations,
            OrganizationAccess access,
            AuditTrail audit,
            DocumentRenderer renderer,
            org.springframework.context.MessageSource messages,
            Clock clock) {
        this.renderer = renderer;
        this.messages = messages;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One review round of the signed-in member's: the branch and year, where the round stands, whether she is rated
     * (not exempt, not suspended), and what she has sent ({@code submittedAt} null until then).
     */
    public record Own(
            long roundId,
            long entryId,
            long organizationId,
            String organizationName,
            int reviewYear,
            LocalDate reviewDate,
            ReviewStatus status,
            boolean rated,
            RatingLevel selfLevel,
            String strengths,
            String shortcomings,
            String remedies,
            Instant submittedAt) {

        /** Whether she may send (or send again) her self-review: the round open and she rated in it. */
        public boolean open() {
            return status == ReviewStatus.OPEN && rated;
        }
    }

    /** What she sends: the three parts and her level. */
    public record Submit(String strengths, String shortcomings, String remedies, RatingLevel level) {}

    /** The signed-in member's review rounds, newest first; none for an account not linked to a member record. */
    @Transactional(readOnly = true)
    public List<Own> mine(CurrentUser user) {
        return members.ownId(user).map(this::rounds).orElse(List.of());
    }

    /**
     * Sends her self-review to the round: refused naming the field when a part is missing or too long, when the level is
     * missing, or (field {@code status}) when the round is no longer open or she is not rated in it; a round she is not
     * on is not found. Audited (the level, not the text).
     */
    @Transactional
    public Own submit(CurrentUser user, long roundId, Submit s) {
        MemberId me = members.ownId(user).orElseThrow(() -> new NotFoundException("reviewRound", roundId));
        Own before = rounds(me).stream()
                .filter(o -> o.roundId() == roundId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("reviewRound", roundId));
        if (before.status() != ReviewStatus.OPEN) {
            throw new InvalidInputException("status", "reviews.self.closed");
        }
        if (!before.rated()) {
            throw new InvalidInputException("status", "reviews.self.notRated");
        }
        String strengths = text("strengths", s == null ? null : s.strengths(), true);
        String shortcomings = text("shortcomings", s == null ? null : s.shortcomings(), true);
        String remedies = text("remedies", s == null ? null : s.remedies(), false);
        if (s == null || s.level() == null) {
            throw new InvalidInputException("level", "validation.required");
        }
        jdbc.sql(
                        """
                        UPDATE reviews.member_review SET self_strengths = :strengths, self_shortcomings = :shortcomings,
                            self_remedies = :remedies, self_level = :level, self_submitted_at = :now, version = version + 1
                        WHERE id = :entry
                        """)
                .param("strengths", strengths)
                .param("shortcomings", shortcomings)
                .param("remedies", remedies)
                .param("level", s.level().name())
                .param("now", Timestamp.from(clock.instant()))
                .param("entry", before.entryId())
                .update();
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("entry", before.entryId());
        was.put("selfLevel", before.selfLevel());
        was.put("submitted", before.submittedAt() != null);
        audit.record(
                user,
                "reviews.self.submit",
                ReviewRecords.ROUND,
                roundId,
                was,
                Map.of("entry", before.entryId(), "selfLevel", s.level(), "submitted", true));
        return rounds(me).stream()
                .filter(o -> o.roundId() == roundId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * What a member of the round sent, for those who see the round (REVIEW_VIEW on its branch); empty when she has sent
     * nothing.
     */
    @Transactional(readOnly = true)
    public Optional<Own> of(CurrentUser user, long roundId, long entryId) {
        Optional<Own> own =
                select("m.round_id = :round AND m.id = :entry", Map.of("round", roundId, "entry", entryId)).stream()
                        .findFirst();
        own.ifPresent(o -> access.require(user, OrganizationId.of(o.organizationId()), Permission.REVIEW_VIEW));
        return own.filter(o -> o.submittedAt() != null);
    }

    /**
     * How many of the round's rated members have sent their self-review, how many are rated, and the entries of those
     * who have sent one.
     */
    public record Count(int submitted, int rated, java.util.Set<Long> sent) {

        public boolean hasSent(long entryId) {
            return sent.contains(entryId);
        }
    }

    /** The round's count, for those who see the round. */
    @Transactional(readOnly = true)
    public Count count(CurrentUser user, long roundId, long organizationId) {
        access.require(user, OrganizationId.of(organizationId), Permission.REVIEW_VIEW);
        record Entry(long id, boolean rated, boolean sent) {}
        List<Entry> entries = jdbc.sql(
                        """
                        SELECT id, NOT exempt AND NOT suspended AS rated, self_submitted_at IS NOT NULL AS sent
                        FROM reviews.member_review WHERE round_id = :round
                        """)
                .param("round", roundId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getBoolean("rated"), rs.getBoolean("sent")))
                .list();
        java.util.Set<Long> sent = new java.util.HashSet<>();
        int rated = 0;
        int submitted = 0;
        for (Entry e : entries) {
            if (e.sent()) {
                sent.add(e.id());
            }
            if (e.rated()) {
                rated++;
                if (e.sent()) {
                    submitted++;
                }
            }
        }
        return new Count(submitted, rated, java.util.Set.copyOf(sent));
    }

    /** The file formats of the printed self-review. */
    public enum Format {
        DOCX,
        PDF
    }

    /**
     * The signed-in member's self-review for the round as a paper to print and sign (bản kiểm điểm cá nhân): what she
     * sent, or, before she has, the form with her particulars and blank lines to write by hand.
     */
    @Transactional(readOnly = true)
    public byte[] ownDocument(CurrentUser user, long roundId, Format format) {
        MemberId me = members.ownId(user).orElseThrow(() -> new NotFoundException("reviewRound", roundId));
        Own own = rounds(me).stream()
                .filter(o -> o.roundId() == roundId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("reviewRound", roundId));
        return render(own, format);
    }

    /**
     * A member's self-review as a paper, for those who see the round: what she sent, or the form to fill in by hand (for
     * a member who writes on paper).
     */
    @Transactional(readOnly = true)
    public byte[] document(CurrentUser user, long roundId, long entryId, Format format) {
        Own own = select("m.round_id = :round AND m.id = :entry", Map.of("round", roundId, "entry", entryId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("memberReview", entryId));
        access.require(user, OrganizationId.of(own.organizationId()), Permission.REVIEW_VIEW);
        return render(own, format);
    }

    private byte[] render(Own own, Format format) {
        record Who(String fullName, LocalDate admitted) {}
        Who who = jdbc.sql("SELECT full_name, admission_date FROM reviews.member_review WHERE id = :e")
                .param("e", own.entryId())
                .query((rs, n) -> new Who(rs.getString("full_name"), rs.getObject("admission_date", LocalDate.class)))
                .single();
        vn.chibo.organizations.Letterhead head =
                organizations.letterhead(CurrentUser.system(), OrganizationId.of(own.organizationId()));
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<PartyDocument.Block> body = new java.util.ArrayList<>();
        body.add(PartyDocument.Block.paragraph(text("reviews.self.doc.name", who.fullName())));
        body.add(PartyDocument.Block.paragraph(
                text("reviews.self.doc.admitted", who.admitted().format(day))));
        body.add(PartyDocument.Block.paragraph(text("reviews.self.doc.branch", own.organizationName())));
        int section = 0;
        section = part(body, ++section, "reviews.self.doc.strengths", own.strengths());
        section = part(body, ++section, "reviews.self.doc.shortcomings", own.shortcomings());
        if (own.remedies() != null || own.submittedAt() == null) {
            section = part(body, ++section, "reviews.self.doc.remedies", own.remedies());
        }
        body.add(PartyDocument.Block.heading(text("reviews.self.doc.level", roman(++section))));
        body.add(PartyDocument.Block.paragraph(text(
                "reviews.self.doc.levelLine",
                own.selfLevel() == null ? BLANK : text(own.selfLevel().messageKey()))));
        LocalDate date = own.submittedAt() == null
                ? LocalDate.now(clock)
                : own.submittedAt().atZone(vn.chibo.platform.ChiboClock.ZONE).toLocalDate();
        PersonalDocument paper = new PersonalDocument(
                head.higherBody(),
                head.issuingBody(),
                head.place(),
                date,
                text("reviews.self.doc.title"),
                text("reviews.self.doc.year", Integer.toString(own.reviewYear())),
                body,
                new PartyDocument.Signature(null, text("reviews.self.doc.signature"), who.fullName()));
        return format == Format.PDF ? renderer.pdf(paper) : renderer.docx(paper);
    }

    /** A line to write on by hand. */
    private static final String BLANK = "……………………………………………………";

    private int part(List<PartyDocument.Block> body, int section, String key, String text) {
        body.add(PartyDocument.Block.heading(text(key, roman(section))));
        if (text == null) {
            for (int i = 0; i < 4; i++) {
                body.add(PartyDocument.Block.paragraph(BLANK + BLANK));
            }
            return section;
        }
        for (String paragraph : text.split("\\R+")) {
            if (!paragraph.isBlank()) {
                body.add(PartyDocument.Block.paragraph(paragraph.strip()));
            }
        }
        return section;
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> Integer.toString(n);
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.forLanguageTag("vi"));
    }

    private List<Own> rounds(MemberId me) {
        return select("m.member_id = :me", Map.of("me", me.value()));
    }

    private List<Own> select(String condition, Map<String, Object> params) {
        Map<Long, String> names = new java.util.HashMap<>();
        return jdbc.sql(
                        """
                        SELECT r.id AS round_id, m.id AS entry_id, r.organization_id, r.review_year, r.review_date,
                            r.status, NOT m.exempt AND NOT m.suspended AS rated, m.self_level, m.self_strengths,
                            m.self_shortcomings, m.self_remedies, m.self_submitted_at
                        FROM reviews.member_review m JOIN reviews.review_round r ON r.id = m.round_id
                        WHERE """
                                + " " + condition + " ORDER BY r.review_year DESC, r.id DESC")
                .params(params)
                .query((rs, n) -> {
                    Timestamp submitted = rs.getTimestamp("self_submitted_at");
                    String level = rs.getString("self_level");
                    long organization = rs.getLong("organization_id");
                    return new Own(
                            rs.getLong("round_id"),
                            rs.getLong("entry_id"),
                            organization,
                            // Her round's branch by name, even one she has since left (the name is no secret to her).
                            names.computeIfAbsent(organization, id -> organizations
                                    .summary(CurrentUser.system(), OrganizationId.of(id))
                                    .name()),
                            rs.getInt("review_year"),
                            rs.getObject("review_date", LocalDate.class),
                            ReviewStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("rated"),
                            level == null ? null : RatingLevel.valueOf(level),
                            rs.getString("self_strengths"),
                            rs.getString("self_shortcomings"),
                            rs.getString("self_remedies"),
                            submitted == null ? null : submitted.toInstant());
                })
                .list();
    }

    private static String text(String field, String value, boolean required) {
        String v = value == null ? null : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
        if (v == null || v.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "validation.required");
            }
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "validation.tooLong", MAX_TEXT);
        }
        return v;
    }
}
