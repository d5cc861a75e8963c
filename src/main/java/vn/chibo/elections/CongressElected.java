package vn.chibo.elections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.documents.AttachedDocument;
import vn.chibo.documents.DocumentRenderer;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;
import vn.chibo.elections.counting.RoundOutcome;
import vn.chibo.members.MemberCategory;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberProfiles;
import vn.chibo.members.MemberProfiles.Profile;
import vn.chibo.organizations.Letterhead;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * Those a congress elected, with their particulars (danh sách trích ngang) and the make-up of each body (cơ cấu: women,
 * ethnic minorities, religion, age, qualification, political theory), as the request for approval sends them to the
 * higher committee: the new committee with the posts its first conference gave (secretary, deputies, standing
 * committee), the inspection committee, and the delegates and alternates to the higher congress. A committee's
 * congress counts the posts its new committee's first conference elected.
 *
 * <p>Readable with ELECTION_VIEW on the congress's organization; the particulars of each person only where the reader
 * may also see her record (MEMBER_VIEW), otherwise her name, post and votes alone, and she is left out of the make-up
 * (which says how many it could not count).
 */
@Service
public class CongressElected {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final ElectionGuards guards;
    private final CongressRecords congresses;
    private final CongressPaperwork paper;
    private final MemberProfiles profiles;
    private final DocumentRenderer renderer;

    CongressElected(
            JdbcClient jdbc,
            ElectionGuards guards,
            CongressRecords congresses,
            CongressPaperwork paper,
            MemberProfiles profiles,
            DocumentRenderer renderer) {
        this.jdbc = jdbc;
        this.guards = guards;
        this.congresses = congresses;
        this.paper = paper;
        this.profiles = profiles;
        this.renderer = renderer;
    }

    /** The bodies a list groups the elected into, in the order they are listed. */
    public enum Body {
        COMMITTEE(
                ElectionKind.COMMITTEE,
                ElectionKind.SECRETARY,
                ElectionKind.DEPUTY_SECRETARY,
                ElectionKind.STANDING_COMMITTEE),
        INSPECTION(ElectionKind.INSPECTION_COMMITTEE, ElectionKind.INSPECTION_CHAIR),
        DELEGATES(ElectionKind.DELEGATE),
        ALTERNATES(ElectionKind.ALTERNATE_DELEGATE);

        private final ElectionKind base;
        private final List<ElectionKind> posts;

        Body(ElectionKind base, ElectionKind... posts) {
            this.base = base;
            this.posts = List.of(posts);
        }

        /** The election that makes someone one of this body, whose votes the list gives. */
        public ElectionKind base() {
            return base;
        }

        static Body of(ElectionKind kind) {
            for (Body body : values()) {
                if (body.base == kind || body.posts.contains(kind)) {
                    return body;
                }
            }
            throw new IllegalArgumentException(kind.name());
        }
    }

    /**
     * One person elected to a body: the posts she was elected to in it, highest first (for the committee: secretary,
     * deputy secretary, standing committee, member), the votes and their percentage in the body's own election (null
     * when she holds a post without having been elected to the body itself), and her particulars (null when the
     * reader may not see her record).
     */
    public record Person(
            MemberId memberId,
            String fullName,
            List<ElectionKind> posts,
            Integer votes,
            BigDecimal percent,
            Profile profile) {

        /** The highest post she holds in the body. */
        public ElectionKind post() {
            return posts.get(0);
        }
    }

