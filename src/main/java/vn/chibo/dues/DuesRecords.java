package vn.chibo.dues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored bases, reliefs, accepted reasons for not paying, sheets, lines and corrections of the dues schema. Organization names and types come from
 * the view {@code organizations.organization_tree} that the organizations module publishes for other modules.
 */
@Component
class DuesRecords {

    static final String SHEET = "DuesSheet";
    static final String LINE = "DuesLine";
    static final String BASIS = "DuesBasis";
    static final String RELIEF = "DuesRelief";
    static final String EXCUSE = "DuesExcuse";
    static final String RECEIPT = "DuesReceipt";

    private final JdbcClient jdbc;

    DuesRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record BasisRow(
            long id,
            long memberId,
            DuesCategory category,
            Long amount,
            YearMonth fromMonth,
            boolean beyondWorkingAge) {}

    record ReliefRow(
            long id,
            long memberId,
            ReliefKind kind,
            ReliefReason reason,
            Integer percent,
            YearMonth fromMonth,
            YearMonth untilMonth,
            String decision) {}

    record ExcuseRow(
            long id,
            long memberId,
            ExcuseReason reason,
            YearMonth fromMonth,
            YearMonth untilMonth,
            String note,
            String withdrawnBy,
            Instant withdrawnAt,
            String withdrawalReason) {

        boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    record SheetRow(long id, long organizationId, YearMonth month, MonthStatus status, Integer keptPercent) {}

    record LineRow(
            long id,
            long memberId,
            String fullName,
            Long amountDue,
            String relief,
            Long amountPaid,
            LocalDate paidOn,
            PaymentChannel channel,
            String note,
            int version) {}

    // ---- bases and reliefs --------------------------------------------------------------------------------------

    /** The basis in force in the month for each member (the latest from a month not after it). */
    Map<Long, BasisRow> basesIn(List<Long> memberIds, YearMonth month) {
        Map<Long, BasisRow> bases = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT DISTINCT ON (member_id) id, member_id, category, amount, from_month, beyond_working_age
                        FROM dues.basis
                        WHERE member_id = ANY(:ids) AND from_month <= :m ORDER BY member_id, from_month DESC
                        """)
                .param("ids", memberIds.toArray(Long[]::new))
                .param("m", month.atDay(1))
                .query(DuesRecords::basis)
                .list()
                .forEach(b -> bases.put(b.memberId(), b));
        return bases;
    }

    List<BasisRow> bases(long memberId) {
        return jdbc.sql("SELECT id, member_id, category, amount, from_month, beyond_working_age FROM dues.basis"
                        + " WHERE member_id = :m ORDER BY from_month DESC")
                .param("m", memberId)
                .query(DuesRecords::basis)
                .list();
    }

    /** Records the basis from the month, replacing one recorded from the same month; returns its id. */
    long saveBasis(
            long memberId,
            DuesCategory category,
            Long amount,
            boolean beyondWorkingAge,
            YearMonth from,
            String by,
            Instant at) {
        return jdbc.sql(
                        """
                        INSERT INTO dues.basis (member_id, category, amount, beyond_working_age, from_month,
                                                recorded_by, recorded_at)
                        VALUES (:m, :c, :a, :b, :f, :by, :at)
                        ON CONFLICT (member_id, from_month) DO UPDATE SET category = excluded.category,
                            amount = excluded.amount, beyond_working_age = excluded.beyond_working_age,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        RETURNING id
                        """)
                .param("m", memberId)
                .param("c", category.name())
                .param("a", amount)
                .param("b", beyondWorkingAge)
                .param("f", from.atDay(1))
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    /** The relief in force in the month for each member: the latest recorded of those whose months cover it. */
    Map<Long, ReliefRow> reliefsIn(List<Long> memberIds, YearMonth month) {
        Map<Long, ReliefRow> reliefs = new HashMap<>();
        jdbc.sql(
                        RELIEF_COLUMNS
                                + """
                        WHERE member_id = ANY(:ids) AND from_month <= :m AND until_month >= :m
                        ORDER BY member_id, id DESC
                        """)
                .param("ids", memberIds.toArray(Long[]::new))
                .param("m", month.atDay(1))
                .query(DuesRecords::relief)
                .list()
                .forEach(r -> reliefs.putIfAbsent(r.memberId(), r));
        return reliefs;
    }

    List<ReliefRow> reliefs(long memberId) {
        return jdbc.sql(RELIEF_COLUMNS + " WHERE member_id = :m ORDER BY from_month DESC, id DESC")
                .param("m", memberId)
                .query(DuesRecords::relief)
                .list();
    }

    private static final String RELIEF_COLUMNS =
            "SELECT id, member_id, kind, reason, percent, from_month, until_month, decision FROM dues.relief ";

    long insertRelief(
            long memberId,
            ReliefKind kind,
            ReliefReason reason,
            Integer percent,
            YearMonth from,
            YearMonth until,
            String decision,
            String by,
            Instant at) {
        return jdbc.sql(
                        """
                        INSERT INTO dues.relief (member_id, kind, reason, percent, from_month, until_month, decision,
                                                 recorded_by, recorded_at)
                        VALUES (:m, :k, :r, :p, :f, :u, :d, :by, :at) RETURNING id
                        """)
                .param("m", memberId)
                .param("k", kind.name())
                .param("r", reason.name())
                .param("p", percent)
                .param("f", from.atDay(1))
                .param("u", until.atDay(1))
                .param("d", decision)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    // ---- accepted reasons for not paying ------------------------------------------------------------------------

    private static final String EXCUSE_COLUMNS =
            "SELECT id, member_id, reason, from_month, until_month, note, withdrawn_by, withdrawn_at,"
                    + " withdrawal_reason FROM dues.excuse ";

    List<ExcuseRow> excuses(long memberId) {
        return jdbc.sql(EXCUSE_COLUMNS + " WHERE member_id = :m ORDER BY from_month DESC, id DESC")
                .param("m", memberId)
                .query(DuesRecords::excuse)
                .list();
    }

    /** The members, of those given, with an accepted reason for not paying that covers the month. */
    Set<Long> excusedIn(List<Long> memberIds, YearMonth month) {
        return new HashSet<>(jdbc.sql(
                        """
                        SELECT DISTINCT member_id FROM dues.excuse
                        WHERE member_id = ANY(:ids) AND from_month <= :m AND until_month >= :m
                          AND withdrawn_at IS NULL
                        """)
                .param("ids", memberIds.toArray(Long[]::new))
                .param("m", month.atDay(1))
                .query(Long.class)
                .list());
    }

    long insertExcuse(
            long memberId, ExcuseReason reason, YearMonth from, YearMonth until, String note, String by, Instant at) {
        return jdbc.sql(
                        """
                        INSERT INTO dues.excuse (member_id, reason, from_month, until_month, note, recorded_by,
                                                 recorded_at)
                        VALUES (:m, :r, :f, :u, :n, :by, :at) RETURNING id
                        """)
                .param("m", memberId)
                .param("r", reason.name())
                .param("f", from.atDay(1))
                .param("u", until.atDay(1))
                .param("n", note)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    /** The member's accepted reason with the id, locked until the transaction ends; null when she has none such. */
    ExcuseRow lockExcuse(long memberId, long excuseId) {
        return jdbc.sql(EXCUSE_COLUMNS + " WHERE id = :id AND member_id = :m FOR UPDATE")
                .param("id", excuseId)
                .param("m", memberId)
                .query(DuesRecords::excuse)
                .optional()
                .orElse(null);
    }

    /** The months between the two (inclusive) for which a sheet holding a line of the member is closed. */
    List<YearMonth> closedMonthsOf(long memberId, long organizationId, YearMonth from, YearMonth until) {
        return jdbc.sql(
                        """
                        SELECT DISTINCT s.month FROM dues.sheet s
                        WHERE s.status = 'CLOSED' AND s.month BETWEEN :f AND :u
                          AND (s.organization_id = :o
                               OR EXISTS (SELECT 1 FROM dues.line l WHERE l.sheet_id = s.id AND l.member_id = :m))
                        ORDER BY s.month
                        """)
                .param("f", from.atDay(1))
                .param("u", until.atDay(1))
                .param("o", organizationId)
                .param("m", memberId)
                .query((rs, n) -> YearMonth.from(rs.getObject("month", LocalDate.class)))
                .list();
    }

    void withdrawExcuse(long excuseId, String reason, String by, Instant at) {
        jdbc.sql("UPDATE dues.excuse SET withdrawn_by = :by, withdrawn_at = :at, withdrawal_reason = :r"
                        + " WHERE id = :id AND withdrawn_at IS NULL")
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("r", reason)
                .param("id", excuseId)
                .update();
    }

    // ---- sheets and lines ---------------------------------------------------------------------------------------

    SheetRow sheet(long organizationId, YearMonth month) {
        return jdbc.sql("SELECT id, organization_id, month, status, kept_percent FROM dues.sheet"
                        + " WHERE organization_id = :o AND month = :m")
                .param("o", organizationId)
                .param("m", month.atDay(1))
                .query(DuesRecords::sheet)
                .optional()
                .orElse(null);
    }

    /** The month's sheet of the branch, made if it is not there yet, locked until the transaction ends. */
    SheetRow lockSheet(long organizationId, YearMonth month) {
        jdbc.sql("INSERT INTO dues.sheet (organization_id, month) VALUES (:o, :m) ON CONFLICT DO NOTHING")
                .param("o", organizationId)
                .param("m", month.atDay(1))
                .update();
        return jdbc.sql("SELECT id, organization_id, month, status, kept_percent FROM dues.sheet"
                        + " WHERE organization_id = :o AND month = :m FOR UPDATE")
                .param("o", organizationId)
                .param("m", month.atDay(1))
                .query(DuesRecords::sheet)
                .single();
    }

    void close(long sheetId, int keptPercent, String by, Instant at) {
        jdbc.sql("UPDATE dues.sheet SET status = 'CLOSED', kept_percent = :k, closed_by = :by, closed_at = :at"
                        + " WHERE id = :id")
                .param("k", keptPercent)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", sheetId)
                .update();
    }

    private static final String LINE_COLUMNS =
            "SELECT id, member_id, full_name, amount_due, relief, amount_paid, paid_on, channel, note, version"
                    + " FROM dues.line ";

    Map<Long, LineRow> lines(long sheetId) {
        Map<Long, LineRow> lines = new LinkedHashMap<>();
        jdbc.sql(LINE_COLUMNS + " WHERE sheet_id = :s ORDER BY id")
                .param("s", sheetId)
                .query(DuesRecords::line)
                .list()
                .forEach(l -> lines.put(l.memberId(), l));
        return lines;
    }

    /** Writes a member's line of the sheet (made if missing), with what she paid and what was due. */
    long saveLine(
            long sheetId,
            long memberId,
            String fullName,
            Long amountDue,
            String relief,
            Long amountPaid,
            LocalDate paidOn,
            PaymentChannel channel,
            String note) {
        return jdbc.sql(
                        """
                        INSERT INTO dues.line (sheet_id, member_id, full_name, amount_due, relief, amount_paid, paid_on,
                                               channel, note)
                        VALUES (:s, :m, :n, :due, :relief, :paid, :on, :ch, :note)
                        ON CONFLICT (sheet_id, member_id) DO UPDATE SET full_name = excluded.full_name,
                            amount_due = excluded.amount_due, relief = excluded.relief,
                            amount_paid = excluded.amount_paid, paid_on = excluded.paid_on,
                            channel = excluded.channel, note = excluded.note, version = dues.line.version + 1
                        RETURNING id
                        """)
                .param("s", sheetId)
                .param("m", memberId)
                .param("n", fullName)
                .param("due", amountDue)
                .param("relief", relief)
                .param("paid", amountPaid)
                .param("on", paidOn)
                .param("ch", channel == null ? null : channel.name())
                .param("note", note)
                .query(Long.class)
                .single();
    }

    /** Removes a line of an open sheet (only its payment is stored there while the sheet is open). */
    void deleteLine(long lineId) {
        jdbc.sql("DELETE FROM dues.line WHERE id = :id").param("id", lineId).update();
    }

    void insertCorrection(long lineId, String reason, Long before, Long after, String by, Instant at) {
        jdbc.sql(
                        """
                        INSERT INTO dues.correction (line_id, reason, paid_before, paid_after, corrected_by,
                                                     corrected_at)
                        VALUES (:l, :r, :b, :a, :by, :at)
                        """)
                .param("l", lineId)
                .param("r", reason)
                .param("b", before)
                .param("a", after)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /**
     * For each member, the closed months of the year up to the month (in any branch) in which something was due and
     * nothing was paid, leaving out the months for which the branch accepted a valid reason.
     */
    Map<Long, Integer> unpaidMonths(List<Long> memberIds, YearMonth upTo) {
        Map<Long, Integer> unpaid = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT l.member_id, count(*) AS months FROM dues.line l JOIN dues.sheet s ON s.id = l.sheet_id
                        WHERE l.member_id = ANY(:ids) AND s.status = 'CLOSED' AND s.month BETWEEN :from AND :to
                          AND l.amount_due > 0 AND coalesce(l.amount_paid, 0) = 0
                          AND NOT EXISTS (SELECT 1 FROM dues.excuse x WHERE x.member_id = l.member_id
                                            AND s.month BETWEEN x.from_month AND x.until_month
                                            AND x.withdrawn_at IS NULL)
                        GROUP BY l.member_id
                        """)
                .param("ids", memberIds.toArray(Long[]::new))
                .param("from", LocalDate.of(upTo.getYear(), 1, 1))
                .param("to", upTo.atDay(1))
                .query((rs, n) -> unpaid.put(rs.getLong("member_id"), rs.getInt("months")))
                .list();
        return unpaid;
    }

