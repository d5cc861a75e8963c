package vn.chibo.elections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.CongressPreparationDetails.PaperKind;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * What is on the floor of a congress now (nội dung đang diễn ra), as the presidium's secretary puts it on the hall
 * screen: a paper being presented (the political report, the review of the outgoing committee, a discussion paper or
 * the personnel plan) with its presenter, an election under way, or a line of the presidium's own (the opening, a
 * break, the closing); with the minutes allotted to the speaker, so that the screen counts them down and shows when
 * they are over. Putting an item up or taking it down needs ELECTION_MANAGE on a congress not closed, and is audited;
 * reading needs what the congress page needs.
 */
@Service
public class CongressFloor {

    /** The papers presented to the congress (a candidate's file is not). */
    static final Set<PaperKind> PRESENTED = Set.of(
            PaperKind.POLITICAL_REPORT,
            PaperKind.COMMITTEE_REVIEW,
            PaperKind.DISCUSSION_PAPER,
            PaperKind.PERSONNEL_PLAN);

    /** The longest time a speaker can be given, in minutes: a political report is read in about an hour. */
    static final int MAX_MINUTES = 240;

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final ElectionGuards guards;
    private final ElectionRecords elections;
    private final AuditTrail audit;
    private final Clock clock;

    CongressFloor(JdbcClient jdbc, ElectionGuards guards, ElectionRecords elections, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.guards = guards;
        this.elections = elections;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What to put on the floor: one of a paper of the congress, an election of it, or a title of its own; a speaker
     * (for a paper, its author unless another presents it) and the minutes allotted, both optional.
     */
    public record Put(Long paperId, Long electionId, String title, String speaker, Integer minutes) {}

    /**
     * The item on the floor.
     *
     * @param title the paper's title or the presidium's line; null for an election (the screen names its kind)
     * @param paperKind the kind of the paper presented, or null
     * @param electionKind the kind of the election under way, or null
     * @param minutes the minutes allotted, or null when the item has no time limit
     */
    public record Item(
            String title,
            String speaker,
            Long paperId,
            PaperKind paperKind,
            Long electionId,
            ElectionKind electionKind,
            Integer minutes,
            Instant startedAt) {

        /** When the allotted time ends, or null. */
        public Instant endsAt() {
            return minutes == null ? null : startedAt.plus(Duration.ofMinutes(minutes));
        }

        /** Whole seconds left of the allotted time at {@code now} (negative once over), or null without a limit. */
        public Long secondsLeft(Instant now) {
            Instant end = endsAt();
            return end == null ? null : Math.floorDiv(Duration.between(now, end).toMillis(), 1000L);
        }
    }

    /** Seconds as the screen shows them, minutes and seconds without a sign: 452 is "07:32", -65 is "01:05". */
    public static String minutesAndSeconds(long seconds) {
        long s = Math.abs(seconds);
        return String.format(java.util.Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    /** The item on the floor of the congress, if the presidium has put one up. */
    @Transactional(readOnly = true)
    public Optional<Item> current(CurrentUser user, CongressId id) {
        guards.congress(user, id, Permission.ELECTION_VIEW);
        return load(id);
    }

    /** Puts an item on the floor, in place of the one there; its time starts now. */
    @Transactional
    public Item put(CurrentUser user, CongressId id, Put put) {
        guards.manageable(user, id);
        int chosen = (put.paperId() == null ? 0 : 1) + (put.electionId() == null ? 0 : 1);
        String ownTitle = TypedText.optional("title", put.title(), TypedText.SHORT);
        if (chosen > 1 || (chosen == 1 && ownTitle != null)) {
            throw new InvalidInputException("paperId", "congress.floor.oneItem");
        }
        if (chosen == 0 && ownTitle == null) {
            throw new InvalidInputException("title", "congress.floor.nothing");
        }
        Integer minutes = put.minutes();
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            throw new InvalidInputException("minutes", "congress.floor.minutes", MAX_MINUTES);
        }
        String speaker = TypedText.optional("speaker", put.speaker(), MAX_NAME);
        String title = ownTitle;
        if (put.paperId() != null) {
            record PaperRow(String title, String author, PaperKind kind) {}
            PaperRow paper = jdbc.sql("SELECT title, author, kind FROM elections.preparation_paper"
                            + " WHERE id = :p AND congress_id = :c")
                    .param("p", put.paperId())
                    .param("c", id.value())
                    .query((rs, n) -> new PaperRow(
                            rs.getString("title"), rs.getString("author"), PaperKind.valueOf(rs.getString("kind"))))
                    .optional()
                    .filter(p -> PRESENTED.contains(p.kind()))
                    .orElseThrow(() -> new InvalidInputException("paperId", "congress.floor.paper"));
            title = paper.title();
            speaker = speaker != null ? speaker : paper.author();
        }
        if (put.electionId() != null) {
            boolean ofCongress = elections.ofCongress(id).stream().anyMatch(e -> e.id().value() == put.electionId());
            if (!ofCongress) {
                throw new InvalidInputException("electionId", "election.otherCongress");
            }
            title = null;
        }
        Item before = load(id).orElse(null);
        Instant now = clock.instant();
        turnEnded(id);
        jdbc.sql(
                        """
                        INSERT INTO elections.congress_floor (congress_id, paper_id, election_id, title, speaker, minutes,
                            started_at, set_by)
                        VALUES (:c, :paper, :election, :title, :speaker, :minutes, :now, :by)
                        ON CONFLICT (congress_id) DO UPDATE SET paper_id = excluded.paper_id,
                            election_id = excluded.election_id, title = excluded.title, speaker = excluded.speaker,
                            minutes = excluded.minutes, started_at = excluded.started_at, set_by = excluded.set_by
                        """)
                .param("c", id.value())
                .param("paper", put.paperId())
                .param("election", put.electionId())
                .param("title", title)
                .param("speaker", speaker)
                .param("minutes", minutes)
                .param("now", java.sql.Timestamp.from(now))
                .param("by", user.username())
                .update();
        Item item = load(id).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", item.title());
        after.put("speaker", item.speaker());
        after.put("paper", item.paperId());
        after.put("election", item.electionId());
        after.put("minutes", item.minutes());
        audit.record(user, "congress.floor.put", CongressManagement.ENTITY, id.value(), before, after);
        return item;
    }

    /** Takes the item off the floor: the screen shows the congress's figures alone. */
    @Transactional
    public void clear(CurrentUser user, CongressId id) {
        guards.manageable(user, id);
        Optional<Item> before = load(id);
        if (before.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM elections.congress_floor WHERE congress_id = :c")
                .param("c", id.value())
                .update();
        turnEnded(id);
        audit.record(user, "congress.floor.clear", CongressManagement.ENTITY, id.value(), before.get(), null);
    }

    /** The turn of whoever was called from the list of speakers ends when another item goes up or the floor clears. */
    private void turnEnded(CongressId id) {
        jdbc.sql(
                        """
                        UPDATE elections.congress_speaker SET status = 'DONE', ended_at = greatest(:now, called_at)
                        WHERE congress_id = :c AND status = 'SPEAKING'
                        """)
                .param("c", id.value())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private Optional<Item> load(CongressId id) {
        return jdbc.sql(
                        """
                        SELECT f.title, f.speaker, f.paper_id, p.kind AS paper_kind, f.election_id,
                               e.kind AS election_kind, f.minutes, f.started_at
                        FROM elections.congress_floor f
                        LEFT JOIN elections.preparation_paper p ON p.id = f.paper_id
                        LEFT JOIN elections.election e ON e.id = f.election_id
                        WHERE f.congress_id = :c
                        """)
                .param("c", id.value())
                .query((rs, n) -> new Item(
                        rs.getString("title"),
                        rs.getString("speaker"),
                        rs.getObject("paper_id", Long.class),
                        rs.getString("paper_kind") == null ? null : PaperKind.valueOf(rs.getString("paper_kind")),
                        rs.getObject("election_id", Long.class),
                        rs.getString("election_kind") == null
                                ? null
                                : ElectionKind.valueOf(rs.getString("election_kind")),
                        rs.getObject("minutes", Integer.class),
                        rs.getTimestamp("started_at").toInstant()))
                .optional()
                // An election removed since leaves nothing to show.
                .filter(item -> item.title() != null || item.electionId() != null);
    }
}
