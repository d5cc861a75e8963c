package vn.chibo.admissions;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.meetings.MeetingId;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/**
 * An admission as its page shows it: the person, the steps that apply to her branch with their dates, the votes, the
 * decision, the deadlines and the warnings, and whether the viewer may record its steps.
 */
public record AdmissionDetails(
        long id,
        OrganizationId organizationId,
        String organizationName,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        String job,
        boolean unitStaff,
        AdmissionStatus status,
        String stoppedReason,
        List<Step> steps,
        AdmissionStep nextStep,
        String introducerName,
        LocalDate introducerSince,
        boolean youthUnion,
        List<Vote> votes,
        DecisionReference decision,
        LocalDate decisionReceivedOn,
        boolean lateCeremonyAgreed,
        MemberId memberId,
        LocalDate decisionDue,
        LocalDate ceremonyDue,
        List<Warning> warnings,
        boolean manageable) {

    /** A step with its date, or none while it is to come. */
    public record Step(AdmissionStep step, LocalDate date) {

        public boolean done() {
            return date != null;
        }
    }

    /** A vote of the branch on proposing the admission, with the branch meeting it was taken at, if recorded. */
    public record Vote(LocalDate heldOn, int officialMembers, int agree, boolean passed, MeetingId meetingId) {}

    /** A warning to show: a message key with its arguments. */
    public record Warning(String key, List<Object> arguments) {

        public Object[] args() {
            return arguments.toArray();
        }
    }
}
