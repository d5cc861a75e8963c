package vn.chibo.members;

import java.time.Instant;

/** A member's request to correct her record, waiting for the branch secretary. */
public record CorrectionRequest(
        long id,
        MemberId memberId,
        String memberName,
        String field,
        String requested,
        Instant requestedAt,
        String requestedBy,
        String resolution) {}