    /**
     * The make-up of a body on the congress's opening day: how many, how many of them could be counted (their
     * particulars visible), the count in each category of the statistics forms, and the average, lowest and highest
     * age (null when nobody could be counted).
     */
    public record Makeup(
            int total,
            int counted,
            Map<MemberCategory, Integer> counts,
            BigDecimal averageAge,
            Integer youngest,
            Integer oldest,
            int ageTotal) {

        /** The make-up of several bodies together (the committees of a congress season). */
        public static Makeup combine(List<Makeup> parts) {
            int total = 0;
            int counted = 0;
            int ages = 0;
            Integer youngest = null;
            Integer oldest = null;
            Map<MemberCategory, Integer> counts = new EnumMap<>(MemberCategory.class);
            for (Makeup m : parts) {
                total += m.total();
                counted += m.counted();
                ages += m.ageTotal();
                if (m.youngest() != null) {
                    youngest = youngest == null ? m.youngest() : Math.min(youngest, m.youngest());
                    oldest = oldest == null ? m.oldest() : Math.max(oldest, m.oldest());
                }
                m.counts().forEach((c, n) -> counts.merge(c, n, Integer::sum));
            }
            return new Makeup(total, counted, Map.copyOf(counts), average(ages, counted), youngest, oldest, ages);
        }

        static BigDecimal average(long ages, int counted) {
            return counted == 0
                    ? null
                    : BigDecimal.valueOf(ages).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        }

        public int count(MemberCategory category) {
            return counts.getOrDefault(category, 0);
        }

        public int women() {
            return count(MemberCategory.FEMALE);
        }

        public BigDecimal womenPercent() {
            return percent(MemberCategory.FEMALE);
        }

        public int minority() {
            return count(MemberCategory.MINORITY);
        }

        /** The category's share of those counted, one decimal (0 when nobody was counted). */
        public BigDecimal percent(MemberCategory category) {
            return counted == 0
                    ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(count(category) * 100L)
                            .divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        }
    }

    /** A body as listed: its people and its make-up. */
    /**
     * A body as listed (for those put forward, one election's list: {@code kind} is its election; for those elected,
     * the body's own election), its people and its make-up.
     */
    public record Group(
            Body body, ElectionKind kind, String title, List<Person> people, Makeup makeup, String makeupText) {}

    /** The list of a congress: its line, the date the ages are counted on, and each body that has someone elected. */
    public record Listing(
            CongressId congressId,
            String organization,
            boolean branch,
            boolean candidates,
            String congressLine,
            LocalDate date,
            List<Group> groups) {

        public boolean isEmpty() {
            return groups.isEmpty();
        }

        /** The message key of a person's post: a branch's committee member is a chi ủy viên. */
        public String postKey(Person person) {
            return postKey(person.post());
        }

        String postKey(ElectionKind post) {
            return "congress.elected.post." + post.name()
                    + (post == ElectionKind.COMMITTEE ? (branch ? ".branch" : ".committee") : "");
        }
    }

    /** Everyone the congress (and its new committee's first conference) elected, by body, with the make-up. */
    @Transactional(readOnly = true)
    public Listing of(CurrentUser user, CongressId id) {
        CongressRecords.Row congress = guards.congress(user, id, Permission.ELECTION_VIEW);
        return listing(user, congress, false);
    }

    /**
     * Those the congress's election lists put forward (nhân sự giới thiệu bầu cử), by body, each on the first round's
     * list of every election she stands in, with the make-up of each list: the papers the outgoing committee sends the
     * higher one about the personnel it proposes, and presents to the congress.
     */
    @Transactional(readOnly = true)
    public Listing candidates(CurrentUser user, CongressId id) {
        CongressRecords.Row congress = guards.congress(user, id, Permission.ELECTION_VIEW);
        return listing(user, congress, true);
    }

    Listing listing(CurrentUser user, CongressRecords.Row congress) {
        return listing(user, congress, false);
    }

    private Listing listing(CurrentUser user, CongressRecords.Row congress, boolean candidates) {
        Letterhead head = paper.letterhead(user, congress);
        CongressRecords.Row main = main(congress);
        LocalDate date = main.openingDate();
        List<Group> groups = new ArrayList<>();
        people(user, main, candidates).forEach((kind, people) -> {
            Makeup makeup = makeup(people, date);
            Body body = Body.of(kind);
            String title = candidates ? paper.subject(kind, main, head) : title(body, main, head);
            groups.add(new Group(body, kind, title, people, makeup, makeupText(title, makeup, candidates)));
        });
        return new Listing(
                main.id(),
                head.issuingBody(),
                head.type().isBranch(),
                candidates,
                paper.congressLine(main, head),
                date,
                groups);
    }

