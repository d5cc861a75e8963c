package vn.chibo.dues;

import java.util.List;

/** The totals of a collection sheet, and the shares of what was collected kept by the branch and sent up. */
public record DuesTotals(
        int members,
        int payers,
        int exempt,
        int reduced,
        int withoutBasis,
        int paidMore,
        long due,
        long paid,
        long paidOver,
        int keptPercent,
        long kept,
        long sentUp) {

    static DuesTotals of(List<DuesLine> lines, int keptPercent) {
        long paid = lines.stream()
                .mapToLong(l -> l.amountPaid() == null ? 0 : l.amountPaid())
                .sum();
        long kept = DuesRules.kept(paid, keptPercent);
        return new DuesTotals(
                lines.size(),
                (int) lines.stream().filter(DuesLine::paid).count(),
                (int) lines.stream().filter(l -> l.standing().exempt()).count(),
                (int) lines.stream()
                        .filter(l -> l.standing() == DuesStanding.REDUCED)
                        .count(),
                (int) lines.stream()
                        .filter(l -> l.standing() == DuesStanding.NO_BASIS)
                        .count(),
                (int) lines.stream().filter(DuesLine::paidMore).count(),
                lines.stream()
                        .mapToLong(l -> l.amountDue() == null ? 0 : l.amountDue())
                        .sum(),
                paid,
                lines.stream()
                        .filter(DuesLine::paidMore)
                        .mapToLong(l -> l.amountPaid() - l.amountDue())
                        .sum(),
                keptPercent,
                kept,
                paid - kept);
    }
}
