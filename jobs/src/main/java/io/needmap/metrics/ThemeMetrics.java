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
     * Rows sorted by theme id: the bucket of texts that state no need (id −2) and the unclustered
     * bucket (id −1) first when they hold any text, so that the shares of all rows add up to 1.
     *
     * @param assignments one per document, in document order
     */
    public static List<ThemeRow> compute(List<Theme> themes, List<NeedDocument> documents,
                                         List<ThemeAssignment> assignments) {
        int maxId = themes.stream().mapToInt(Theme::id).max().orElse(0);
        // slot 0: no need stated, 1: unclustered, id + 1: theme id
        int[] survey = new int[maxId + 2];
        int[] notes = new int[maxId + 2];
        int[] tickets = new int[maxId + 2];
        long needTotal = 0;
        long ticketTotal = 0;
        for (ThemeAssignment a : assignments) {
            int slot = a.themeId() == Theme.NO_NEED ? 0 : a.themeId() == Theme.UNCLUSTERED ? 1 : a.themeId() + 1;
            switch (documents.get(a.documentIndex()).origin()) {
                case SURVEY -> survey[slot]++;
                case NOTE -> notes[slot]++;
                case TICKET -> tickets[slot]++;
            }
            if (documents.get(a.documentIndex()).origin().statesNeed()) {
                needTotal++;
            } else {
                ticketTotal++;
            }
        }
        List<ThemeRow> rows = new ArrayList<>();
        int[] buckets = {Theme.NO_NEED, Theme.UNCLUSTERED};
        String[] names = {"(no need stated)", "(unclustered)"};
        for (int b = 0; b < 2; b++) {
            if (survey[b] + notes[b] + tickets[b] > 0) {
                rows.add(new ThemeRow(buckets[b], names[b], "", survey[b], tickets[b],
                        Stats.share(survey[b] + notes[b], needTotal), Stats.share(tickets[b], ticketTotal), notes[b]));
            }
        }
        for (Theme theme : themes) {
            int slot = theme.id() + 1;
            rows.add(new ThemeRow(theme.id(), theme.label(), String.join(", ", theme.topTerms()),
                    survey[slot], tickets[slot],
                    Stats.share(survey[slot] + notes[slot], needTotal), Stats.share(tickets[slot], ticketTotal),
                    notes[slot]));
        }
        return rows;
    }
}
