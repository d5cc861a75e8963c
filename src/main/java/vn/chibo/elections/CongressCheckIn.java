package vn.chibo.elections;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Delegate cards (thẻ đại biểu) and the check-in desk of a congress. Each person who votes there gets a card with a code
 * of her own, printed as text and as a QR code; at the door the desk scans it (a scanner types it into the desk's
 * page, as a keyboard does) or types it, and she is recorded present. An alternate delegate who takes an absent
 * delegate's place votes in it, and so gets a card of her own, numbered after the delegates' (she raises it when the
 * congress votes by show of cards); the card of the delegate she replaces keeps its number but no longer checks
 * anyone in. The codes are random, unique within the
 * congress, and shown only to those who manage it; checking in needs ELECTION_MANAGE on a congress not yet closed,
 * and each check-in is audited like any attendance recorded by hand.
 */
@Service
public class CongressCheckIn {

    /** The code's letters: no 0/O, 1/I/L, which a person reading the card aloud would confuse. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    static final int LENGTH = 8;

    private static final String ENTITY = CongressManagement.ENTITY;

    private final CongressRecords records;
    private final ElectionGuards guards;
    private final MemberManagement members;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    CongressCheckIn(CongressRecords records, ElectionGuards guards, MemberManagement members, AuditTrail audit) {
        this.records = records;
        this.guards = guards;
        this.members = members;
        this.audit = audit;
    }

    /** A member's own card for a congress not yet closed: to show at the door on her phone, or to print. */
    public record OwnCard(CongressSummary congress, String place, DelegateCard card) {}

    /**
     * The signed-in member's own delegate cards: those issued to her for the congresses not yet closed. Only her own
     * (the account linked to her member record); nothing for an account without one.
     */
    @Transactional(readOnly = true)
    public List<OwnCard> ownCards(CurrentUser user) {
        Optional<MemberId> own = members.ownId(user);
        if (own.isEmpty()) {
            return List.of();
        }
        List<OwnCard> cards = new ArrayList<>();
        for (CongressId congress : records.openCongressesWithCardOf(own.get())) {
            for (DelegateCard card : cards(congress, records.checkInCodes(congress))) {
                if (own.get().equals(card.memberId()) && card.code() != null && card.valid()) {
                    cards.add(new OwnCard(
                            records.summary(congress), records.load(congress).place(), card));
                }
            }
        }
        return cards;
    }

    /**
     * One card: its number on the list, who holds it, and her code (null until the cards are issued); for an alternate
     * delegate the name of the delegate whose place she takes ({@code replaces}), for a delegate replaced so the name
     * of her alternate ({@code replacedBy}: her card no longer counts).
     */
    public record DelegateCard(
            int number,
            long attendeeId,
            MemberId memberId,
            String fullName,
            String code,
            String replaces,
            String replacedBy) {

        /** The card checks its holder in and is printed: she votes at the congress. */
        @JsonProperty("valid")
        public boolean valid() {
            return replacedBy == null;
        }

        /** The code as printed, in two groups of four: "K7Q2 MX4P". */
        @JsonProperty("printed")
        public String printed() {
            return code == null ? null : code.substring(0, 4) + " " + code.substring(4);
        }
    }

    /** A guest on the congress's list as the desk receives her: whether she has arrived. */
    public record GuestArrival(long attendeeId, String fullName, String title, boolean arrived) {}

    /**
     * The desk's view: the cards (in the order of the list), how many of them have checked in, and who has not yet
     * (those recorded absent are not waited for); and the guests, in the order entered, with those arrived marked.
     */
    public record Desk(
            CongressSummary congress,
            List<DelegateCard> cards,
            int checkedIn,
            List<DelegateCard> waiting,
            boolean open,
            List<GuestArrival> guests) {

        /** How many guests have arrived. */
        @JsonProperty("guestsArrived")
        public int guestsArrived() {
            return (int) guests.stream().filter(GuestArrival::arrived).count();
        }

        @JsonProperty("issued")
        public boolean issued() {
            return cards.stream().anyMatch(c -> c.valid() && c.code() != null);
        }

        @JsonProperty("allIssued")
        public boolean allIssued() {
            return cards.stream().filter(DelegateCard::valid).allMatch(c -> c.code() != null);
        }

        /** How many are expected at the door: those whose card is valid. */
        @JsonProperty("expected")
        public int expected() {
            return (int) cards.stream().filter(DelegateCard::valid).count();
        }
    }

