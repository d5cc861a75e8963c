package vn.chibo.elections;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of sealed ballots, their destruction, and complaints. */
@Component
class BallotKeepingRecords {

    private final JdbcClient jdbc;

    BallotKeepingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BallotKeepingDetails.Custody> custody(CongressId congress) {
        return jdbc.sql(
                        """
                        SELECT k.*, e.kind FROM elections.ballot_custody k
                        JOIN elections.election e ON e.id = k.election_id
                        WHERE e.congress_id = :c ORDER BY e.id
                        """)
                .param("c", congress.value())
                .query((rs, n) -> new BallotKeepingDetails.Custody(
                        ElectionId.of(rs.getLong("election_id")),
                        ElectionKind.valueOf(rs.getString("kind")),
                        rs.getObject("sealed_on", LocalDate.class),
                        rs.getString("sealed_by"),
                        rs.getString("handed_to"),
                        rs.getInt("packets"),
                        rs.getObject("destroyed_on", LocalDate.class),
                        rs.getString("destroyed_by"),
                        rs.getString("destruction_decision")))
                .list();
    }

    Optional<BallotKeepingDetails.Custody> custody(CongressId congress, ElectionId election) {
        return custody(congress).stream()
                .filter(c -> c.electionId().equals(election))
                .findFirst();
    }

    void seal(ElectionId election, LocalDate on, String by, String to, int packets, String recordedBy) {
        jdbc.sql(
                        """
                        INSERT INTO elections.ballot_custody (election_id, sealed_on, sealed_by, handed_to, packets,
                            recorded_by)
                        VALUES (:e, :on, :by, :to, :p, :r)
                        """)
                .param("e", election.value())
                .param("on", on)
                .param("by", by)
                .param("to", to)
                .param("p", packets)
                .param("r", recordedBy)
                .update();
    }

    void destroy(ElectionId election, LocalDate on, String by, String decision) {
        jdbc.sql(
                        """
                        UPDATE elections.ballot_custody SET destroyed_on = :on, destroyed_by = :by,
                            destruction_decision = :d
                        WHERE election_id = :e AND destroyed_on IS NULL
                        """)
                .param("e", election.value())
                .param("on", on)
                .param("by", by)
                .param("d", decision)
                .update();
    }

    List<BallotKeepingDetails.Complaint> complaints(CongressId congress) {
        return jdbc.sql(
                        """
                        SELECT * FROM elections.complaint WHERE congress_id = :c ORDER BY received_on, id
                        """)
                .param("c", congress.value())
                .query((rs, n) -> {
                    long election = rs.getLong("election_id");
                    return new BallotKeepingDetails.Complaint(
                            rs.getLong("id"),
                            rs.wasNull() ? null : ElectionId.of(election),
                            rs.getObject("received_on", LocalDate.class),
                            rs.getString("complainant"),
                            rs.getString("content"),
                            rs.getBoolean("late"),
                            rs.getObject("settled_on", LocalDate.class),
                            rs.getString("settlement"));
                })
                .list();
    }

    long lodge(
            CongressId congress,
            ElectionId election,
            LocalDate receivedOn,
            String complainant,
            String content,
            boolean late) {
        return jdbc.sql(
                        """
                        INSERT INTO elections.complaint (congress_id, election_id, received_on, complainant, content,
                            late)
                        VALUES (:c, :e, :on, :who, :what, :late) RETURNING id
                        """)
                .param("c", congress.value())
                .param("e", election == null ? null : election.value())
                .param("on", receivedOn)
                .param("who", complainant)
                .param("what", content)
                .param("late", late)
                .query(Long.class)
                .single();
    }

    int settle(CongressId congress, long complaint, LocalDate on, String settlement) {
        return jdbc.sql(
                        """
                        UPDATE elections.complaint SET settled_on = :on, settlement = :s
                        WHERE id = :id AND congress_id = :c AND settled_on IS NULL
                        """)
                .param("id", complaint)
                .param("c", congress.value())
                .param("on", on)
                .param("s", settlement)
                .update();
    }
}
