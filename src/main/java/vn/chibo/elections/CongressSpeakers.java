package vn.chibo.elections;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The list of speakers of a congress's discussion (danh sách đăng ký phát biểu), as OpenSlides keeps one per agenda item:
 * a delegate registers herself from the congress page (she must be on its list), or the presidium registers a delegate
 * or a guest, each with what she will speak on; the presidium calls them in turn and the one called goes on the floor
 * ({@link CongressFloor}) with her minutes, her turn ending when the next item goes up. Registering oneself needs only
 * to see the congress and be on its list; the rest needs ELECTION_MANAGE. The congress must not be closed; audited.
 */
@Service
public class CongressSpeakers {

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final ElectionGuards guards;
    private final CongressRecords congresses;
    private final CongressFloor floor;
    private final MemberManagement members;
    private final AuditTrail audit;
    private final Clock clock;

    CongressSpeakers(
            JdbcClient jdbc,
            ElectionGuards guards,
            CongressRecords congresses,
            CongressFloor floor,
            MemberManagement members,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.guards = guards;
        this.congresses = congresses;
        this.floor = floor;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a speaker stands. */
    public enum Status {
        WAITING,
        SPEAKING,
        DONE,
        WITHDRAWN
    }

    /**
     * One registration, in the order of registering; {@code memberId} is null for a guest, {@code paperId} names the
     * discussion paper she presents (null for an opinion of her own); {@code calledAt} is when she was given the floor
     * and {@code endedAt} when her turn ended, {@code spokenSeconds} the difference once both are known.
     */
    public record Speaker(
            long id,
            Long memberId,
            String fullName,
            String topic,
            Long paperId,
            Status status,
            Instant calledAt,
            Instant endedAt,
            Long spokenSeconds) {

        /** Whether she presents a discussion paper (tham luận) rather than an opinion of her own. */
        public boolean presentsPaper() {
            return paperId != null;
        }

        /** Whether she is a guest (not on the congress's list of members). */
        public boolean guest() {
            return memberId == null;
        }
    }

    /**
     * Who registers whom: a member on the congress's list, or (for a guest) a name; and the topic, or one of the
     * congress's discussion papers (its title then the topic when none is typed).
     */
    public record Registration(Long memberId, String fullName, String topic, Long paperId) {

        public Registration(Long memberId, String fullName, String topic) {
            this(memberId, fullName, topic, null);
        }
    }

    /**
     * What the congress heard in its discussion: the speakers whose turn ended, in the order heard, how many presented a
     * discussion paper and how many gave an opinion of their own, delegates and guests, the time they took altogether,
     * and how many still wait.
     */
    public record Discussion(
            List<Speaker> heard, int papers, int opinions, int delegates, int guests, long seconds, int waiting) {

        public boolean any() {
            return !heard.isEmpty();
        }
    }

    /** The discussion so far, from the list of speakers (in order of registering). */
    public static Discussion discussion(List<Speaker> speakers) {
        List<Speaker> heard = speakers.stream()
                .filter(s -> s.status() == Status.DONE)
                .sorted(java.util.Comparator.comparing(
                        Speaker::calledAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
        int papers = (int) heard.stream().filter(Speaker::presentsPaper).count();
        int guests = (int) heard.stream().filter(Speaker::guest).count();
        long seconds = heard.stream()
                .map(Speaker::spokenSeconds)
                .filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum();
        int waiting = waiting(speakers).size();
        return new Discussion(heard, papers, heard.size() - papers, heard.size() - guests, guests, seconds, waiting);
    }

    /** The congress's discussion so far: who was heard, on what, for how long. */
    @Transactional(readOnly = true)
    public Discussion discussion(CurrentUser user, CongressId id) {
        guards.congress(user, id, Permission.ELECTION_VIEW);
        return discussion(speakers(id));
    }

    /** The discussion of a congress the caller has already been checked for (for its minutes). */
    Discussion discussionOf(CongressId id) {
        return discussion(speakers(id));
    }

    /** The list of speakers, in order; those who withdrew left out. */
    @Transactional(readOnly = true)
    public List<Speaker> list(CurrentUser user, CongressId id) {
        guards.congress(user, id, Permission.ELECTION_VIEW);
        return speakers(id);
    }

    /** Those still waiting to speak, in order. */
    static List<Speaker> waiting(List<Speaker> speakers) {
        return speakers.stream().filter(s -> s.status() == Status.WAITING).toList();
    }

    /** The presidium registers a member on the congress's list, or a guest by name. */
    @Transactional
    public long register(CurrentUser user, CongressId id, Registration r) {
        guards.manageable(user, id);
        String topic = r.paperId() == null
                ? TypedText.required("topic", r.topic(), TypedText.SHORT)
                : TypedText.optional("topic", r.topic(), TypedText.SHORT);
        if (r.paperId() != null) {
            String title = jdbc.sql("SELECT title FROM elections.preparation_paper"
                            + " WHERE id = :p AND congress_id = :c AND kind = 'DISCUSSION_PAPER'")
                    .param("p", r.paperId())
                    .param("c", id.value())
                    .query(String.class)
                    .optional()
                    .orElseThrow(() -> new InvalidInputException("paperId", "congress.speakers.paper.invalid"));
            topic = topic == null ? title : topic;
        }
        String name;
        Long member = r.memberId();
        if (member != null) {
            Attendee attendee = congresses
                    .attendee(id, MemberId.of(member))
                    .filter(a -> a.standing() != Standing.NOT_SUMMONED)
                    .orElseThrow(() -> new InvalidInputException("memberId", "congress.attendance.notListed"));
            name = attendee.fullName();
        } else {
            name = TypedText.required("fullName", r.fullName(), MAX_NAME);
        }
        return insert(user, id, member, name, topic, r.paperId());
    }

    /** A member on the congress's list registers herself to speak. */
    @Transactional
    public long registerSelf(CurrentUser user, CongressId id, String topic) {
        CongressRecords.Row congress = guards.congress(user, id, Permission.ELECTION_VIEW);
        if (congress.status() == CongressStatus.CLOSED) {
            throw new InvalidInputException("status", "congress.status.closed");
        }
        String text = TypedText.required("topic", topic, TypedText.SHORT);
        Long self = selfOnList(user, id);
        if (self == null) {
            throw new InvalidInputException("topic", "congress.speakers.notDelegate");
        }
        String name = congresses.attendee(id, MemberId.of(self)).orElseThrow().fullName();
        return insert(user, id, self, name, text, null);
    }

    /**
     * The signed-in member's id if she is on the congress's list and may register herself to speak (the congress not
     * closed, she not recorded absent); otherwise null.
     */
    @Transactional(readOnly = true)
    public Long selfOnList(CurrentUser user, CongressId id) {
        CongressRecords.Row congress = guards.congress(user, id, Permission.ELECTION_VIEW);
        if (congress.status() == CongressStatus.CLOSED) {
            return null;
        }
        return members.ownId(user)
                .flatMap(m -> congresses.attendee(id, m))
                .filter(a -> a.standing() != Standing.NOT_SUMMONED && a.status() != AttendanceStatus.ABSENT)
                .map(a -> a.memberId().value())
                .orElse(null);
    }

    /** Calls the speaker: she goes on the floor with her minutes, and whoever spoke before is done. */
    @Transactional
    public CongressFloor.Item call(CurrentUser user, CongressId id, long speakerId, Integer minutes) {
        guards.manageable(user, id);
        Speaker speaker = find(id, speakerId);
        if (speaker.status() != Status.WAITING) {
            throw new InvalidInputException("speakerId", "congress.speakers.notWaiting");
        }
        CongressFloor.Item item = floor.put(
                user,
                id,
                speaker.presentsPaper()
                        ? new CongressFloor.Put(speaker.paperId(), null, null, speaker.fullName(), minutes)
                        : new CongressFloor.Put(null, null, speaker.topic(), speaker.fullName(), minutes));
        jdbc.sql("UPDATE elections.congress_speaker SET status = 'SPEAKING', called_at = :now WHERE id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", speakerId)
                .update();
        audit.record(
                user,
                "congress.speaker.call",
                CongressManagement.ENTITY,
                id.value(),
                null,
                Map.of("speaker", speakerId, "name", speaker.fullName()));
        return item;
    }

    /** Takes a registration off the list: the presidium any, a member her own, while it waits. */
    @Transactional
    public void withdraw(CurrentUser user, CongressId id, long speakerId) {
        CongressRecords.Row congress = guards.congress(user, id, Permission.ELECTION_VIEW);
        Speaker speaker = find(id, speakerId);
        Optional<MemberId> own = members.ownId(user);
        boolean hers =
                speaker.memberId() != null && own.isPresent() && own.get().value() == speaker.memberId();
        if (!hers) {
            guards.manageable(user, id);
        } else if (congress.status() == CongressStatus.CLOSED) {
            throw new InvalidInputException("status", "congress.status.closed");
        }
        if (speaker.status() != Status.WAITING) {
            throw new InvalidInputException("speakerId", "congress.speakers.notWaiting");
        }
        jdbc.sql("UPDATE elections.congress_speaker SET status = 'WITHDRAWN' WHERE id = :id")
                .param("id", speakerId)
                .update();
        audit.record(
                user,
                "congress.speaker.withdraw",
                CongressManagement.ENTITY,
                id.value(),
                Map.of("speaker", speakerId, "name", speaker.fullName()),
                null);
    }

    private long insert(CurrentUser user, CongressId id, Long member, String name, String topic, Long paper) {
        if (member != null) {
            boolean listed = jdbc.sql(
                            """
                            SELECT count(*) > 0 FROM elections.congress_speaker
                            WHERE congress_id = :c AND member_id = :m AND status IN ('WAITING', 'SPEAKING')
                            """)
                    .param("c", id.value())
                    .param("m", member)
                    .query(Boolean.class)
                    .single();
            if (listed) {
                throw new InvalidInputException("memberId", "congress.speakers.already", name);
            }
        }
        long speaker = jdbc.sql(
                        """
                        INSERT INTO elections.congress_speaker (congress_id, member_id, full_name, topic, paper_id,
                            registered_by, registered_at)
                        VALUES (:c, :m, :name, :topic, :paper, :by, :now) RETURNING id
                        """)
                .param("c", id.value())
                .param("m", member)
                .param("paper", paper)
                .param("name", name)
                .param("topic", topic)
                .param("by", user.username())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("speaker", speaker);
        after.put("name", name);
        after.put("topic", topic);
        if (paper != null) {
            after.put("paper", paper);
        }
        audit.record(user, "congress.speaker.register", CongressManagement.ENTITY, id.value(), null, after);
        return speaker;
    }

    private Speaker find(CongressId id, long speakerId) {
        return speakers(id).stream()
                .filter(s -> s.id() == speakerId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("speaker", speakerId));
    }

    private List<Speaker> speakers(CongressId id) {
        return jdbc.sql(
                        """
                        SELECT id, member_id, full_name, topic, paper_id, status, called_at, ended_at,
                            floor(extract(epoch FROM ended_at - called_at))::bigint AS seconds
                        FROM elections.congress_speaker
                        WHERE congress_id = :c AND status <> 'WITHDRAWN' ORDER BY id
                        """)
                .param("c", id.value())
                .query((rs, n) -> new Speaker(
                        rs.getLong("id"),
                        rs.getObject("member_id", Long.class),
                        rs.getString("full_name"),
                        rs.getString("topic"),
                        rs.getObject("paper_id", Long.class),
                        Status.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("called_at")),
                        instant(rs.getTimestamp("ended_at")),
                        rs.getObject("seconds", Long.class)))
                .list();
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
