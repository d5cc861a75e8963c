package vn.chibo.elections;

import java.util.List;

/** An election as the congress page lists it, with whom it has elected so far. */
public record ElectionSummary(
        ElectionId id, ElectionKind kind, int seats, ElectionStatus status, int rounds, List<String> elected) {}
