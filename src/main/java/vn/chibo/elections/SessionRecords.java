package vn.chibo.elections;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.members.MemberId;

/** The SQL of a congress's sessions, the bodies that run it and the show of hands on them. */
@Component
class SessionRecords {

    private final JdbcClient jdbc;

    SessionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A session as stored. */
    record Session(String kind, LocalDate heldOn, String agenda, String workingRules, String proceedings) {}

    Optional<Session> session(CongressId congress, String kind) {
        return jdbc.sql(
                        """
                        SELECT kind, held_on, agenda, working_rules, proceedings FROM elections.congress_session
                        WHERE congress_id = :c AND kind = :k
                        """)
                .param("c", congress.value())
                .param("k", kind)
                .query((rs, n) -> new Session(
                        rs.getString("kind"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("agenda"),
                        rs.getString("working_rules"),
                        rs.getString("proceedings")))
                .optional();
    }

    void saveSession(
            CongressId congress, String kind, LocalDate heldOn, String agenda, String rules, String proceedings) {
        jdbc.sql(
                        """
                        INSERT INTO elections.congress_session (congress_id, kind, held_on, agenda, working_rules,
                            proceedings)
                        VALUES (:c, :k, :d, :a, :r, :p)
                        ON CONFLICT (congress_id, kind) DO UPDATE SET held_on = excluded.held_on,
                            agenda = excluded.agenda, working_rules = excluded.working_rules,
                            proceedings = excluded.proceedings, recorded_at = now()
                        """)
                .param("c", congress.value())
                .param("k", kind)
                .param("d", heldOn)
                .param("a", agenda)
                .param("r", rules)
                .param("p", proceedings)
                .update();
    }

    void replaceBodies(CongressId congress, List<CongressSessionDetails.BodyMember> members) {
        jdbc.sql("DELETE FROM elections.congress_body_member WHERE congress_id = :c")
                .param("c", congress.value())
                .update();
        int position = 0;
        for (CongressSessionDetails.BodyMember m : members) {
            jdbc.sql(
                            """
                            INSERT INTO elections.congress_body_member (congress_id, body, position, member_id,
                                full_name, head)
                            VALUES (:c, :b, :p, :m, :n, :h)
                            """)
                    .param("c", congress.value())
                    .param("b", m.body().name())
                    .param("p", position++)
                    .param("m", m.memberId().value())
                    .param("n", m.fullName())
                    .param("h", m.head())
                    .update();
        }
    }

    List<CongressSessionDetails.BodyMember> bodies(CongressId congress) {
        return jdbc.sql(
                        """
                        SELECT body, member_id, full_name, head FROM elections.congress_body_member
                        WHERE congress_id = :c ORDER BY body, head DESC, position
                        """)
                .param("c", congress.value())
                .query((rs, n) -> new CongressSessionDetails.BodyMember(
                        SessionBody.valueOf(rs.getString("body")),
                        MemberId.of(rs.getLong("member_id")),
                        rs.getString("full_name"),
                        rs.getBoolean("head")))
                .list();
    }

    void replaceVotes(CongressId congress, List<SessionVote> votes) {
        jdbc.sql("DELETE FROM elections.session_vote WHERE congress_id = :c")
                .param("c", congress.value())
                .update();
        for (SessionVote v : votes) {
            jdbc.sql(
                            """
                            INSERT INTO elections.session_vote (congress_id, item, agree, disagree, denominator,
                                adopted)
                            VALUES (:c, :i, :a, :d, :n, :ok)
                            """)
                    .param("c", congress.value())
                    .param("i", v.item().name())
                    .param("a", v.agree())
                    .param("d", v.disagree())
                    .param("n", v.denominator())
                    .param("ok", v.adopted())
                    .update();
        }
    }

    List<SessionVote> votes(CongressId congress) {
        return jdbc
                .sql(
                        """
                        SELECT item, agree, disagree, denominator, adopted FROM elections.session_vote
                        WHERE congress_id = :c
                        """)
                .param("c", congress.value())
                .query((rs, n) -> new SessionVote(
                        SessionVote.Item.valueOf(rs.getString("item")),
                        rs.getInt("agree"),
                        rs.getInt("disagree"),
                        rs.getInt("denominator"),
                        rs.getBoolean("adopted")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(SessionVote::item))
                .toList();
    }
}