    /** What the desk shows after a scan: who it was, and whether she had already checked in. */
    public record CheckedIn(String fullName, boolean alreadyPresent, int checkedIn, int expected) {}

    /** The cards and the state of the door, for those who manage the congress. */
    @Transactional(readOnly = true)
    public Desk desk(CurrentUser user, CongressId id) {
        CongressRecords.Row row = guards.congress(user, id, Permission.ELECTION_MANAGE);
        List<Attendee> attendees = records.attendees(id);
        List<DelegateCard> cards = cards(attendees, records.checkInCodes(id));
        Map<Long, Attendee> byId = new HashMap<>();
        attendees.forEach(a -> byId.put(a.id(), a));
        List<DelegateCard> waiting = new ArrayList<>();
        int checkedIn = 0;
        for (DelegateCard card : cards) {
            AttendanceStatus status = byId.get(card.attendeeId()).status();
            if (!card.valid()) {
                continue;
            }
            if (status == AttendanceStatus.PRESENT || status == AttendanceStatus.PARTLY_PRESENT) {
                checkedIn++;
            } else if (status == null) {
                waiting.add(card);
            }
        }
        return new Desk(
                records.summary(id),
                cards,
                checkedIn,
                waiting,
                row.status() != CongressStatus.CLOSED,
                guests(attendees));
    }

    private static List<GuestArrival> guests(List<Attendee> attendees) {
        return attendees.stream()
                .filter(a -> a.standing() == Standing.GUEST)
                .sorted(java.util.Comparator.comparingLong(Attendee::id))
                .map(a -> new GuestArrival(a.id(), a.fullName(), a.title(), a.status() == AttendanceStatus.PRESENT))
                .toList();
    }

