package vn.chibo.meetings.scoring;

import java.time.LocalDate;
import vn.chibo.meetings.AttendanceCounts;

/** What the automatic scoring rules read from a meeting's record. */
public record MeetingFacts(
        LocalDate date,
        Long durationMinutes,
        Integer minimumMinutes,
        AttendanceCounts counts,
        long speakers,
        LocalDate documentsSharedOn,
        boolean committeeMetBefore,
        int previousTasks,
        int previousTasksDone) {}
