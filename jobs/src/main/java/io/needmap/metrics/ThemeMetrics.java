package io.needmap.metrics;

import io.needmap.model.NeedDocument;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import java.util.ArrayList;
import java.util.List;

/** Each theme's share of survey needs and of tickets. */
public final class ThemeMetrics {

    private ThemeMetrics() {
    }

    /**
     * Rows sorted by theme id, with the unclustered bucket (id −1) first when it holds any text,
     * so that the shares of all rows add up to 1.
     *
     * @param assignments one per document, in document order
     */
    public static List<ThemeRow> compute(List<Theme> themes, List<NeedDocument> documents,
                                         List<ThemeAssignment> assignments) {
        int maxId = themes.stream().mapToInt(Theme::id).max().orElse(0);
        int[] survey = new int[maxId + 2];
        int[] tickets = new int[maxId + 2];
        long surveyTotal = 0;
        long ticketTotal = 0;
        for (ThemeAssignment a : assignments) {
            int slot = a.themeId() == Theme.UNCLUSTERED ? 0 : a.themeId() + 1;
            if (documents.get(a.documentIndex()).origin() == NeedDocument.Origin.SURVEY) {
                survey[slot]++;
                surveyTotal++;
            } else {
                tickets[slot]++;
                ticketTotal++;
            }
        }
        List<ThemeRow> rows = new ArrayList<>();
        if (survey[0] + tickets[0] > 0) {
            rows.add(new ThemeRow(Theme.UNCLUSTERED, "(unclustered)", "", survey[0], tickets[0],
                    Stats.share(survey[0], surveyTotal), Stats.share(tickets[0], ticketTotal)));
        }
        for (Theme theme : themes) {
            int slot = theme.id() + 1;
            rows.add(new ThemeRow(theme.id(), theme.label(), String.join(", ", theme.topTerms()),
                    survey[slot], tickets[slot],
                    Stats.share(survey[slot], surveyTotal), Stats.share(tickets[slot], ticketTotal)));
        }
        return rows;
    }
}