    /**
     * The desk records that a guest has arrived (or, {@code arrived} false, takes that back): once any guest is
     * recorded, the hall screen, the minutes and the news introduce those who came rather than everyone invited. Someone
     * not a guest of this congress is refused naming the field {@code guest}; recording what is already recorded
     * writes nothing. Audited.
     */
    @Transactional
    public GuestArrival guestArrived(CurrentUser user, CongressId id, long attendeeId, boolean arrived) {
        CongressRecords.Row row = guards.manageable(user, id);
        Attendee guest = records.attendees(id).stream()
                .filter(a -> a.id() == attendeeId && a.standing() == Standing.GUEST)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("guest", "congress.guests.notGuest"));
        boolean was = guest.status() == AttendanceStatus.PRESENT;
        if (was != arrived) {
            if (arrived) {
                records.setAttendance(guest.id(), AttendanceStatus.PRESENT, null, false);
            } else {
                records.clearAttendance(guest.id());
            }
            audit.record(
                    user,
                    arrived ? "congress.guest.arrive" : "congress.guest.arriveUndo",
                    ENTITY,
                    row.id().value(),
                    Map.of("guest", guest.id(), "name", guest.fullName(), "arrived", was),
                    Map.of("guest", guest.id(), "name", guest.fullName(), "arrived", arrived));
        }
        return new GuestArrival(guest.id(), guest.fullName(), guest.title(), arrived);
    }

    /**
     * Issues a card to each person who votes and has none yet (one added to the list later gets hers when the cards
     * are issued again; a card issued stays valid). Returns how many were issued.
     */
    @Transactional
    public int issueCards(CurrentUser user, CongressId id) {
        CongressRecords.Row row = guards.manageable(user, id);
        // Two clerks issuing at once: the second waits, then finds the cards issued and gives no one a second code.
        records.lock(id);
        Map<Long, String> codes = records.checkInCodes(id);
        Set<String> taken = new HashSet<>(codes.values());
        int issued = 0;
        for (DelegateCard card : cards(id, codes)) {
            if (card.code() != null || !card.valid()) {
                continue;
            }
            String code;
            do {
                code = newCode();
            } while (!taken.add(code));
            records.setCheckInCode(card.attendeeId(), code);
            issued++;
        }
        if (issued > 0) {
            audit.record(user, "congress.cards.issue", ENTITY, row.id().value(), null, Map.of("issued", issued));
        }
        return issued;
    }

    /**
     * Checks in the holder of the card: what the desk's scanner or clerk typed (spaces, dashes and case do not
     * matter). A code no one at this congress holds is refused naming the field, and nothing is written; someone
     * already recorded present is told so, and nothing is written either.
     */
    @Transactional
    public CheckedIn checkIn(CurrentUser user, CongressId id, String typed) {
        return checkIn(guards.manageable(user, id), user, typed, "code");
    }

    /**
     * Checks in the holder of the card photographed at the desk (a phone's camera instead of a scanner): {@code photo}
     * reads the QR code from the picture, once the congress is known to be the user's. A picture without a readable
     * code is refused naming the field {@code photo}, as is a code no one at this congress holds; nothing is written.
     */
    @Transactional
    public CheckedIn checkInFromPhoto(CurrentUser user, CongressId id, Supplier<Optional<String>> photo) {
        CongressRecords.Row row = guards.manageable(user, id);
        String code =
                photo.get().orElseThrow(() -> new InvalidInputException("photo", "congress.checkIn.unreadablePhoto"));
        return checkIn(row, user, code, "photo");
    }

    private CheckedIn checkIn(CongressRecords.Row row, CurrentUser user, String typed, String field) {
        CongressId id = row.id();
        String code = normalize(typed);
        if (code == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new InvalidInputException(field, "congress.checkIn.malformed", LENGTH);
        }
        Attendee a = records.attendeeByCheckInCode(id, code)
                .orElseThrow(() -> new InvalidInputException(field, "congress.checkIn.unknown"));
        List<DelegateCard> cards = cards(id, records.checkInCodes(id));
        DelegateCard card = cards.stream()
                .filter(c -> c.attendeeId() == a.id())
                .findFirst()
                // Taken off the list after her card was printed (not summoned any more).
                .orElseThrow(() -> new InvalidInputException(field, "congress.checkIn.notVoting", a.fullName()));
        if (!card.valid()) {
            // Her place was given to an alternate while she was recorded absent: both would otherwise count.
            throw new InvalidInputException(field, "congress.checkIn.replaced", a.fullName(), card.replacedBy());
        }
        boolean already = a.status() == AttendanceStatus.PRESENT || a.status() == AttendanceStatus.PARTLY_PRESENT;
        if (!already) {
            records.setAttendance(a.id(), AttendanceStatus.PRESENT, null, false);
            audit.record(
                    user,
                    "congress.attendance",
                    ENTITY,
                    row.id().value(),
                    Map.of("attendeeId", a.id(), "status", String.valueOf(a.status())),
                    Map.of("attendeeId", a.id(), "status", AttendanceStatus.PRESENT, "by", "checkIn"));
        }
        Map<Long, Attendee> now = new HashMap<>();
        records.attendees(id).forEach(v -> now.put(v.id(), v));
        List<DelegateCard> valid = cards.stream().filter(DelegateCard::valid).toList();
        int checkedIn = (int)
                valid.stream().filter(c -> now.get(c.attendeeId()).attending()).count();
        return new CheckedIn(a.fullName(), already, checkedIn, valid.size());
    }

    /** What a scanner or a person typed, in upper case without spaces or dashes; null when nothing is left. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–]", "");
        return code.isEmpty() ? null : code;
    }

    private String newCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    private List<DelegateCard> cards(CongressId id, Map<Long, String> codes) {
        return cards(records.attendees(id), codes);
    }

    /**
     * The cards in the order of the list: each delegate who votes (one replaced keeps her number, her card no longer
     * valid), then each alternate who took a delegate's place.
     */
    static List<DelegateCard> cards(List<Attendee> attendees, Map<Long, String> codes) {
        Map<Long, Attendee> replacedBy = new HashMap<>();
        Map<Long, Attendee> byId = new HashMap<>();
        for (Attendee a : attendees) {
            byId.put(a.id(), a);
            if (a.alternate() && a.replacesAttendeeId() != null) {
                replacedBy.put(a.replacesAttendeeId(), a);
            }
        }
        List<DelegateCard> cards = new ArrayList<>();
        for (Attendee a : attendees) {
            if (a.votes()) {
                Attendee alternate = replacedBy.get(a.id());
                cards.add(new DelegateCard(
                        cards.size() + 1,
                        a.id(),
                        a.memberId(),
                        a.fullName(),
                        codes.get(a.id()),
                        null,
                        alternate == null ? null : alternate.fullName()));
            }
        }
        for (Attendee a : attendees) {
            if (a.alternate() && a.standing() == Standing.WITH_VOTE && a.replacesAttendeeId() != null) {
                Attendee replaced = byId.get(a.replacesAttendeeId());
                cards.add(new DelegateCard(
                        cards.size() + 1,
                        a.id(),
                        a.memberId(),
                        a.fullName(),
                        codes.get(a.id()),
                        replaced == null ? null : replaced.fullName(),
                        null));
            }
        }
        return cards;
    }
}
