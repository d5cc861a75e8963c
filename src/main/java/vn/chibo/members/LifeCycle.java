package vn.chibo.members;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.chibo.platform.InvalidInputException;

/**
 * The rules of a member's life cycle (Điều lệ Đảng Điều 5, QĐ 294-QĐ/TW): which change may follow which, and the state
 * that follows from a history. A change that breaks a rule is refused with the message key of the reason.
 */
public final class LifeCycle {

    /** Điều lệ Điều 5: probation lasts 12 months from the admission ceremony. */
    public static final int PROBATION_MONTHS = 12;

    private LifeCycle() {}

    /** The state after the whole history, which must start with the admission. */
    public static MemberState replay(LocalDate ceremonyDate, List<MemberEvent> history) {
        if (history.isEmpty() || history.get(0).kind() != MemberEventKind.ADMITTED) {
            throw new InvalidInputException("kind", "member.event.mustStartWithAdmission");
        }
        MemberState state = MemberState.admitted(history.get(0).occurredOn(), ceremonyDate);
        for (MemberEvent event : history.subList(1, history.size())) {
            state = apply(state, event);
        }
        return state;
    }

    /** The state after one more change, or the reason it is refused. */
    public static MemberState apply(MemberState state, MemberEvent event) {
        if (event.occurredOn() == null) {
            throw new InvalidInputException("occurredOn", "validation.required");
        }
        if (state.status() == MemberStatus.DECEASED) {
            throw new InvalidInputException("kind", "member.event.deceased");
        }
        if (event.occurredOn().isBefore(state.lastChange())) {
            throw new InvalidInputException(
                    "occurredOn", "member.event.beforePrevious", VietnameseText.date(state.lastChange()));
        }
        LocalDate on = event.occurredOn();
        return switch (event.kind()) {
            case ADMITTED -> throw new InvalidInputException("kind", "member.event.admittedTwice");
            case RECOGNIZED -> {
                if (state.status() == MemberStatus.OFFICIAL) {
                    throw new InvalidInputException("kind", "member.event.alreadyOfficial");
                }
                requireStatus(state, MemberStatus.PROBATIONARY);
                if (state.ceremonyDate() == null) {
                    throw new InvalidInputException("ceremonyDate", "member.event.noCeremony");
                }
                if (on.isBefore(state.ceremonyDate())) {
                    throw new InvalidInputException("occurredOn", "member.event.officialBeforeCeremony");
                }
                LocalDate probationEnds = probationEnds(state.ceremonyDate());
                if (on.isBefore(probationEnds)) {
                    throw new InvalidInputException(
                            "occurredOn", "member.event.probationNotOver", VietnameseText.date(probationEnds));
                }
                // QĐ 294-QĐ/TW §4.3 (as QĐ 232): the member is official from the day her 12 months of probation end,
                // whatever day the branch votes or the committee decides; the event's date is the decision's.
                yield state.with(MemberStatus.OFFICIAL, state.activity(), on).official(probationEnds);
            }
            case EXEMPTED, TEMPORARILY_EXEMPTED -> {
                requireOnList(state);
                requireActivity(state, ActivityState.ACTIVE);
                yield state.with(
                        state.status(),
                        event.kind() == MemberEventKind.EXEMPTED
                                ? ActivityState.EXEMPT
                                : ActivityState.TEMPORARILY_EXEMPT,
                        on);
            }
            case EXEMPTION_ENDED -> {
                requireOnList(state);
                if (state.activity() != ActivityState.EXEMPT && state.activity() != ActivityState.TEMPORARILY_EXEMPT) {
                    throw new InvalidInputException("kind", "member.event.notExempt");
                }
                yield state.with(state.status(), ActivityState.ACTIVE, on);
            }
            case TEMPORARY_TRANSFER_OUT, TEMPORARY_TRANSFER_OUT_FOR_STUDY -> {
                requireOnList(state);
                requireActivity(state, ActivityState.ACTIVE);
                checkTemporaryTransfer(event);
                yield state.with(state.status(), ActivityState.TEMPORARILY_AWAY, on);
            }
            case TEMPORARY_TRANSFER_RETURNED -> {
                requireOnList(state);
                requireActivity(state, ActivityState.TEMPORARILY_AWAY);
                yield state.with(state.status(), ActivityState.ACTIVE, on);
            }
            case TRANSFERRED -> {
                requireOnList(state);
                yield event.leavesChibo() ? state.with(MemberStatus.TRANSFERRED_OUT, ActivityState.ACTIVE, on) : state;
            }
            case TRANSFERRED_IN -> {
                if (state.status() != MemberStatus.TRANSFERRED_OUT && event.externalOrganization() != null) {
                    // Arrival of a member whose earlier party life was outside ChiBo: her record starts here.
                    requireOnList(state);
                    yield state.with(state.status(), ActivityState.ACTIVE, on);
                }
                requireStatus(state, MemberStatus.TRANSFERRED_OUT);
                yield state.with(state.standing(), ActivityState.ACTIVE, on);
            }
            case SUSPENDED -> {
                requireOnList(state);
                if (state.activity() == ActivityState.SUSPENDED) {
                    throw new InvalidInputException("kind", "member.event.alreadySuspended");
                }
                yield state.with(state.status(), ActivityState.SUSPENDED, on);
            }
            case SUSPENSION_ENDED -> {
                requireActivity(state, ActivityState.SUSPENDED);
                yield state.with(state.status(), ActivityState.ACTIVE, on);
            }
            case PROSECUTED -> {
                requireOnList(state);
                if (state.activity() == ActivityState.PROSECUTED) {
                    throw new InvalidInputException("kind", "member.event.alreadyProsecuted");
                }
                yield state.with(state.status(), ActivityState.PROSECUTED, on);
            }
            case PROSECUTION_ENDED -> {
                requireActivity(state, ActivityState.PROSECUTED);
                yield state.with(state.status(), ActivityState.ACTIVE, on);
            }
            case REMOVED_FROM_LIST, EXPELLED, LEFT_PARTY -> {
                requireOnList(state);
                MemberStatus exit =
                        switch (event.kind()) {
                            case REMOVED_FROM_LIST -> MemberStatus.REMOVED;
                            case EXPELLED -> MemberStatus.EXPELLED;
                            default -> MemberStatus.LEFT;
                        };
                yield state.with(exit, ActivityState.ACTIVE, on).outSince(on);
            }
            case READMITTED -> {
                requireOut(state);
                int days = (int) ChronoUnit.DAYS.between(state.outSince(), on);
                yield new MemberState(
                        MemberStatus.PROBATIONARY,
                        ActivityState.ACTIVE,
                        state.admissionDate(),
                        on,
                        null,
                        state.daysOut() + days,
                        null,
                        on);
            }
            case REINSTATED -> {
                requireOut(state);
                yield state.with(state.standing(), ActivityState.ACTIVE, on).outSince(null);
            }
            case DIED -> state.with(MemberStatus.DECEASED, ActivityState.ACTIVE, on);
        };
    }

