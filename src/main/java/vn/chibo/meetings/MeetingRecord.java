package vn.chibo.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** The facts of a session as the clerk enters them. */
public record MeetingRecord(
        MeetingKind kind,
        LocalDate date,
        String topic,
        String place,
        LocalTime startsAt,
        LocalTime endsAt,
        String chair,
        String clerk,
        LocalDate documentsSharedOn,
        String conclusion,
        Long duesCollected,
        boolean publishScore) {}
