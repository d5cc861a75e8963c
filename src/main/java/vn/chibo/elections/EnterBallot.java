package vn.chibo.elections;

import java.util.List;
import java.util.Map;
import vn.chibo.members.MemberId;

/**
 * One paper ballot as an entry reads it: the names kept (crossing-out ballot), the marks beside the names
 * (agree/disagree ballot), or the reason the counting committee declared it invalid; {@code entry} is 1, 2 or 3 for
 * independent entries, {@code number} the ballot's place in the pile (the next one when null).
 */
public record EnterBallot(
        Integer entry, Integer number, List<MemberId> kept, Map<MemberId, Mark> marks, InvalidBallotCode invalid) {}
