package io.needmap.model;

/**
 * An IT initiative from the goals workbook.
 *
 * @param department  the department it serves, or "All"
 * @param effortHours planned or spent effort, or {@code null} when not given
 */
public record Initiative(String initiativeId, String name, String goalId, String department, String status,
                         Double effortHours) {
}
