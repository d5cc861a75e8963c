package vn.chibo.admissions;

import java.time.LocalDate;
import vn.chibo.meetings.MeetingId;
import vn.chibo.members.MemberId;

/**
 * What a step records: its date, and for the introduction the official member introducing and since when she has
 * worked with the person, with the Youth Union's introduction; for the branch's vote its official members and those in
 * favour, and the branch meeting it was taken at (optional); for the decision its number and symbol and the day the
 * branch received it (optional: the day it was signed); for the ceremony whether the higher committee agreed to a
 * ceremony after the 30 working days, and where it was held.
 */
public record AdmissionStepInput(
        LocalDate date,
        MemberId introducerId,
        LocalDate introducerSince,
        Boolean youthUnion,
        Integer officialMembers,
        Integer agree,
        String decisionNumber,
        String decisionSymbol,
        Boolean lateCeremonyAgreed,
        String ceremonyPlace,
        MeetingId meetingId,
        LocalDate decisionReceivedOn) {

    /** A step without the day its decision was received. */
    public AdmissionStepInput(
            LocalDate date,
            MemberId introducerId,
            LocalDate introducerSince,
            Boolean youthUnion,
            Integer officialMembers,
            Integer agree,
            String decisionNumber,
            String decisionSymbol,
            Boolean lateCeremonyAgreed,
            String ceremonyPlace,
            MeetingId meetingId) {
        this(
                date,
                introducerId,
                introducerSince,
                youthUnion,
                officialMembers,
                agree,
                decisionNumber,
                decisionSymbol,
                lateCeremonyAgreed,
                ceremonyPlace,
                meetingId,
                null);
    }

    /** A step without the branch meeting of its vote. */
    public AdmissionStepInput(
            LocalDate date,
            MemberId introducerId,
            LocalDate introducerSince,
            Boolean youthUnion,
            Integer officialMembers,
            Integer agree,
            String decisionNumber,
            String decisionSymbol,
            Boolean lateCeremonyAgreed,
            String ceremonyPlace) {
        this(
                date,
                introducerId,
                introducerSince,
                youthUnion,
                officialMembers,
                agree,
                decisionNumber,
                decisionSymbol,
                lateCeremonyAgreed,
                ceremonyPlace,
                null);
    }

    /** A step that records only its date. */
    public AdmissionStepInput(
            LocalDate date,
            MemberId introducerId,
            LocalDate introducerSince,
            Boolean youthUnion,
            Integer officialMembers,
            Integer agree,
            String decisionNumber,
            String decisionSymbol,
            Boolean lateCeremonyAgreed) {
        this(
                date,
                introducerId,
                introducerSince,
                youthUnion,
                officialMembers,
                agree,
                decisionNumber,
                decisionSymbol,
                lateCeremonyAgreed,
                null,
                null);
    }

    public static AdmissionStepInput on(LocalDate date) {
        return new AdmissionStepInput(date, null, null, null, null, null, null, null, null, null, null, null);
    }
}
