package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.NeedDocument;
import io.needmap.model.NeedDocument.Origin;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each theme's share of survey needs and of tickets; the unclustered bucket makes them add up. */
class ThemeMetricsTest {

    private static final Theme PRINTER = new Theme(1, "printer · jam", List.of("printer", "jam"), 3, List.of());
    private static final Theme VPN = new Theme(2, "vpn · home", List.of("vpn", "home"), 3, List.of());

    private static List<NeedDocument> documents(Origin... origins) {
        List<NeedDocument> documents = new ArrayList<>();
        for (int i = 0; i < origins.length; i++) {
            documents.add(new NeedDocument(i, origins[i], "id" + i, "IT", "text " + i));
        }
        return documents;
    }

    private static List<ThemeAssignment> assignments(int... themeIds) {
        List<ThemeAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < themeIds.length; i++) {
            assignments.add(new ThemeAssignment(i, themeIds[i], themeIds[i] < 0 ? 0 : 0.5));
        }
        return assignments;
    }

    @Test
    void sharesOfSurveyNeedsAndOfTicketsWithTheUnclusteredRowFirst() {
        List<NeedDocument> documents = documents(Origin.SURVEY, Origin.SURVEY, Origin.SURVEY, Origin.TICKET,
                Origin.TICKET, Origin.SURVEY, Origin.TICKET);
        List<ThemeRow> rows = ThemeMetrics.compute(List.of(PRINTER, VPN), documents,
                assignments(1, 1, -1, 2, 1, 2, 2));

        assertEquals(List.of(
                // survey needs: 4 (1 unclustered, 2 printer, 1 vpn); tickets: 3 (0, 1, 2)
                new ThemeRow(-1, "(unclustered)", "", 1, 0, 0.25, 0.0),
                new ThemeRow(1, "printer · jam", "printer, jam", 2, 1, 0.5, 0.3333),
                new ThemeRow(2, "vpn · home", "vpn, home", 1, 2, 0.25, 0.6667)),
                rows);
        assertEquals(1.0, rows.stream().mapToDouble(ThemeRow::needShare).sum(), 1e-9);
        assertEquals(1.0, rows.stream().mapToDouble(ThemeRow::ticketShare).sum(), 1e-9);
    }

    @Test
    void noUnclusteredRowWhenEveryTextHasATheme() {
        List<ThemeRow> rows = ThemeMetrics.compute(List.of(PRINTER, VPN),
                documents(Origin.SURVEY, Origin.SURVEY, Origin.SURVEY), assignments(2, 1, 2));
        assertEquals(List.of(
                new ThemeRow(1, "printer · jam", "printer, jam", 1, 0, 0.3333, 0.0),
                new ThemeRow(2, "vpn · home", "vpn, home", 2, 0, 0.6667, 0.0)),
                rows);
    }

    @Test
    void aThemeWithoutTextsOfAnOriginHasZeroShareAndNoTicketsGiveZeroTicketShares() {
        List<ThemeRow> rows = ThemeMetrics.compute(List.of(PRINTER, VPN),
                documents(Origin.SURVEY, Origin.SURVEY), assignments(1, 1));
        assertEquals(new ThemeRow(2, "vpn · home", "vpn, home", 0, 0, 0.0, 0.0), rows.get(1));
        assertEquals(1.0, rows.get(0).needShare());
    }

    @Test
    void onlyUnclusteredTextsGiveOneRow() {
        assertEquals(List.of(new ThemeRow(-1, "(unclustered)", "", 1, 1, 1.0, 1.0)),
                ThemeMetrics.compute(List.of(), documents(Origin.SURVEY, Origin.TICKET), assignments(-1, -1)));
    }

    @Test
    void nothingGivesNoRows() {
        assertEquals(List.of(), ThemeMetrics.compute(List.of(), List.of(), List.of()));
    }
}