    /** Điều lệ Đảng Điều 5: the day the 12 months of probation from the ceremony end, the official date. */
    public static LocalDate probationEnds(LocalDate ceremonyDate) {
        return ceremonyDate.plusMonths(MembershipRules.on(ceremonyDate).probationMonths());
    }

    /** Sinh hoạt tạm thời: 3 months to under a year for work; up to 2 years for residential study. */
    static void checkTemporaryTransfer(MemberEvent event) {
        if (event.until() == null) {
            throw new InvalidInputException("until", "validation.required");
        }
        LocalDate from = event.occurredOn();
        if (event.until().isBefore(from.plusMonths(3))) {
            throw new InvalidInputException("until", "member.event.temporaryTooShort");
        }
        boolean study = event.kind() == MemberEventKind.TEMPORARY_TRANSFER_OUT_FOR_STUDY;
        LocalDate limit = study ? from.plusYears(2) : from.plusYears(1).minusDays(1);
        if (event.until().isAfter(limit)) {
            throw new InvalidInputException(
                    "until", study ? "member.event.studyTooLong" : "member.event.temporaryTooLong");
        }
    }

    private static void requireOnList(MemberState state) {
        if (!state.status().onList()) {
            throw new InvalidInputException("kind", "member.event.notOnList");
        }
    }

    private static void requireOut(MemberState state) {
        if (!state.status().outOfParty()) {
            throw new InvalidInputException("kind", "member.event.notOut");
        }
    }

    private static void requireStatus(MemberState state, MemberStatus status) {
        if (state.status() != status) {
            throw new InvalidInputException("kind", "member.event.notOnList");
        }
    }

    private static void requireActivity(MemberState state, ActivityState activity) {
        if (state.activity() != activity) {
            throw new InvalidInputException("kind", "member.event.activity." + state.activity());
        }
    }
}
