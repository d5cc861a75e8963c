package vn.chibo.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.elections.rules.Summons;
import vn.chibo.members.ActivityState;
import vn.chibo.members.MemberId;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;

/**
 * The list of a congress: drawing it up when the congress is convened, then how each person on it attended, the
 * delegates added and replaced, guests, and those not summoned. Writing needs ELECTION_MANAGE on an open congress;
 * every write is audited.
 */
@Service
public class CongressAttendance {

    private static final String ENTITY = CongressManagement.ENTITY;

    private final Rosters rosters;
    private final CongressRecords records;
    private final OrganizationTerms organizations;
    private final ElectionGuards guards;
    private final AuditTrail audit;

    CongressAttendance(
            Rosters rosters,
            CongressRecords records,
            OrganizationTerms organizations,
            ElectionGuards guards,
            AuditTrail audit) {
        this.rosters = rosters;
        this.records = records;
        this.organizations = organizations;
        this.guards = guards;
        this.audit = audit;
    }

    // ---- drawing up the list ------------------------------------------------------------------------------------

    /**
     * The members who held the outgoing committee's seats on the eve of the opening: each found by the election that
     * filled her seat, or else by her name when exactly one member of the organization's subtree bears it (a name two
     * members share finds nobody: the clerk flags the right one).
     */
    private Set<Long> conveningCommitteeMembers(
            CurrentUser user, OrganizationId organization, LocalDate opening, List<Rosters.Member> roster) {
        List<CommitteeSeat> seats = organizations.committeeOn(user, organization, opening.minusDays(1));
        if (seats.isEmpty()) {
            return Set.of();
        }
        Set<Long> members = new HashSet<>(
                records.membersOfSeats(seats.stream().map(CommitteeSeat::id).toList()));
        Map<String, List<Long>> byName = new java.util.HashMap<>();
        for (Rosters.Member m : roster) {
            byName.computeIfAbsent(nameKey(m.member().fullName()), k -> new ArrayList<>())
                    .add(m.member().id().value());
        }
        for (CommitteeSeat seat : seats) {
            List<Long> named = byName.getOrDefault(nameKey(seat.fullName()), List.of());
            if (named.size() == 1) {
                members.add(named.get(0));
            }
        }
        return members;
    }

    /**
     * Flags the convening committee on the list: the holders of the outgoing committee's seats on the eve of the
     * opening ({@link #conveningCommitteeMembers}). Returns how many were flagged.
     */
    int markConveningCommittee(CurrentUser user, CongressId congress, OrganizationId organization, LocalDate opening) {
        Set<Long> seated =
                conveningCommitteeMembers(user, organization, opening, rosters.subtree(user, organization, opening));
        int flagged = 0;
        for (Attendee a : records.attendees(congress)) {
            if (a.memberId() != null
                    && !a.conveningCommittee()
                    && seated.contains(a.memberId().value())) {
                records.markConveningCommittee(a.id());
                flagged++;
            }
        }
        return flagged;
    }

    /**
     * At a delegate congress, the members of the convening committee are official delegates by right, where the rule
     * set says so: each official member of the subtree who held a seat ({@link #conveningCommitteeMembers}) is put on
     * the list, or, already there as an alternate elected below, made an official delegate. Returns how many were
     * added or made official; a seat holder found neither way (a name typed by hand that matches no member, or two) is
     * left to the clerk.
     */
    int addConveningCommittee(CurrentUser user, CongressId congress, OrganizationId organization, LocalDate opening) {
        if (!ElectionRules.on(opening).conveningCommitteeDelegatesByRight()) {
            return 0;
        }
        List<Rosters.Member> roster = rosters.subtree(user, organization, opening);
        Set<Long> seated = conveningCommitteeMembers(user, organization, opening, roster);
        if (seated.isEmpty()) {
            return 0;
        }
        Map<Long, Attendee> listed = new java.util.HashMap<>();
        for (Attendee a : records.attendees(congress)) {
            if (a.memberId() != null) {
                listed.put(a.memberId().value(), a);
            }
        }
        int added = 0;
        for (Rosters.Member m : roster) {
            var member = m.member();
            if (!member.official() || !seated.contains(member.id().value())) {
                continue;
            }
            Attendee already = listed.get(member.id().value());
            if (already == null) {
                records.insertAttendee(
                        congress, member.id(), member.fullName(), Standing.WITH_VOTE, null, true, false, false, false);
                added++;
            } else if (already.alternate() && already.replacesAttendeeId() == null) {
                records.markDelegate(already.id(), false, null, null);
                added++;
            }
        }
        return added;
    }

    private static String nameKey(String fullName) {
        String clean = VietnameseText.clean(fullName);
        return clean == null ? "" : clean.toLowerCase(Locale.forLanguageTag("vi"));
    }

