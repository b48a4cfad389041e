package io.needmap.model;

import java.util.List;

/**
 * An IT initiative from the goals workbook.
 *
 * @param department  the department it serves, or "All"
 * @param effortHours planned or spent effort, or {@code null} when not given
 * @param description what it does, in words people use; "" when not given (used to link it to themes)
 * @param themes      the themes it addresses as the workbook names them (theme labels, catalogue names or
 *                    keywords); empty when the workbook leaves this to matching
 */
public record Initiative(String initiativeId, String name, String goalId, String department, String status,
                         Double effortHours, String description, List<String> themes) {

    public Initiative {
        description = description == null ? "" : description;
        themes = List.copyOf(themes);
    }

    /** An initiative without description and given themes. */
    public Initiative(String initiativeId, String name, String goalId, String department, String status,
                      Double effortHours) {
        this(initiativeId, name, goalId, department, status, effortHours, "", List.of());
    }
}
