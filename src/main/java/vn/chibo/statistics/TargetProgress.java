package vn.chibo.statistics;

import java.util.List;
import vn.chibo.elections.Target;

/**
 * A target of the congress resolution with a {@link Target.Measure}, measured year by year over the term up to this
 * year; {@code position} is its place in the resolution, from 1.
 */
public record TargetProgress(int position, Target target, List<TargetYear> years) {

    public TargetProgress {
        years = List.copyOf(years);
    }

    /** The latest year with a figure, or null: what the term's target stands at. */
    public TargetYear latest() {
        for (int i = years.size() - 1; i >= 0; i--) {
            if (years.get(i).hasData()) {
                return years.get(i);
            }
        }
        return null;
    }
}
