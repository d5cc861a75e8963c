package vn.chibo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Plans meetings (one at a time or the regular meetings of a whole year) and shows them as a calendar of the user's
 * organizations, with the gaps the rules would see. Planning needs MEETING_RECORD, the calendar MEETING_VIEW.
 */
@Service
public class MeetingPlanning {

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingPlanning(
            JdbcClient jdbc,
            OrganizationAccess access,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Plans a meeting of the organization. */
    @Transactional
    public MeetingId schedule(
            CurrentUser user,
            OrganizationId organization,
            MeetingKind kind,
            LocalDate date,
            String topic,
            String place,
            LocalTime startsAt) {
        access.require(user, organization, Permission.MEETING_RECORD);
        if (kind == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (date == null) {
            throw new InvalidInputException("date", "validation.required");
        }
        if (kind == MeetingKind.THEMATIC && MeetingRecords.isBlank(topic)) {
            throw new InvalidInputException("topic", "meeting.topic.requiredForThematic");
        }
        long id = jdbc.sql(
                        """
                        INSERT INTO meetings.meeting (organization_id, kind, meeting_date, topic, place, starts_at)
                        VALUES (:org, :kind, :date, :topic, :place, :start) RETURNING id
                        """)
                .param("org", organization.value())
                .param("kind", kind.name())
                .param("date", date)
                .param("topic", InputText.blankToNull(topic))
                .param("place", InputText.blankToNull(place))
                .param("start", startsAt)
                .query(Long.class)
                .single();
        audit.record(
                user,
                "meeting.schedule",
                MeetingRecords.ENTITY,
                id,
                null,
                Map.of("organizationId", organization.value(), "kind", kind, "date", date.toString()));
        events.publishEvent(new MeetingScheduled(MeetingId.of(id), organization, kind, date));
        return MeetingId.of(id);
    }

    /** The planned meetings on a day, for reminders. */
    @Transactional(readOnly = true)
    public List<MeetingScheduled> plannedOn(LocalDate date) {
        return jdbc.sql("SELECT id, organization_id, kind, meeting_date FROM meetings.meeting WHERE status = 'PLANNED'"
                        + " AND meeting_date = :d ORDER BY id")
                .param("d", date)
                .query((rs, n) -> new MeetingScheduled(
                        MeetingId.of(rs.getLong(1)),
                        OrganizationId.of(rs.getLong(2)),
                        MeetingKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * Plans the regular meeting of every month of the year that has none yet, on the given day of the month (or the
     * month's last day when shorter), and returns the meetings created.
     */
    @Transactional
    public List<MeetingId> planYear(
            CurrentUser user, OrganizationId organization, int year, int dayOfMonth, LocalTime startsAt, String place) {
        access.require(user, organization, Permission.MEETING_RECORD);
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "validation.invalidValue", year);
        }
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new InvalidInputException("day", "meeting.plan.day");
        }
        List<Integer> planned = jdbc.sql(
                        """
                        SELECT DISTINCT extract(month FROM meeting_date)::int FROM meetings.meeting
                        WHERE organization_id = :org AND kind IN ('REGULAR', 'COMBINED', 'MODEL')
                          AND extract(year FROM meeting_date) = :year
                        """)
                .param("org", organization.value())
                .param("year", year)
                .query(Integer.class)
                .list();
        List<MeetingId> created = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            if (!planned.contains(month)) {
                LocalDate first = LocalDate.of(year, month, 1);
                LocalDate date = first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth()));
                created.add(schedule(user, organization, MeetingKind.REGULAR, date, null, place, startsAt));
            }
        }
        return created;
    }

    /** The meetings of the organization's subtree between two dates, in date order. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> calendar(CurrentUser user, OrganizationId organization, LocalDate from, LocalDate to) {
        OrganizationScope scope = access.scope(user, Permission.MEETING_VIEW);
        String subtree = "";
        Map<String, Object> params = new HashMap<>();
        params.put("scopePaths", scope.pathArray());
        params.put("from", from);
        params.put("to", to);
        if (organization != null) {
            access.require(user, organization, Permission.MEETING_VIEW);
            subtree = " AND o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :org)";
            params.put("org", organization.value());
        }
        return jdbc.sql("SELECT m.id, m.organization_id, o.name AS organization_name, m.kind, m.status,"
                        + " m.meeting_date, m.topic, r.band FROM meetings.meeting m"
                        + " JOIN organizations.organization_tree o ON o.id = m.organization_id"
                        + " LEFT JOIN meetings.score_result r ON r.meeting_id = m.id"
                        + " WHERE " + scope.sqlCondition("o.path") + subtree
                        + " AND m.meeting_date >= :from AND m.meeting_date <= :to"
                        + " ORDER BY m.meeting_date, o.name COLLATE \"vi-x-icu\", m.id")
                .params(params)
                .query((rs, n) -> new MeetingSummary(
                        MeetingId.of(rs.getLong("id")),
                        OrganizationId.of(rs.getLong("organization_id")),
                        rs.getString("organization_name"),
                        MeetingKind.valueOf(rs.getString("kind")),
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("topic"),
                        rs.getString("band") == null ? null : ScoreBand.valueOf(rs.getString("band"))))
                .list();
    }

    /**
     * What a year's calendar of one organization lacks so far: a month without its regular meeting, a quarter without
     * a thematic meeting (only months and quarters already over count).
     */
    public List<CalendarWarning> calendarWarnings(List<MeetingSummary> meetings, int year) {
        return CalendarWarning.of(meetings, year, LocalDate.now(clock));
    }
}
