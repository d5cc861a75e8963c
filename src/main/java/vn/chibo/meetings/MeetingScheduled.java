package vn.chibo.meetings;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/** A meeting was put on an organization's calendar. */
public record MeetingScheduled(MeetingId meetingId, OrganizationId organizationId, MeetingKind kind, LocalDate date) {}