    /**
     * Every member of the subtree on the opening date, by the summons rules; probationers, and members of other
     * organizations on temporary transfer here, without a vote.
     */
    int summonMembers(CurrentUser user, CongressId congress, ConveneCongress c) {
        int listed = 0;
        List<Rosters.Member> subtree = rosters.subtree(user, c.organization(), c.openingDate());
        for (Rosters.Member m : subtree) {
            var member = m.member();
            ActivityState activity = member.activity();
            Summons.Standing standing = Summons.of(member.status(), activity, false, false);
            String reason = standing != Summons.Standing.NOT_SUMMONED
                    ? null
                    : activity == ActivityState.PROSECUTED ? "PROSECUTED" : "SUSPENDED";
            records.insertAttendee(
                    congress,
                    member.id(),
                    member.fullName(),
                    Standing.valueOf(standing.name()),
                    reason,
                    member.official(),
                    activity == ActivityState.EXEMPT || activity == ActivityState.TEMPORARILY_EXEMPT,
                    activity == ActivityState.TEMPORARILY_AWAY,
                    false);
            listed++;
        }
        for (Rosters.Member m : rosters.hosted(user, c.organization(), c.openingDate(), subtree)) {
            long attendee = records.insertAttendee(
                    congress,
                    m.member().id(),
                    m.member().fullName(),
                    Standing.WITHOUT_VOTE,
                    null,
                    m.member().official(),
                    false,
                    false,
                    false);
            records.markTemporarilyIn(attendee);
            listed++;
        }
        return listed;
    }

    /** The committee elected by the parent congress: each of its members with a vote. */
    int summonCommittee(CongressId congress, CongressId parent) {
        List<CongressRecords.Person> committee = records.electedOf(parent, ElectionKind.COMMITTEE);
        for (CongressRecords.Person p : committee) {
            records.insertAttendee(
                    congress, p.memberId(), p.fullName(), Standing.WITH_VOTE, null, true, false, false, false);
        }
        return committee.size();
    }

    /**
     * The delegates and alternates elected by the congresses of the organizations below, held in the year before this
     * congress opens, each with the organization that elected her and an alternate's votes for her order.
     */
    int importDelegates(CongressId congress, ConveneCongress c) {
        List<CongressRecords.ElectedDelegate> delegates =
                records.delegatesFromBelow(c.organization(), c.openingDate().minusYears(1), c.openingDate());
        for (CongressRecords.ElectedDelegate d : delegates) {
            long attendee = records.insertAttendee(
                    congress, d.memberId(), d.fullName(), Standing.WITH_VOTE, null, true, false, false, false);
            records.markDelegate(attendee, d.alternate(), d.organizationId(), d.alternate() ? d.votes() : null);
        }
        return delegates.size();
    }

    // ---- attendance ---------------------------------------------------------------------------------------------

    /** Records how someone on the list attended; absence takes a reason, and whether the convening committee accepted it. */
    @Transactional
    public void recordAttendance(CurrentUser user, CongressId id, MemberId member, RecordAttendance a) {
        CongressRecords.Row row = guards.manageable(user, id);
        if (a == null || a.status() == null) {
            throw new InvalidInputException("status", "validation.required");
        }
        Attendee before = records.attendee(id, member)
                .orElseThrow(() -> new InvalidInputException("memberId", "congress.attendance.notListed"));
        if (before.standing() == Standing.NOT_SUMMONED) {
            throw new InvalidInputException("memberId", "congress.attendance.notSummoned");
        }
        if (a.status() != AttendanceStatus.ABSENT) {
            // An alternate took her place while she was absent: both would count as attending.
            Optional<Attendee> alternate = records.attendees(id).stream()
                    .filter(x -> x.alternate() && Long.valueOf(before.id()).equals(x.replacesAttendeeId()))
                    .findFirst();
            if (alternate.isPresent()) {
                throw new InvalidInputException(
                        "status",
                        "congress.attendance.replaced",
                        alternate.get().fullName());
            }
        }
        if (a.status() == AttendanceStatus.ABSENT
                && (a.reason() == null || a.reason().isBlank())
                && a.reasonAccepted()) {
            throw new InvalidInputException("reason", "congress.attendance.reasonRequired");
        }
        String reason = a.status() == AttendanceStatus.ABSENT ? InputText.blankToNull(a.reason()) : null;
        boolean accepted = a.status() == AttendanceStatus.ABSENT && a.reasonAccepted();
        records.setAttendance(before.id(), a.status(), reason, accepted);
        audit.record(
                user,
                "congress.attendance",
                ENTITY,
                row.id().value(),
                Map.of("memberId", member.value(), "status", String.valueOf(before.status())),
                Map.of("memberId", member.value(), "status", a.status(), "reasonAccepted", accepted));
    }

