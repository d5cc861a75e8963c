package vn.chibo.elections;

import java.util.List;
import vn.chibo.members.MemberId;

/** Creates an election at a congress with its adopted list; the list must fit the rules for its kind. */
public record CreateElection(ElectionKind kind, int seats, List<MemberId> candidates) {}