    /**
     * The make-up of the committee a congress elected, on its opening day, or null when it has elected none yet (for
     * the progress board: the caller has checked the user's ELECTION_VIEW on the congress's organization).
     */
    Makeup committeeMakeup(CurrentUser user, CongressId id) {
        CongressRecords.Row main = main(congresses.load(id));
        List<Person> committee = people(user, main, false).get(ElectionKind.COMMITTEE);
        return committee == null ? null : makeup(committee, main.openingDate());
    }

    /** A committee conference lists under its congress what it elected; a congress adds its conferences' posts. */
    private CongressRecords.Row main(CongressRecords.Row congress) {
        return congress.kind() == CongressKind.COMMITTEE_CONFERENCE && congress.parentId() != null
                ? congresses.load(congress.parentId())
                : congress;
    }

    /**
     * Those elected to each body, under the body's own election, in the order they are listed (the highest posts
     * first); or, when {@code candidates}, those on the first round's list of each election, in the list's order, each
     * with every list she stands on. Groups with nobody are left out.
     */
    private Map<ElectionKind, List<Person>> people(CurrentUser user, CongressRecords.Row main, boolean candidates) {
        List<CongressId> sources = new ArrayList<>(List.of(main.id()));
        sources.addAll(congresses.conferencesOf(main.id()));
        Map<ElectionKind, Map<MemberId, Elected>> bodies = new EnumMap<>(ElectionKind.class);
        Map<MemberId, List<ElectionKind>> lists = new java.util.HashMap<>();
        jdbc.sql(
                        candidates
                                ? """
                        SELECT e.kind, rc.member_id, rc.full_name, NULL, NULL
                        FROM elections.election e
                        JOIN elections.round r ON r.election_id = e.id AND r.number = 1
                        JOIN elections.round_candidate rc ON rc.round_id = r.id
                        WHERE e.congress_id = ANY(:c)
                        ORDER BY e.congress_id, e.id, rc.position
                        """
                                : """
                        SELECT e.kind, rc.member_id, rc.full_name, rc.votes, r.denominator
                        FROM elections.election e
                        JOIN elections.round r ON r.election_id = e.id AND r.counted
                        JOIN elections.round_candidate rc ON rc.round_id = r.id AND rc.elected
                        WHERE e.congress_id = ANY(:c)
                        ORDER BY e.congress_id, r.number, rc.votes DESC, rc.position
                        """)
                .param("c", sources.stream().map(CongressId::value).toArray(Long[]::new))
                .query(rs -> {
                    ElectionKind kind = ElectionKind.valueOf(rs.getString(1));
                    MemberId member = MemberId.of(rs.getLong(2));
                    Body body = Body.of(kind);
                    String name = rs.getString(3);
                    Elected e = bodies.computeIfAbsent(candidates ? kind : body.base(), b -> new LinkedHashMap<>())
                            .computeIfAbsent(member, m -> new Elected(member, name));
                    e.posts.add(kind);
                    lists.computeIfAbsent(member, m -> new ArrayList<>()).add(kind);
                    if (kind == body.base() && !candidates) {
                        int votes = rs.getInt(4);
                        e.votes = votes;
                        e.percent = RoundOutcome.percent(votes, rs.getInt(5));
                    }
                });
        List<MemberId> everyone = bodies.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .toList();
        Map<MemberId, Profile> known = profiles.of(user, everyone);
        Map<ElectionKind, List<Person>> result = new EnumMap<>(ElectionKind.class);
        bodies.forEach((kind, elected) -> {
            if (candidates) {
                elected.values().forEach(e -> {
                    e.posts.clear();
                    e.posts.addAll(lists.get(e.memberId));
                });
            }
            result.put(
                    kind,
                    elected.values().stream()
                            .map(e -> e.person(known.get(e.memberId)))
                            .sorted(java.util.Comparator.comparingInt(p -> candidates ? 0 : rank(p.post())))
                            .toList());
        });
        return result;
    }

    /** The order of posts within a body: the highest first, then members in the order they were elected. */
    private static int rank(ElectionKind post) {
        return switch (post) {
            case SECRETARY, INSPECTION_CHAIR -> 0;
            case DEPUTY_SECRETARY -> 1;
            case STANDING_COMMITTEE -> 2;
            default -> 3;
        };
    }