    /** Puts a delegate on a delegate congress's list (or flags one as a convening-committee member). */
    @Transactional
    public long addDelegate(CurrentUser user, CongressId id, AddDelegate d) {
        CongressRecords.Row row = guards.manageable(user, id);
        if (row.kind() != CongressKind.DELEGATES) {
            throw new InvalidInputException("kind", "congress.delegates.onlyAtDelegateCongress");
        }
        if (d == null || d.member() == null) {
            throw new InvalidInputException("memberId", "validation.required");
        }
        Rosters.Member member = rosters.subtree(user, row.organizationId(), row.openingDate()).stream()
                .filter(m -> m.member().id().equals(d.member()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("memberId", "congress.delegates.notInOrganization"));
        if (!member.member().official()) {
            throw new InvalidInputException("memberId", "congress.delegates.notOfficial");
        }
        if (records.attendee(id, d.member()).isPresent()) {
            throw new InvalidInputException("memberId", "congress.delegates.alreadyListed");
        }
        long attendee = records.insertAttendee(
                id, d.member(), member.member().fullName(), Standing.WITH_VOTE, null, true, false, false, false);
        records.markDelegate(
                attendee,
                d.alternate(),
                d.lowerOrganization() == null ? member.organization() : d.lowerOrganization(),
                d.alternate() ? d.alternateVotes() : null);
        markConveningCommittee(user, id, row.organizationId(), row.openingDate());
        audit.record(user, "congress.delegate.add", ENTITY, id.value(), null, d);
        return attendee;
    }

    /**
     * An alternate attends in place of an absent official delegate: the one named, or by default (a rule-set
     * parameter) an alternate of the same lower organization, in the order of the alternates' votes.
     */
    @Transactional
    public void replaceDelegate(CurrentUser user, CongressId id, long absentAttendee, Long alternateAttendee) {
        CongressRecords.Row row = guards.manageable(user, id);
        List<Attendee> attendees = records.attendees(id);
        Attendee absent = attendees.stream()
                .filter(a -> a.id() == absentAttendee && !a.alternate() && a.standing() == Standing.WITH_VOTE)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("attendeeId", "congress.replace.notADelegate"));
        if (absent.status() != AttendanceStatus.ABSENT) {
            throw new InvalidInputException("attendeeId", "congress.replace.notAbsent");
        }
        Attendee alternate = alternateAttendee != null
                ? attendees.stream()
                        .filter(a -> a.id() == alternateAttendee && a.alternate() && a.replacesAttendeeId() == null)
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException("alternateId", "congress.replace.notAnAlternate"))
                : AttendanceCounting.defaultAlternate(
                                ElectionRules.on(row.openingDate()).alternateOrder(), absent, attendees)
                        .orElseThrow(() -> new InvalidInputException("alternateId", "congress.replace.noAlternate"));
        records.replace(alternate.id(), absent.id());
        audit.record(
                user,
                "congress.delegate.replace",
                ENTITY,
                id.value(),
                null,
                Map.of("absent", absent.fullName(), "alternate", alternate.fullName()));
    }

    /** Someone attending without a vote (a member on temporary transfer in) or a guest. */
    @Transactional
    public long addParticipant(CurrentUser user, CongressId id, String fullName, boolean temporarilyIn) {
        return addParticipant(user, id, fullName, temporarilyIn, null);
    }

    /**
     * Someone attending without a vote (a member on temporary transfer in) or a guest; a guest with the title the
     * congress introduces her by (the minutes and the news name guests with it), which a member has none of.
     */
    @Transactional
    public long addParticipant(
            CurrentUser user, CongressId id, String fullName, boolean temporarilyIn, String guestTitle) {
        guards.manageable(user, id);
        String name = VietnameseText.clean(fullName);
        if (name == null) {
            throw new InvalidInputException("fullName", "validation.required");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("fullName", "validation.tooLong", 200);
        }
        String title = VietnameseText.clean(guestTitle);
        if (title != null && temporarilyIn) {
            throw new InvalidInputException("guestTitle", "congress.participant.titleForGuests");
        }
        if (title != null && title.length() > 200) {
            throw new InvalidInputException("guestTitle", "validation.tooLong", 200);
        }
        long attendee = records.insertAttendee(
                id,
                null,
                name,
                temporarilyIn ? Standing.WITHOUT_VOTE : Standing.GUEST,
                null,
                false,
                false,
                false,
                false);
        if (temporarilyIn) {
            records.markTemporarilyIn(attendee);
        }
        if (title != null) {
            records.setTitle(attendee, title);
        }
        audit.record(
                user,
                "congress.participant.add",
                ENTITY,
                id.value(),
                null,
                title == null ? Map.of("fullName", name) : Map.of("fullName", name, "title", title));
        return attendee;
    }

    /** A member on the list who is not to be summoned: prosecuted, or a convening-committee member who left. */
    @Transactional
    public void excludeFromSummons(CurrentUser user, CongressId id, MemberId member, String reason) {
        guards.manageable(user, id);
        if (!"PROSECUTED".equals(reason) && !"LEFT_COMMITTEE".equals(reason) && !"SUSPENDED".equals(reason)) {
            throw new InvalidInputException("reason", "congress.notSummoned.reason");
        }
        Attendee a = records.attendee(id, member)
                .orElseThrow(() -> new InvalidInputException("memberId", "congress.attendance.notListed"));
        records.exclude(a.id(), reason);
        audit.record(
                user,
                "congress.exclude",
                ENTITY,
                id.value(),
                null,
                Map.of("memberId", member.value(), "reason", reason));
    }
}
