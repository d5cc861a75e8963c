package vn.chibo.elections;

import java.util.List;
import vn.chibo.members.MemberId;

/** A round of an election was counted, with whom it elected. */
public record ElectionRoundCounted(ElectionId election, int round, List<MemberId> elected) {}
