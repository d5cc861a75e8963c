package vn.chibo.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import vn.chibo.organizations.OrganizationId;

/** Everything recorded about a meeting, with the figures derived from it. */
public record MeetingDetails(
        MeetingId id,
        OrganizationId organizationId,
        String organizationName,
        MeetingStatus status,
        MeetingRecord record,
        List<Guest> guests,
        List<AttendanceEntry> attendance,
        AttendanceCounts counts,
        List<Item> agenda,
        List<Report> reports,
        List<Opinion> opinions,
        List<Task> tasks,
        List<Task> previousTasks,
        @JsonProperty("decisions") List<Resolution> resolutions,
        List<Correction> corrections,
        QualityScore score,
        List<String> warnings) {

    /** Minutes between start and end, or null until both are recorded. */
    public Long durationMinutes() {
        if (record.startsAt() == null || record.endsAt() == null) {
            return null;
        }
        return Duration.between(record.startsAt(), record.endsAt()).toMinutes();
    }

    /** The minimum duration the rules in force on the meeting's date set for its kind, or null. */
    public Integer minimumMinutes() {
        return MeetingRules.on(record.date()).minimumMinutes(record.kind(), record.topic());
    }

    /** Distinct members who spoke, as a share of those present, 0 to 1. */
    public double speakersShare() {
        long speakers = opinions.stream().map(Opinion::speaker).distinct().count();
        return counts.present() == 0 ? 0 : Math.min(1.0, (double) speakers / counts.present());
    }

    public long speakers() {
        return opinions.stream().map(Opinion::speaker).distinct().count();
    }

    public record Guest(long id, String fullName, String title, GuestKind kind) {}

    public record Item(long id, String title) {}

    public record Report(long id, String presenter, String title, String fileName) {}

    public record Opinion(long id, String speaker, Long memberId, String summary) {}

    public record Task(long id, String assignee, String description, java.time.LocalDate dueOn, boolean done) {}

    /**
     * What the meeting adopted by its vote (a resolution, a conclusion, an admission or a recognition) with the vote; an
     * admission or recognition names its member (or, for a first admission, the candidate). The API keeps the name
     * {@code decisions} for the list, as its URLs do.
     */
    public record Resolution(
            long id,
            ResolutionKind kind,
            String title,
            String content,
            VoteResult vote,
            Long memberId,
            String candidate) {}

    public record Correction(java.time.Instant at, String by, String what, String reason) {}

    public record QualityScore(String templateName, java.math.BigDecimal total, ScoreBand band) {}
}
