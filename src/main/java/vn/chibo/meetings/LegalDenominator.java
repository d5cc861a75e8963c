package vn.chibo.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;

/**
 * The legal denominator of a vote (số đảng viên chính thức … theo quy định): the official members (or official
 * delegates) of an electorate less those the regulation leaves out, with how many were left out for each reason. A
 * resolution passes and a candidate is elected with more than half of it; an admission or a recognition needs two
 * thirds. The same class serves a branch meeting, a members' congress, a delegates' congress and the conference of a
 * committee; it is pure and reads nothing but the electors it is given.
 *
 * @param electorate whose vote it is
 * @param officials the official members (delegates) counted before any exclusion
 * @param exemptAbsent exempt from work and meetings (miễn công tác và sinh hoạt đảng) and absent
 * @param temporarilyAway on temporary transfer to another organization (at a congress: only if absent)
 * @param suspended suspended from Party activity (đình chỉ sinh hoạt)
 * @param prosecuted being prosecuted, indicted or held (đang bị khởi tố, truy tố, tạm giam)
 * @param absentForAcceptedReason at a congress or conference only: absent throughout with a reason the convening
 *     committee accepted
 * @param absentDelegates at a delegates' congress only: official delegates (and convening-committee members) absent
 *     throughout, whether or not an alternate took the seat (an alternate who did is an elector of her own)
 */
public record LegalDenominator(
        Electorate electorate,
        int officials,
        int exemptAbsent,
        int temporarilyAway,
        int suspended,
        int prosecuted,
        int absentForAcceptedReason,
        int absentDelegates) {

    /** Whose vote is counted; each has its own exclusions. */
    public enum Electorate {
        /** A branch's meeting (sinh hoạt chi bộ), and a committee's ordinary meeting over its own members. */
        BRANCH_MEETING,
        /** A members' congress (đại hội đảng viên). */
        MEMBER_CONGRESS,
        /** A delegates' congress (đại hội đại biểu). */
        DELEGATE_CONGRESS,
        /** A committee's conference electing from its own members (the new committee's first conference). */
        COMMITTEE_CONFERENCE
    }

    /** How an elector stood on the day of the vote, by her record. */
    public enum Standing {
        ACTIVE,
        /** Miễn công tác và sinh hoạt đảng (and tạm miễn sinh hoạt): counted only when present. */
        EXEMPT,
        /** Chuyển sinh hoạt đảng tạm thời to another organization. */
        TEMPORARILY_AWAY,
        /** Đình chỉ sinh hoạt đảng. */
        SUSPENDED,
        /** Đang bị khởi tố, truy tố, tạm giam. */
        PROSECUTED
    }

    /** How an elector attended the session that voted. */
    public enum Attendance {
        PRESENT,
        /** At a congress: present for part of it (counted like present). */
        PARTLY_PRESENT,
        /** Absent, with or without a reason nobody formally accepted. */
        ABSENT,
        /** At a congress or conference: absent throughout with a reason the convening committee accepted. */
        ABSENT_REASON_ACCEPTED,
        /** At a delegates' congress: absent throughout, her seat taken by an alternate (who is listed herself). */
        REPLACED_BY_ALTERNATE;

        boolean absent() {
            return this == ABSENT || this == ABSENT_REASON_ACCEPTED || this == REPLACED_BY_ALTERNATE;
        }
    }

    /**
     * One person on the electorate's list. {@code official} is false for probationary members, members here on
     * temporary transfer from another organization, alternates who took no seat and guests: they never count.
     */
    public record Elector(boolean official, Standing standing, Attendance attendance) {

        public Elector {
            if (standing == null || attendance == null) {
                throw new IllegalArgumentException("An elector needs a standing and an attendance");
            }
        }
    }

    public LegalDenominator {
        if (electorate == null) {
            throw new IllegalArgumentException("The electorate is required");
        }
    }

    /** The denominator of the electorate's vote, from its electors. */
    public static LegalDenominator of(Electorate electorate, Collection<Elector> electors) {
        int officials = 0, exemptAbsent = 0, away = 0, suspended = 0, prosecuted = 0, accepted = 0, delegates = 0;
        for (Elector e : electors) {
            if (!e.official()) {
                continue;
            }
            officials++;
            boolean absent = e.attendance().absent();
            switch (e.standing()) {
                // QĐ 190-QĐ/TW Điều 30 (QĐ 294-QĐ/TW §9.3.2 for resolutions): suspended and prosecuted members are out.
                case SUSPENDED -> suspended++;
                case PROSECUTED -> prosecuted++;
                // QĐ 190-QĐ/TW Điều 30: exempt members count when they attend and vote, and are out when absent.
                case EXEMPT -> {
                    if (absent) {
                        exemptAbsent++;
                    }
                }
                case TEMPORARILY_AWAY -> {
                    // QĐ 294-QĐ/TW §9.3.2: a branch's members on temporary transfer elsewhere are out of its votes;
                    // HD 01-HD/TW §13.2 (party-rules §1.0): at a congress they are summoned and count if they attend.
                    if (electorate == Electorate.BRANCH_MEETING || absent) {
                        away++;
                    }
                }
                case ACTIVE -> {
                    if (excludedAsAbsent(electorate, e.attendance())) {
                        if (electorate == Electorate.DELEGATE_CONGRESS) {
                            delegates++;
                        } else {
                            accepted++;
                        }
                    }
                }
            }
        }
        return new LegalDenominator(
                electorate, officials, exemptAbsent, away, suspended, prosecuted, accepted, delegates);
    }

    /**
     * Whether an active elector's absence takes her out. At a branch meeting nobody formally accepts a reason, so a
     * member absent with or without one stays in (party-rules §2.5, the ChiBo decision of 2026-12).
     */
    private static boolean excludedAsAbsent(Electorate electorate, Attendance attendance) {
        return switch (electorate) {
            case BRANCH_MEETING -> false;
            // QĐ 190-QĐ/TW Điều 30: official members absent throughout with a reason the convening committee accepted.
            case MEMBER_CONGRESS, COMMITTEE_CONFERENCE -> attendance == Attendance.ABSENT_REASON_ACCEPTED;
            // QĐ 190-QĐ/TW Điều 30: delegates (and convening-committee members) absent throughout, with no alternate
            // in their place; an alternate who took the place is counted as an elector herself.
            case DELEGATE_CONGRESS -> attendance.absent();
        };
    }

    /** The denominator itself. */
    @JsonProperty("value")
    public int value() {
        return officials
                - exemptAbsent
                - temporarilyAway
                - suspended
                - prosecuted
                - absentForAcceptedReason
                - absentDelegates;
    }

    /** The fewest votes that are more than half: floor(value / 2) + 1 (QĐ 190-QĐ/TW Điều 30). */
    public int moreThanHalf() {
        return value() / 2 + 1;
    }

    /** Whether {@code votes} are more than half of the denominator; nothing passes with a denominator of 0. */
    public boolean moreThanHalfReachedBy(int votes) {
        return value() > 0 && votes * 2 > value();
    }

    /** The fewest votes that make two thirds: ceil(2 × value / 3). */
    public int twoThirds() {
        return (2 * value() + 2) / 3;
    }

    /** Whether {@code votes} make at least two thirds of the denominator (admission and recognition votes). */
    public boolean twoThirdsReachedBy(int votes) {
        return value() > 0 && votes * 3 >= value() * 2;
    }

    /** {@code votes} as a percentage of the denominator, one decimal (counting minutes print it). */
    public double percent(int votes) {
        return value() == 0 ? 0 : Math.round(votes * 1000.0 / value()) / 10.0;
    }
}
