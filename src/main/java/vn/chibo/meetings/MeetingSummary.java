package vn.chibo.meetings;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/** A meeting as calendars and lists show it. */
public record MeetingSummary(
        MeetingId id,
        OrganizationId organizationId,
        String organizationName,
        MeetingKind kind,
        MeetingStatus status,
        LocalDate date,
        String topic,
        ScoreBand band) {}
