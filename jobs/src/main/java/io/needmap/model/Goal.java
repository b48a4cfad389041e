package io.needmap.model;

/**
 * A company goal from the goals workbook, which IT initiatives serve.
 *
 * @param weight how much the goal counts among the company's goals, above 0; 1 when the workbook
 *               gives none, so that goals without weights count equally
 */
public record Goal(String goalId, String name, String description, String owner, double weight) {

    public Goal {
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("goal " + goalId + ": weight must be a number above 0, not " + weight);
        }
    }

    /** A goal with the default weight 1. */
    public Goal(String goalId, String name, String description, String owner) {
        this(goalId, name, description, owner, 1.0);
    }
}
