package vn.chibo.elections;

import java.util.List;

/** A ballot the independent entries read differently: what each entry read (null where it is missing). */
public record BallotDifference(int number, List<EnterBallot> readings) {}