    /** The month's figures of every branch matching the condition on {@code o} (the organization tree). */
    List<BranchDuesTotals> branchTotals(String condition, Map<String, Object> params, YearMonth month) {
        return jdbc.sql(
                        """
                        SELECT o.id, o.name, o.type, s.status, s.kept_percent,
                               count(l.amount_paid) AS payers, coalesce(sum(l.amount_paid), 0) AS paid,
                               CASE WHEN s.status = 'CLOSED' THEN coalesce(sum(l.amount_due), 0) END AS due,
                               (SELECT r.amount FROM dues.receipt r WHERE r.sheet_id = s.id) AS received
                        FROM organizations.organization_tree o
                        LEFT JOIN dues.sheet s ON s.organization_id = o.id AND s.month = :month
                        LEFT JOIN dues.line l ON l.sheet_id = s.id
                        WHERE o.type IN ('BRANCH', 'GRASSROOTS_BRANCH') AND o.dissolved_on IS NULL AND
                        """
                                + condition
                                + """
                                 GROUP BY o.id, o.name, o.type, s.id, s.status, s.kept_percent, o.path
                                 ORDER BY o.path
                                """)
                .params(params)
                .param("month", month.atDay(1))
                .query((rs, n) -> new BranchDuesTotals(
                        vn.chibo.organizations.OrganizationId.of(rs.getLong("id")),
                        rs.getString("name"),
                        vn.chibo.organizations.OrganizationType.valueOf(rs.getString("type")),
                        month,
                        rs.getString("status") == null ? null : MonthStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("kept_percent"),
                        rs.getInt("payers"),
                        rs.getLong("paid"),
                        due(rs),
                        (Long) rs.getObject("received")))
                .list();
    }

