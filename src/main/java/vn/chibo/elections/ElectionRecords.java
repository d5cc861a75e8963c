package vn.chibo.elections;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.elections.counting.BallotContent;
import vn.chibo.elections.counting.Reconciliation.Entered;
import vn.chibo.members.MemberId;
import vn.chibo.members.VietnameseText;
import vn.chibo.platform.NotFoundException;

/** The SQL of elections: lists, rounds, ballots, counting committees and nominations. */
@Component
class ElectionRecords {

    static final String ENTITY = "Election";

    private final JdbcClient jdbc;

    ElectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            ElectionId id,
            CongressId congressId,
            ElectionKind kind,
            int seats,
            ElectionStatus status,
            ElectionId official) {}

    /** A named member on a list. */
    record Person(MemberId memberId, String fullName) {}

    /** A listed candidate with where her name came from. */
    record Listed(MemberId memberId, String fullName, String source, boolean withdrawn) {}

    /** A round with its list in ballot order; votes and elected are null until it is counted. */
    record RoundRow(
            long id,
            int number,
            String kind,
            int seats,
            BallotForm form,
            int entries,
            Integer issued,
            Integer returned,
            Integer denominator,
            boolean counted,
            List<RoundCandidate> list) {

        List<Long> memberIds() {
            return list.stream().map(c -> c.memberId().value()).toList();
        }

        Optional<Integer> position(MemberId member) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).memberId().equals(member)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
    }

    record RoundCandidate(MemberId memberId, String fullName, Integer votes, Boolean elected) {}

    /** The columns of {@link #row(ResultSet, int)}, up to the condition. */
    private static final String ROW_SELECT =
            "SELECT id, congress_id, kind, seats, status, official_election_id FROM elections.election WHERE ";

    Row load(ElectionId id) {
        return jdbc.sql(ROW_SELECT + "id = :id")
                .param("id", id.value())
                .query(ElectionRecords::row)
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    List<Row> ofCongress(CongressId congress) {
        return jdbc.sql(ROW_SELECT + "congress_id = :c ORDER BY id")
                .param("c", congress.value())
                .query(ElectionRecords::row)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long official = rs.getLong("official_election_id");
        return new Row(
                ElectionId.of(rs.getLong("id")),
                CongressId.of(rs.getLong("congress_id")),
                ElectionKind.valueOf(rs.getString("kind")),
                rs.getInt("seats"),
                ElectionStatus.valueOf(rs.getString("status")),
                official == 0 ? null : ElectionId.of(official));
    }

    ElectionId insert(CongressId congress, ElectionKind kind, int seats, ElectionId official) {
        return ElectionId.of(jdbc.sql(
                        """
                        INSERT INTO elections.election (congress_id, kind, seats, official_election_id)
                        VALUES (:c, :k, :s, :o) RETURNING id
                        """)
                .param("c", congress.value())
                .param("k", kind.name())
                .param("s", seats)
                .param("o", official == null ? null : official.value())
                .query(Long.class)
                .single());
    }

    void setStatus(ElectionId id, ElectionStatus status) {
        jdbc.sql("UPDATE elections.election SET status = :s WHERE id = :id")
                .param("s", status.name())
                .param("id", id.value())
                .update();
    }

    // ---- the list -----------------------------------------------------------------------------------------------

    void addCandidate(ElectionId election, Person p, String source) {
        jdbc.sql(
                        """
                        INSERT INTO elections.candidate (election_id, member_id, full_name, given_name, source)
                        VALUES (:e, :m, :name, :given, :source)
                        ON CONFLICT (election_id, member_id) DO UPDATE SET withdrawn = false
                        """)
                .param("e", election.value())
                .param("m", p.memberId().value())
                .param("name", p.fullName())
                .param("given", VietnameseText.givenName(p.fullName()))
                .param("source", source)
                .update();
    }

    void withdraw(ElectionId election, MemberId member) {
        jdbc.sql("UPDATE elections.candidate SET withdrawn = true WHERE election_id = :e AND member_id = :m")
                .param("e", election.value())
                .param("m", member.value())
                .update();
    }

    /** The election's candidates in Vietnamese alphabetical order by given name (withdrawn ones included). */
    List<Listed> candidates(ElectionId election) {
        return jdbc.sql("SELECT member_id, full_name, source, withdrawn FROM elections.candidate WHERE election_id = :e"
                        + " ORDER BY given_name COLLATE \"vi-x-icu\", full_name COLLATE \"vi-x-icu\", member_id")
                .param("e", election.value())
                .query((rs, n) ->
                        new Listed(MemberId.of(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    List<Person> standing(ElectionId election) {
        return candidates(election).stream()
                .filter(c -> !c.withdrawn())
                .map(c -> new Person(c.memberId(), c.fullName()))
                .toList();
    }

    // ---- rounds -------------------------------------------------------------------------------------------------

    long insertRound(ElectionId election, int number, String kind, int seats, List<Person> list) {
        long id = jdbc.sql(
                        """
                        INSERT INTO elections.round (election_id, number, kind, seats, form)
                        VALUES (:e, :n, :k, :s, :f) RETURNING id
                        """)
                .param("e", election.value())
                .param("n", number)
                .param("k", kind)
                .param("s", seats)
                .param("f", BallotForm.of(list.size(), seats).name())
                .query(Long.class)
                .single();
        insertRoundList(id, list);
        return id;
    }

    /** Replaces the list of a round no ballot has been entered for (after nominations, withdrawals, a trimming). */
    void replaceRoundList(long round, int seats, List<Person> list) {
        jdbc.sql("DELETE FROM elections.round_candidate WHERE round_id = :r")
                .param("r", round)
                .update();
        jdbc.sql("UPDATE elections.round SET form = :f WHERE id = :r")
                .param(
                        "f",
                        list.size() >= seats ? BallotForm.of(list.size(), seats).name() : "CROSSING_OUT")
                .param("r", round)
                .update();
        insertRoundList(round, list);
    }

    private void insertRoundList(long round, List<Person> list) {
        for (int i = 0; i < list.size(); i++) {
            jdbc.sql(
                            """
                            INSERT INTO elections.round_candidate (round_id, position, member_id, full_name)
                            VALUES (:r, :p, :m, :name)
                            """)
                    .param("r", round)
                    .param("p", i)
                    .param("m", list.get(i).memberId().value())
                    .param("name", list.get(i).fullName())
                    .update();
        }
    }

    List<RoundRow> rounds(ElectionId election) {
        Map<Long, List<RoundCandidate>> lists = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT rc.round_id, rc.member_id, rc.full_name, rc.votes, rc.elected
                        FROM elections.round_candidate rc JOIN elections.round r ON r.id = rc.round_id
                        WHERE r.election_id = :e ORDER BY rc.round_id, rc.position
                        """)
                .param("e", election.value())
                .query(rs -> {
                    int votes = rs.getInt(4);
                    Integer v = rs.wasNull() ? null : votes;
                    boolean elected = rs.getBoolean(5);
                    Boolean e = rs.wasNull() ? null : elected;
                    lists.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RoundCandidate(MemberId.of(rs.getLong(2)), rs.getString(3), v, e));
                });
        return jdbc.sql("SELECT * FROM elections.round WHERE election_id = :e ORDER BY number")
                .param("e", election.value())
                .query((rs, n) -> new RoundRow(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        rs.getString("kind"),
                        rs.getInt("seats"),
                        BallotForm.valueOf(rs.getString("form")),
                        rs.getInt("entries"),
                        integer(rs, "issued"),
                        integer(rs, "returned"),
                        integer(rs, "denominator"),
                        rs.getBoolean("counted"),
                        lists.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    void setIssued(long round, int issued, int entries) {
        jdbc.sql("UPDATE elections.round SET issued = :i, entries = :e WHERE id = :r")
                .param("i", issued)
                .param("e", entries)
                .param("r", round)
                .update();
    }

    /** Stores a round's count: the denominator, the ballots returned, each candidate's votes and who is elected. */
    void saveCount(long round, int denominator, int returned, int[] votes, List<Integer> elected) {
        jdbc.sql("UPDATE elections.round SET denominator = :d, returned = :ret, counted = true, counted_at = now()"
                        + " WHERE id = :r")
                .param("d", denominator)
                .param("ret", returned)
                .param("r", round)
                .update();
        for (int i = 0; i < votes.length; i++) {
            jdbc.sql("UPDATE elections.round_candidate SET votes = :v, elected = :e WHERE round_id = :r"
                            + " AND position = :p")
                    .param("v", votes[i])
                    .param("e", elected.contains(i))
                    .param("r", round)
                    .param("p", i)
                    .update();
        }
    }

    // ---- ballots ------------------------------------------------------------------------------------------------

    int nextNumber(long round, int entry) {
        return jdbc.sql("SELECT COALESCE(max(number), 0) + 1 FROM elections.ballot WHERE round_id = :r AND entry = :e")
                .param("r", round)
                .param("e", entry)
                .query(Integer.class)
                .single();
    }

    boolean ballotExists(long round, int entry, int number) {
        return jdbc.sql("SELECT count(*) FROM elections.ballot WHERE round_id = :r AND entry = :e AND number = :n")
                        .param("r", round)
                        .param("e", entry)
                        .param("n", number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean anyBallot(long round) {
        return jdbc.sql("SELECT count(*) FROM elections.ballot WHERE round_id = :r")
                        .param("r", round)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertBallot(long round, int entry, int number, BallotContent content, String by) {
        String kept = null;
        String marks = null;
        String code = null;
        if (content instanceof BallotContent.Kept k) {
            kept = java.util.Arrays.stream(k.positions())
                    .mapToObj(Integer::toString)
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        } else if (content instanceof BallotContent.Marked m) {
            StringBuilder s = new StringBuilder();
            for (Mark mark : m.marks()) {
                s.append(mark.name().charAt(0));
            }
            marks = s.toString();
        } else {
            code = ((BallotContent.Declared) content).code().name();
        }
        jdbc.sql(
                        """
                        INSERT INTO elections.ballot (round_id, entry, number, kept, marks, invalid_code, entered_by)
                        VALUES (:r, :e, :n, CAST(:kept AS smallint[]), :marks, :code, :by)
                        """)
                .param("r", round)
                .param("e", entry)
                .param("n", number)
                .param("kept", kept)
                .param("marks", marks)
                .param("code", code)
                .param("by", by)
                .update();
    }

    void deleteBallot(long round, int number) {
        jdbc.sql("DELETE FROM elections.ballot WHERE round_id = :r AND number = :n")
                .param("r", round)
                .param("n", number)
                .update();
    }

    /** Every entry's ballots, by entry (index 0 is entry 1), in number order. */
    List<List<Entered>> ballots(long round, int entries) {
        List<List<Entered>> result = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            result.add(new ArrayList<>());
        }
        jdbc.sql("SELECT entry, number, kept, marks, invalid_code FROM elections.ballot WHERE round_id = :r"
                        + " AND entry <= :entries ORDER BY entry, number")
                .param("r", round)
                .param("entries", entries)
                .query(rs -> {
                    result.get(rs.getInt(1) - 1).add(new Entered(rs.getInt(2), content(rs)));
                });
        return result;
    }

    int[] enteredPerEntry(long round) {
        int[] counts = new int[3];
        jdbc.sql("SELECT entry, count(*) FROM elections.ballot WHERE round_id = :r GROUP BY entry")
                .param("r", round)
                .query(rs -> {
                    counts[rs.getInt(1) - 1] = rs.getInt(2);
                });
        return counts;
    }

    private static BallotContent content(ResultSet rs) throws SQLException {
        Array kept = rs.getArray("kept");
        if (kept != null) {
            Object[] values = (Object[]) kept.getArray();
            int[] positions = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                positions[i] = ((Number) values[i]).intValue();
            }
            return new BallotContent.Kept(positions);
        }
        String marks = rs.getString("marks");
        if (marks != null) {
            Mark[] parsed = new Mark[marks.length()];
            for (int i = 0; i < parsed.length; i++) {
                parsed[i] = switch (marks.charAt(i)) {
                    case 'A' -> Mark.AGREE;
                    case 'D' -> Mark.DISAGREE;
                    case 'B' -> Mark.BOTH;
                    default -> Mark.NONE;
                };
            }
            return new BallotContent.Marked(parsed);
        }
        return new BallotContent.Declared(InvalidBallotCode.valueOf(rs.getString("invalid_code")));
    }

    // ---- counting committee and nominations ---------------------------------------------------------------------

    void setTellers(ElectionId election, List<Person> tellers, MemberId head) {
        jdbc.sql("DELETE FROM elections.teller WHERE election_id = :e")
                .param("e", election.value())
                .update();
        for (Person t : tellers) {
            jdbc.sql("INSERT INTO elections.teller (election_id, member_id, full_name, head) VALUES (:e, :m, :n, :h)")
                    .param("e", election.value())
                    .param("m", t.memberId().value())
                    .param("n", t.fullName())
                    .param("h", t.memberId().equals(head))
                    .update();
        }
    }

    List<ElectionDetails.Teller> tellers(ElectionId election) {
        return jdbc.sql("SELECT member_id, full_name, head FROM elections.teller WHERE election_id = :e"
                        + " ORDER BY head DESC, full_name COLLATE \"vi-x-icu\"")
                .param("e", election.value())
                .query((rs, n) ->
                        new ElectionDetails.Teller(MemberId.of(rs.getLong(1)), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    void addNomination(
            ElectionId election,
            Person nominee,
            MemberId nominatedBy,
            boolean self,
            int present,
            int inFavour,
            boolean added) {
        jdbc.sql(
                        """
                        INSERT INTO elections.nomination (election_id, member_id, full_name, nominated_by, self, present,
                            in_favour, added)
                        VALUES (:e, :m, :name, :by, :self, :present, :favour, :added)
                        """)
                .param("e", election.value())
                .param("m", nominee.memberId().value())
                .param("name", nominee.fullName())
                .param("by", nominatedBy == null ? null : nominatedBy.value())
                .param("self", self)
                .param("present", present)
                .param("favour", inFavour)
                .param("added", added)
                .update();
    }

    List<ElectionDetails.Nomination> nominations(ElectionId election) {
        return jdbc.sql("SELECT member_id, full_name, self, present, in_favour, added FROM elections.nomination"
                        + " WHERE election_id = :e ORDER BY id")
                .param("e", election.value())
                .query((rs, n) -> new ElectionDetails.Nomination(
                        MemberId.of(rs.getLong(1)),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getBoolean(6)))
                .list();
    }
}
