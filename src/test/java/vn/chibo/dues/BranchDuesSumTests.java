package vn.chibo.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationType;

/** The committee's sum of its branches' month: closed months only, with what it acknowledged and the differences. */
class BranchDuesSumTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    static BranchDuesTotals branch(long id, MonthStatus status, Integer keptPercent, long paid, Long received) {
        return new BranchDuesTotals(
                OrganizationId.of(id),
                "Chi bộ " + id,
                OrganizationType.BRANCH,
                NOVEMBER,
                status,
                keptPercent,
                3,
                paid,
                paid,
                received);
    }

    @Test
    void closedBranchesAreAddedUpAndOpenOnesLeftOut() {
        BranchDuesSum sum = BranchDuesSum.of(List.of(
                branch(1, MonthStatus.CLOSED, 50, 100_001L, 50_001L),
                branch(2, MonthStatus.CLOSED, 70, 200_000L, 50_000L),
                branch(3, MonthStatus.CLOSED, 50, 80_000L, null),
                branch(4, MonthStatus.OPEN, null, 90_000L, null),
                branch(5, null, null, 0L, null)));
        assertThat(sum.branches()).isEqualTo(5);
        assertThat(sum.closed()).isEqualTo(3);
        assertThat(sum.paid()).isEqualTo(380_001L);
        // Kept rounded down per branch: 50,000 + 140,000 + 40,000; the rest is what had to be sent up.
        assertThat(sum.kept()).isEqualTo(230_000L);
        assertThat(sum.sentUp()).isEqualTo(150_001L);
        assertThat(sum.received()).isEqualTo(100_001L);
        assertThat(sum.unacknowledged()).isEqualTo(1);
        // Branch 2 had 60,000 to send and 50,000 was acknowledged.
        assertThat(sum.mismatches()).isEqualTo(1);
    }
}
