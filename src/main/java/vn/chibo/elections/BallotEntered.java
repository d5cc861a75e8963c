package vn.chibo.elections;

import java.util.List;
import vn.chibo.members.MemberId;

/** A ballot as entered: its number in the entry, whether it is valid and why not, and whom it votes for. */
public record BallotEntered(
        int entry, int number, boolean valid, InvalidBallotCode invalidBecause, List<MemberId> votesFor) {}
