package vn.chibo.reviews;

import java.util.List;

/**
 * How the branch's list on the review's date differs from the round's roster, as the members module tells it now: a
 * transfer in or out, an exemption or a suspension recorded after the round was opened. While the round is open the
 * branch may redraw its roster from the list.
 *
 * @param joined the members on the list who are not on the roster
 * @param left the members on the roster who are no longer on the list
 * @param standingChanged the members on both whose exemption or suspension on the review's date changed
 */
public record RosterChanges(List<String> joined, List<String> left, List<String> standingChanged) {

    public RosterChanges {
        joined = List.copyOf(joined);
        left = List.copyOf(left);
        standingChanged = List.copyOf(standingChanged);
    }

    public static final RosterChanges NONE = new RosterChanges(List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return joined.isEmpty() && left.isEmpty() && standingChanged.isEmpty();
    }
}