    // ---- sending up and receipts --------------------------------------------------------------------------------

    /** A sheet of the organization's in the months, with what was collected and the level above's receipt, if any. */
    record RemittanceRow(
            long sheetId,
            YearMonth month,
            MonthStatus status,
            Integer keptPercent,
            long paid,
            Long receivedAmount,
            LocalDate receivedOn,
            String receiptNote,
            String receivedBy,
            Instant receivedRecordedAt) {}

    List<RemittanceRow> remittances(long organizationId, YearMonth from, YearMonth until) {
        return jdbc.sql(
                        """
                        SELECT s.id, s.month, s.status, s.kept_percent,
                               (SELECT coalesce(sum(l.amount_paid), 0) FROM dues.line l WHERE l.sheet_id = s.id) AS paid,
                               r.amount, r.received_on, r.note, r.recorded_by, r.recorded_at
                        FROM dues.sheet s LEFT JOIN dues.receipt r ON r.sheet_id = s.id
                        WHERE s.organization_id = :o AND s.month BETWEEN :f AND :u
                        ORDER BY s.month
                        """)
                .param("o", organizationId)
                .param("f", from.atDay(1))
                .param("u", until.atDay(1))
                .query((rs, n) -> new RemittanceRow(
                        rs.getLong("id"),
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        MonthStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("kept_percent"),
                        rs.getLong("paid"),
                        (Long) rs.getObject("amount"),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }

    /** The organization's parent in the current tree and its name; null for a root. */
    record Parent(long id, String name) {}

    Parent parent(long organizationId) {
        return jdbc.sql(
                        """
                        SELECT p.id, p.name FROM organizations.organization_tree o
                        JOIN organizations.organization_tree p ON p.id = o.parent_id WHERE o.id = :o
                        """)
                .param("o", organizationId)
                .query((rs, n) -> new Parent(rs.getLong("id"), rs.getString("name")))
                .optional()
                .orElse(null);
    }

    /** Records (or replaces) the level above's receipt of what the sheet's branch sent up; returns its id. */
    long saveReceipt(
            long sheetId, long receiverId, long amount, LocalDate receivedOn, String note, String by, Instant at) {
        return jdbc.sql(
                        """
                        INSERT INTO dues.receipt (sheet_id, receiving_organization_id, amount, received_on, note,
                                                  recorded_by, recorded_at)
                        VALUES (:s, :o, :a, :on, :n, :by, :at)
                        ON CONFLICT (sheet_id) DO UPDATE SET receiving_organization_id = excluded.receiving_organization_id,
                            amount = excluded.amount, received_on = excluded.received_on, note = excluded.note,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        RETURNING id
                        """)
                .param("s", sheetId)
                .param("o", receiverId)
                .param("a", amount)
                .param("on", receivedOn)
                .param("n", note)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    /** Every line of the member's, newest month first, with its branch's name and the sheet's state. */
    List<OwnDuesPayment> own(long memberId) {
        return jdbc.sql(
                        """
                        SELECT s.month, o.name, s.status, l.amount_due, l.amount_paid, l.paid_on, l.channel
                        FROM dues.line l JOIN dues.sheet s ON s.id = l.sheet_id
                        JOIN organizations.organization_tree o ON o.id = s.organization_id
                        WHERE l.member_id = :m ORDER BY s.month DESC, l.id
                        """)
                .param("m", memberId)
                .query((rs, n) -> new OwnDuesPayment(
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getString("name"),
                        MonthStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("amount_due"),
                        (Long) rs.getObject("amount_paid"),
                        rs.getObject("paid_on", LocalDate.class),
                        channel(rs)))
                .list();
    }

    /** A month's due total, known once it is closed (a sum of bigint comes back as numeric). */
    private static Long due(ResultSet rs) throws SQLException {
        long due = rs.getLong("due");
        return rs.wasNull() ? null : due;
    }

    private static BasisRow basis(ResultSet rs, int n) throws SQLException {
        return new BasisRow(
                rs.getLong("id"),
                rs.getLong("member_id"),
                DuesCategory.valueOf(rs.getString("category")),
                (Long) rs.getObject("amount"),
                YearMonth.from(rs.getObject("from_month", LocalDate.class)),
                rs.getBoolean("beyond_working_age"));
    }

    private static ReliefRow relief(ResultSet rs, int n) throws SQLException {
        return new ReliefRow(
                rs.getLong("id"),
                rs.getLong("member_id"),
                ReliefKind.valueOf(rs.getString("kind")),
                ReliefReason.valueOf(rs.getString("reason")),
                (Integer) rs.getObject("percent"),
                YearMonth.from(rs.getObject("from_month", LocalDate.class)),
                YearMonth.from(rs.getObject("until_month", LocalDate.class)),
                rs.getString("decision"));
    }

    private static ExcuseRow excuse(ResultSet rs, int n) throws SQLException {
        return new ExcuseRow(
                rs.getLong("id"),
                rs.getLong("member_id"),
                ExcuseReason.valueOf(rs.getString("reason")),
                YearMonth.from(rs.getObject("from_month", LocalDate.class)),
                YearMonth.from(rs.getObject("until_month", LocalDate.class)),
                rs.getString("note"),
                rs.getString("withdrawn_by"),
                instant(rs, "withdrawn_at"),
                rs.getString("withdrawal_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static SheetRow sheet(ResultSet rs, int n) throws SQLException {
        return new SheetRow(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                YearMonth.from(rs.getObject("month", LocalDate.class)),
                MonthStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("kept_percent"));
    }

    private static LineRow line(ResultSet rs, int n) throws SQLException {
        return new LineRow(
                rs.getLong("id"),
                rs.getLong("member_id"),
                rs.getString("full_name"),
                (Long) rs.getObject("amount_due"),
                rs.getString("relief"),
                (Long) rs.getObject("amount_paid"),
                rs.getObject("paid_on", LocalDate.class),
                channel(rs),
                rs.getString("note"),
                rs.getInt("version"));
    }

    private static PaymentChannel channel(ResultSet rs) throws SQLException {
        String channel = rs.getString("channel");
        return channel == null ? null : PaymentChannel.valueOf(channel);
    }
}