    private static final class Elected {
        final MemberId memberId;
        final String fullName;
        final List<ElectionKind> posts = new ArrayList<>();
        Integer votes;
        BigDecimal percent;

        Elected(MemberId memberId, String fullName) {
            this.memberId = memberId;
            this.fullName = fullName;
        }

        Person person(Profile profile) {
            List<ElectionKind> sorted = posts.stream()
                    .distinct()
                    .sorted(java.util.Comparator.comparingInt(CongressElected::rank))
                    .toList();
            return new Person(memberId, fullName, sorted, votes, percent, profile);
        }
    }

    static Makeup makeup(List<Person> people, LocalDate date) {
        Map<MemberCategory, Integer> counts = new EnumMap<>(MemberCategory.class);
        int counted = 0;
        long ages = 0;
        Integer youngest = null;
        Integer oldest = null;
        for (Person p : people) {
            if (p.profile() == null) {
                continue;
            }
            counted++;
            int age = p.profile().ageOn(date);
            ages += age;
            youngest = youngest == null ? age : Math.min(youngest, age);
            oldest = oldest == null ? age : Math.max(oldest, age);
            for (MemberCategory c : p.profile().categories(date)) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        return new Makeup(
                people.size(), counted, Map.copyOf(counts), Makeup.average(ages, counted), youngest, oldest, (int)
                        ages);
    }

    private String title(Body body, CongressRecords.Row congress, Letterhead head) {
        String term = congress.termStart().getYear() + "–" + congress.termEnd().getYear();
        String name =
                head.type().isBranch() ? paper.text("election.body.branch") : paper.text("election.body.committee");
        return paper.text("congress.elected.body." + body.name(), name, head.issuingBody(), term);
    }

    /**
     * "Chi ủy Chi bộ …, nhiệm kỳ 2025–2027 gồm 3 đồng chí: nữ 2 (66,7%); dân tộc thiểu số 0; có tôn giáo 0; tuổi
     * bình quân 44,3 (thấp nhất 35, cao nhất 52); theo độ tuổi: …; trình độ chuyên môn: …; lý luận chính trị: …."
     */
    String makeupText(String title, Makeup m) {
        return makeupText(title, m, false);
    }

    private String makeupText(String title, Makeup m, boolean candidates) {
        List<String> parts = new ArrayList<>();
        if (m.counted() > 0) {
            parts.add(paper.text(
                    "congress.elected.makeup.women",
                    m.count(MemberCategory.FEMALE),
                    percent(m.percent(MemberCategory.FEMALE))));
            parts.add(paper.text("congress.elected.makeup.minority", m.count(MemberCategory.MINORITY)));
            parts.add(paper.text("congress.elected.makeup.religious", m.count(MemberCategory.RELIGIOUS)));
            parts.add(
                    m.counted() == 1
                            ? paper.text("congress.elected.makeup.oneAge", m.youngest())
                            : paper.text(
                                    "congress.elected.makeup.age", percent(m.averageAge()), m.youngest(), m.oldest()));
            parts.add(dimension("congress.elected.makeup.ages", m, MemberCategory.Dimension.AGE));
            parts.add(dimension("congress.elected.makeup.qualification", m, MemberCategory.Dimension.QUALIFICATION));
            parts.add(dimension("congress.elected.makeup.theory", m, MemberCategory.Dimension.THEORY_LEVEL));
        }
        String text =
                paper.text(candidates ? "congress.candidates.makeup" : "congress.elected.makeup", title, m.total())
                        + (parts.isEmpty() ? "" : ": " + String.join("; ", parts))
                        + ".";
        if (m.counted() < m.total()) {
            text += " " + paper.text("congress.elected.makeup.unknown", m.total() - m.counted());
        }
        return text;
    }

    private String dimension(String key, Makeup m, MemberCategory.Dimension dimension) {
        List<String> counts = new ArrayList<>();
        for (MemberCategory c : dimension.categories()) {
            if (m.count(c) > 0) {
                counts.add(paper.text(c.messageKey()).toLowerCase(CongressPaperwork.VIETNAMESE) + " " + m.count(c));
            }
        }
        return paper.text(key, String.join(", ", counts));
    }

    /** A percentage or an average as printed: a decimal comma, no trailing ",0". */
    static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    // ---- the papers ---------------------------------------------------------------------------------------------

    /** The relative widths of the printed list's columns (dates and votes on one line, names on two at most). */
    private static final List<Integer> WIDTHS = List.of(3, 11, 9, 4, 5, 5, 10, 9, 9, 6, 10, 7, 9, 9, 9);

    /** The columns of the list, as printed and in the spreadsheet. */
    private List<String> header(boolean candidates) {
        List<String> all = Stream.of(
                        "number",
                        "name",
                        "birth",
                        "gender",
                        "ethnicity",
                        "religion",
                        "homeTown",
                        "admitted",
                        "official",
                        "education",
                        "qualification",
                        "theory",
                        "position",
                        "post",
                        "votes")
                .map(c -> paper.text("congress.elected.column." + c))
                .toList();
        return candidates
                ? java.util.stream.Stream.concat(
                                all.subList(0, all.size() - 2).stream(),
                                Stream.of(paper.text("congress.candidates.column.post")))
                        .toList()
                : all;
    }

    private static List<Integer> widths(boolean candidates) {
        return candidates ? WIDTHS.subList(0, WIDTHS.size() - 1) : WIDTHS;
    }

    private List<String> cells(int number, Person p, Listing listing) {
        List<String> cells = allCells(number, p, listing);
        return listing.candidates() ? cells.subList(0, cells.size() - 1) : cells;
    }

    private List<String> allCells(int number, Person p, Listing listing) {
        Profile f = p.profile();
        // A candidate is named on every list she stands on; one elected by the post she holds.
        String posts = listing.candidates()
                ? String.join(
                        ", ",
                        p.posts().stream()
                                .map(k -> paper.text(listing.postKey(k)))
                                .toList())
                : paper.text(listing.postKey(p));
        String votes = p.votes() == null ? "" : paper.text("congress.elected.votes", p.votes(), percent(p.percent()));
        if (f == null) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(number), p.fullName()));
            for (int i = 0; i < 11; i++) {
                row.add("");
            }
            row.add(posts);
            row.add(votes);
            return row;
        }
        String qualification = Stream.of(f.qualification(), f.academicTitle())
                .filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return java.util.Arrays.asList(
                Integer.toString(number),
                p.fullName(),
                day(f.birthDate()),
                paper.text("member.gender." + f.gender().name()),
                f.ethnicity(),
                f.religion(),
                f.homeTown(),
                day(f.admissionDate()),
                day(f.officialDate()),
                f.generalEducation(),
                qualification,
                paper.text("member.theoryLevel." + f.theoryLevel().name()),
                f.position(),
                posts,
                votes);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The list as a paper to print and sign (DOCX or PDF), sent with the request for approval. */
    @Transactional(readOnly = true)
    public byte[] document(CurrentUser user, CongressId id, CongressDocuments.Format format) {
        return document(user, id, format, false);
    }

    /** The list of the personnel put forward, as a paper to print and sign (DOCX or PDF). */
    @Transactional(readOnly = true)
    public byte[] candidatesDocument(CurrentUser user, CongressId id, CongressDocuments.Format format) {
        return document(user, id, format, true);
    }

    private byte[] document(CurrentUser user, CongressId id, CongressDocuments.Format format, boolean candidates) {
        CongressRecords.Row congress = guards.congress(user, id, Permission.ELECTION_VIEW);
        AttachedDocument doc = attachment(user, congress, candidates);
        if (doc == null) {
            throw new vn.chibo.platform.InvalidInputException(
                    "congressId", candidates ? "congress.candidates.none" : "congress.elected.none");
        }
        return format == CongressDocuments.Format.DOCX ? renderer.docx(doc) : renderer.pdf(doc);
    }

    /** The list as a paper, or null when nobody has been elected yet. */
    AttachedDocument attachment(CurrentUser user, CongressRecords.Row congress) {
        return attachment(user, congress, false);
    }

    private AttachedDocument attachment(CurrentUser user, CongressRecords.Row congress, boolean candidates) {
        Listing listing = listing(user, congress, candidates);
        if (listing.isEmpty()) {
            return null;
        }
        Letterhead head = paper.letterhead(user, congress);
        List<Block> body = new ArrayList<>();
        int section = 0;
        for (Group g : listing.groups()) {
            section++;
            body.add(Block.heading(
                    CongressSummary.roman(section) + ". " + g.title().toUpperCase(CongressPaperwork.VIETNAMESE)));
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (Person p : g.people()) {
                rows.add(cells(++n, p, listing));
            }
            body.add(Block.table(header(candidates), rows, widths(candidates)));
            body.add(Block.paragraph(g.makeupText()));
        }
        // The new secretary signs the list of those elected; the outgoing one, whose name is written in, the proposal.
        String secretary = candidates
                ? ""
                : listing.groups().stream()
                        .filter(g -> g.body() == Body.COMMITTEE)
                        .flatMap(g -> g.people().stream())
                        .filter(p -> p.post() == ElectionKind.SECRETARY)
                        .map(Person::fullName)
                        .findFirst()
                        .orElse("");
        return new AttachedDocument(
                head.higherBody(),
                head.issuingBody(),
                head.place(),
                CongressPaperwork.dated(congress),
                paper.text("congress.elected.title"),
                paper.text(
                        candidates ? "congress.candidates.summary" : "congress.elected.summary",
                        listing.congressLine()),
                body,
                new Signature(
                        paper.text(
                                head.type().isBranch()
                                        ? "resolution.capacity.branch"
                                        : "resolution.capacity.committee"),
                        paper.text("resolution.signature.secretary"),
                        secretary));
    }

    byte[] docx(AttachedDocument document) {
        return renderer.docx(document);
    }

    byte[] pdf(AttachedDocument document) {
        return renderer.pdf(document);
    }

    /** The list as a spreadsheet: one sheet, each body under its title, with its make-up below it. */
    @Transactional(readOnly = true)
    public byte[] xlsx(CurrentUser user, CongressId id) {
        Listing listing = of(user, id);
        if (listing.isEmpty()) {
            throw new vn.chibo.platform.InvalidInputException("congressId", "congress.elected.none");
        }
        return xlsx(listing);
    }

    /** The list of the personnel put forward as a spreadsheet. */
    @Transactional(readOnly = true)
    public byte[] candidatesXlsx(CurrentUser user, CongressId id) {
        Listing listing = candidates(user, id);
        if (listing.isEmpty()) {
            throw new vn.chibo.platform.InvalidInputException("congressId", "congress.candidates.none");
        }
        return xlsx(listing);
    }

    private byte[] xlsx(Listing listing) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(paper.text("congress.elected.sheet"));
            String summary = paper.text(
                    listing.candidates() ? "congress.candidates.summary" : "congress.elected.summary",
                    listing.congressLine());
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle strong = book.createCellStyle();
            strong.setFont(bold);
            int r = 0;
            Row top = sheet.createRow(r++);
            top.createCell(0)
                    .setCellValue(
                            paper.text("congress.elected.title") + " – " + summary + " – " + listing.organization());
            top.getCell(0).setCellStyle(strong);
            for (Group g : listing.groups()) {
                r++;
                Row title = sheet.createRow(r++);
                title.createCell(0).setCellValue(g.title());
                title.getCell(0).setCellStyle(strong);
                Row header = sheet.createRow(r++);
                List<String> columns = header(listing.candidates());
                for (int c = 0; c < columns.size(); c++) {
                    header.createCell(c).setCellValue(columns.get(c));
                    header.getCell(c).setCellStyle(strong);
                }
                int n = 0;
                for (Person p : g.people()) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = cells(++n, p, listing);
                    row.createCell(0).setCellValue(n);
                    for (int c = 1; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
                    }
                }
                sheet.createRow(r++).createCell(0).setCellValue(g.makeupText());
            }
            sheet.setColumnWidth(1, 28 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
