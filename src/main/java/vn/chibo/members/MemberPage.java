package vn.chibo.members;

import java.util.List;
import java.util.Map;

/**
 * One page of a member list with the total and the counts by status of the whole filtered list; for a search with very
 * many matches the counts stop at {@link MemberManagement#SEARCH_COUNT_LIMIT} and {@code capped} is set.
 */
public record MemberPage(
        List<MemberSummary> members,
        long total,
        int page,
        int size,
        Map<MemberStatus, Long> countsByStatus,
        boolean capped) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
