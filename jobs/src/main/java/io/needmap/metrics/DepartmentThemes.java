package io.needmap.metrics;

import io.needmap.model.NeedDocument;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * What each department needs and asks IT for: per department and theme, the need texts (survey and
 * meeting notes) and tickets, and their shares within the department. Shares are over the
 * department's texts, unclustered included, so that "Finance: 32 % of needs about ERP" reads as said.
 */
public final class DepartmentThemes {

    public record Row(String department, int themeId, String label, int needs, double needShare, int tickets,
                      double ticketShare, boolean suppressed) {
    }

    private DepartmentThemes() {
    }

    /**
     * Rows by department, then theme id (unclustered, −1, first); only themes the department has texts in.
     *
     * @param hiddenDepartments departments whose survey numbers are suppressed
     */
    public static List<Row> compute(List<NeedDocument> documents, List<ThemeAssignment> assignments,
                                    Map<Integer, String> labels, Set<String> hiddenDepartments) {
        Map<String, Map<Integer, int[]>> counts = new TreeMap<>();
        Map<String, int[]> totals = new TreeMap<>();
        for (ThemeAssignment a : assignments) {
            NeedDocument d = documents.get(a.documentIndex());
            int slot = d.origin().statesNeed() ? 0 : 1;
            counts.computeIfAbsent(d.department(), k -> new TreeMap<>())
                    .computeIfAbsent(a.themeId(), k -> new int[2])[slot]++;
            totals.computeIfAbsent(d.department(), k -> new int[2])[slot]++;
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((department, byTheme) -> byTheme.forEach((theme, c) -> {
            int[] total = totals.get(department);
            boolean hidden = hiddenDepartments.contains(department);
            if (hidden && c[1] == 0) {
                return; // the row alone would tell that the small group stated this need
            }
            rows.add(new Row(department, theme, theme == Theme.UNCLUSTERED ? "(unclustered)"
                            : theme == Theme.NO_NEED ? "(no need stated)" : labels.getOrDefault(theme, ""),
                    c[0], Stats.share(c[0], total[0]), c[1], Stats.share(c[1], total[1]),
                    hidden));
        }));
        return rows;
    }

    public static Table table(List<Row> rows) {
        return Columns.of("department_themes", rows, Row::suppressed)
                .text("department", Row::department)
                .integer("theme_id", Row::themeId)
                .text("label", Row::label)
                .surveyInteger("needs", Row::needs)
                .survey("need_share", Row::needShare)
                .integer("tickets", Row::tickets)
                .decimal("ticket_share", Row::ticketShare)
                .suppressedColumn()
                .table();
    }
}
