package vn.chibo.elections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The congress season of an organization's subtree, as its committee follows it and reports it upwards (tiến độ và kết
 * quả đại hội): for the organization and each one under it, the congress it opened in the year (the latest, if it held
 * two), where that stands, how many of those summoned attended, whom it elected (the committee, the secretary, here or
 * at the new committee's first conference, the delegates), how its resolution was adopted and whether the higher
 * committee approved the results; with the totals ("X/Y tổ chức đã tiến hành đại hội"). Scoped like the congresses
 * themselves (ELECTION_VIEW on the organization); read only.
 */
@Service
public class CongressProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CongressManagement congresses;
    private final CongressRecords records;
    private final OrganizationManagement organizations;
    private final OrganizationAccess access;
    private final CongressPaperwork paper;
    private final Clock clock;

    private final CongressElected elected;

    CongressProgress(
            CongressManagement congresses,
            CongressRecords records,
            OrganizationManagement organizations,
            OrganizationAccess access,
            CongressPaperwork paper,
            CongressElected elected,
            Clock clock) {
        this.elected = elected;
        this.congresses = congresses;
        this.records = records;
        this.organizations = organizations;
        this.access = access;
        this.paper = paper;
        this.clock = clock;
    }

    /** Where an organization's congress of the year stands. */
    public enum Stage {
        /** No congress opened in the year. */
        NOT_CONVENED,
        PREPARATION,
        HELD,
        CLOSED
    }

    /**
     * One organization's line: its congress of the year (null when none), and, once held, the attendance, those elected
     * and the resolution's vote; {@code approvalStatus} as the congress page gives it (null until the results took
     * office).
     */
    public record Line(
            OrganizationId organizationId,
            String organizationName,
            int depth,
            Stage stage,
            CongressSummary congress,
            int summoned,
            int attending,
            BigDecimal attendancePercent,
            int committeeElected,
            List<String> secretary,
            int delegates,
            int alternates,
            Boolean resolutionAdopted,
            BigDecimal resolutionPercent,
            String approvalStatus,
            CongressElected.Makeup committeeMakeup) {}

    /** The totals of the board: the organizations, how far their congresses are, and the attendance over all. */
    public record Totals(
            int organizations,
            int convened,
            int held,
            int closed,
            int approved,
            BigDecimal heldPercent,
            int summoned,
            int attending,
            BigDecimal attendancePercent,
            int committeeElected,
            int resolutionsAdopted,
            CongressElected.Makeup committee) {}

    /** The board of an organization's subtree for a year, with the years its congresses were held in. */
    public record Board(
            OrganizationId root, String rootName, int year, List<Integer> years, List<Line> lines, Totals totals) {}

    /**
     * The board of {@code root}'s subtree for {@code year}; without a year, the current one when a congress of the
     * subtree opened in it, else the latest earlier year one did, else the first year one is planned for.
     */
    @Transactional(readOnly = true)
    public Board board(CurrentUser user, OrganizationId root, Integer year) {
        if (root == null) {
            throw new InvalidInputException("org", "validation.required");
        }
        if (year != null && (year < 1930 || year > 2200)) {
            throw new InvalidInputException("year", "congress.progress.year");
        }
        access.require(user, root, Permission.ELECTION_VIEW);
        LocalDate today = LocalDate.now(clock);
        List<OrganizationSummary> subtree = organizations.subtreeAt(user, root, today);
        List<CongressSummary> all = congresses.list(user, root);
        List<Integer> years = all.stream()
                .filter(c -> c.kind() != CongressKind.COMMITTEE_CONFERENCE)
                .map(c -> c.openingDate().getYear())
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        // The current season, else the latest one already begun, else the next one planned.
        int chosen = year != null
                ? year
                : years.stream()
                        .filter(y -> y <= today.getYear())
                        .findFirst()
                        .orElse(years.isEmpty() ? today.getYear() : years.get(years.size() - 1));
        Map<OrganizationId, CongressSummary> ofYear = new LinkedHashMap<>();
        all.stream()
                .filter(c -> c.kind() != CongressKind.COMMITTEE_CONFERENCE
                        && c.openingDate().getYear() == chosen)
                .sorted(Comparator.comparing(CongressSummary::openingDate).thenComparing(c -> c.id().value()))
                .forEach(c -> ofYear.put(c.organizationId(), c));
        List<Line> lines = new ArrayList<>();
        for (OrganizationSummary o : subtree) {
            if (o.type() == OrganizationType.CELL) {
                // A party group (tổ đảng) holds no congress: its members attend their branch's.
                continue;
            }
            CongressSummary c = ofYear.get(o.id());
            lines.add(c == null ? notConvened(o) : line(user, o, c, all));
        }
        String rootName = subtree.isEmpty() ? "" : subtree.get(0).name();
        return new Board(root, rootName, chosen, years, lines, totals(lines));
    }

    private static Line notConvened(OrganizationSummary o) {
        return new Line(
                o.id(),
                o.name(),
                o.depth(),
                Stage.NOT_CONVENED,
                null,
                0,
                0,
                null,
                0,
                List.of(),
                0,
                0,
                null,
                null,
                null,
                null);
    }

    private Line line(CurrentUser user, OrganizationSummary o, CongressSummary c, List<CongressSummary> all) {
        List<Attendee> attendees = records.attendees(c.id());
        AttendanceFigures f = AttendanceCounting.figures(c.kind(), attendees);
        List<ElectionSummary> elections = new ArrayList<>(records.electionSummaries(c.id()));
        // A party committee elects its secretary at the new committee's first conference, a congress of its own.
        all.stream()
                .filter(x -> x.kind() == CongressKind.COMMITTEE_CONFERENCE && c.id().equals(x.parentId()))
                .forEach(x -> elections.addAll(records.electionSummaries(x.id())));
        ResolutionDetails r = records.resolution(c.id());
        CongressRecords.Row row = records.load(c.id());
        Stage stage = Stage.valueOf(c.status().name());
        boolean held = stage != Stage.PREPARATION;
        // The committee's members are everyone elected to it or to one of its posts: a small branch elects its
        // secretary (and deputy) alone, who are its whole committee.
        CongressElected.Makeup committee = elected.committeeMakeup(user, c.id());
        return new Line(
                o.id(),
                o.name(),
                o.depth(),
                stage,
                c,
                f.summoned(),
                held ? f.attending() : 0,
                held ? percent(f.attending(), f.summoned()) : null,
                committee == null ? 0 : committee.total(),
                elected(elections, ElectionKind.SECRETARY),
                elected(elections, ElectionKind.DELEGATE).size(),
                elected(elections, ElectionKind.ALTERNATE_DELEGATE).size(),
                r == null ? null : r.adopted(),
                r == null ? null : r.agreePercent(),
                row.approvalStatus(),
                committee);
    }

    private static List<String> elected(List<ElectionSummary> elections, ElectionKind kind) {
        return elections.stream()
                .filter(e -> e.kind() == kind)
                .flatMap(e -> e.elected().stream())
                .toList();
    }

    static Totals totals(List<Line> lines) {
        int convened = 0, held = 0, closed = 0, approved = 0, summoned = 0, attending = 0, committee = 0, adopted = 0;
        for (Line l : lines) {
            if (l.stage() != Stage.NOT_CONVENED) {
                convened++;
            }
            if (l.stage() == Stage.HELD || l.stage() == Stage.CLOSED) {
                held++;
                summoned += l.summoned();
                attending += l.attending();
            }
            if (l.stage() == Stage.CLOSED) {
                closed++;
            }
            if ("APPROVED".equals(l.approvalStatus())) {
                approved++;
            }
            committee += l.committeeElected();
            if (Boolean.TRUE.equals(l.resolutionAdopted())) {
                adopted++;
            }
        }
        return new Totals(
                lines.size(),
                convened,
                held,
                closed,
                approved,
                percent(held, lines.size()),
                summoned,
                attending,
                percent(attending, summoned),
                committee,
                adopted,
                CongressElected.Makeup.combine(lines.stream()
                        .map(Line::committeeMakeup)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
    }

    /** {@code part} of {@code whole} in per cent, one decimal, half up; null of nothing. */
    static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * The organizations whose boards the user may open, in tree order: each she holds ELECTION_VIEW on, through a grant
     * there or above.
     */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> choices(CurrentUser user) {
        boolean everywhere = user.hasEverywhere(Permission.ELECTION_VIEW);
        java.util.Set<Long> roots = user.organizationsWith(Permission.ELECTION_VIEW);
        List<OrganizationSummary> result = new ArrayList<>();
        if (everywhere || !roots.isEmpty()) {
            collect(organizations.visibleTree(user, false), everywhere, roots, result);
        }
        return result;
    }

    private static void collect(
            List<vn.chibo.organizations.OrganizationNode> nodes,
            boolean granted,
            java.util.Set<Long> roots,
            List<OrganizationSummary> into) {
        for (vn.chibo.organizations.OrganizationNode node : nodes) {
            boolean here = granted || roots.contains(node.organization().id().value());
            if (here) {
                into.add(node.organization());
            }
            collect(node.children(), here, roots, into);
        }
    }

    /** The women among the committee counted, and its average age, in the last two columns. */
    private static void makeupCells(Row row, CongressElected.Makeup m) {
        if (m == null || m.counted() == 0) {
            return;
        }
        row.createCell(13).setCellValue(m.women());
        row.createCell(14).setCellValue(m.averageAge().doubleValue());
    }

    /** The board as a spreadsheet: one row per organization, then the totals. */
    @Transactional(readOnly = true)
    public byte[] xlsx(CurrentUser user, OrganizationId root, Integer year) {
        Board board = board(user, root, year);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(paper.text("congress.progress.sheet", Integer.toString(board.year())));
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(
                            paper.text("congress.progress.heading", board.rootName(), Integer.toString(board.year())));
            Row header = sheet.createRow(2);
            String[] titles = {
                paper.text("congress.progress.no"),
                paper.text("field.org"),
                paper.text("congress.progress.stage"),
                paper.text("congress.field.openingDate"),
                paper.text("congress.progress.summoned"),
                paper.text("congress.progress.attending"),
                paper.text("congress.progress.attendancePercent"),
                paper.text("congress.progress.committee"),
                paper.text("congress.progress.secretary"),
                paper.text("congress.progress.delegates"),
                paper.text("congress.progress.alternates"),
                paper.text("congress.progress.resolution"),
                paper.text("congress.progress.approval"),
                paper.text("congress.progress.women"),
                paper.text("congress.progress.averageAge")
            };
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            int r = 3;
            int no = 1;
            for (Line l : board.lines()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(no++);
                line.createCell(1).setCellValue("  ".repeat(l.depth()) + l.organizationName());
                line.createCell(2).setCellValue(paper.text("congress.progress.stage." + l.stage()));
                if (l.congress() == null) {
                    continue;
                }
                line.createCell(3)
                        .setCellValue(l.congress()
                                .openingDate()
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                line.createCell(4).setCellValue(l.summoned());
                if (l.attendancePercent() != null) {
                    line.createCell(5).setCellValue(l.attending());
                    line.createCell(6).setCellValue(l.attendancePercent().doubleValue());
                }
                line.createCell(7).setCellValue(l.committeeElected());
                line.createCell(8).setCellValue(String.join(", ", l.secretary()));
                line.createCell(9).setCellValue(l.delegates());
                line.createCell(10).setCellValue(l.alternates());
                if (l.resolutionPercent() != null) {
                    line.createCell(11).setCellValue(l.resolutionPercent().doubleValue());
                }
                Optional.ofNullable(l.approvalStatus())
                        .ifPresent(s -> line.createCell(12).setCellValue(paper.text("congress.approval." + s)));
                makeupCells(line, l.committeeMakeup());
            }
            Totals t = board.totals();
            Row totals = sheet.createRow(r + 1);
            totals.createCell(1)
                    .setCellValue(paper.text(
                            "congress.progress.totals",
                            t.held(),
                            t.organizations(),
                            t.heldPercent() == null ? java.math.BigDecimal.ZERO : t.heldPercent(),
                            t.closed(),
                            t.approved()));
            totals.createCell(4).setCellValue(t.summoned());
            totals.createCell(5).setCellValue(t.attending());
            if (t.attendancePercent() != null) {
                totals.createCell(6).setCellValue(t.attendancePercent().doubleValue());
            }
            totals.createCell(7).setCellValue(t.committeeElected());
            makeupCells(totals, t.committee());
            book.write(bytes);
            book.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
