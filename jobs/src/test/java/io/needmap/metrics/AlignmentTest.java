package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Goal;
import io.needmap.model.Initiative;
import io.needmap.model.NeedDocument;
import io.needmap.model.NeedDocument.Origin;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.model.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Need, demand, effort and strategy shares per theme, their gaps, and the alignment indices. */
class AlignmentTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");
    private static final Map<Integer, String> LABELS = new TreeMap<>(Map.of(1, "vpn", 2, "printer", 3, "erp"));

    private final List<NeedDocument> documents = new ArrayList<>();
    private final List<ThemeAssignment> assignments = new ArrayList<>();
    private final List<Ticket> tickets = new ArrayList<>();
    private final Map<String, Integer> themeOfTicket = new HashMap<>();

    private void text(Origin origin, String department, int theme) {
        int index = documents.size();
        documents.add(new NeedDocument(index, origin, origin.id() + index, department, "text " + index));
        assignments.add(new ThemeAssignment(index, theme, theme == Theme.UNCLUSTERED ? 0 : 0.5));
    }

    private void needs(String department, int theme, int count) {
        for (int i = 0; i < count; i++) {
            text(Origin.SURVEY, department, theme);
        }
    }

    private void ticket(String department, int theme, Double hours) {
        int index = documents.size();
        String id = "INC" + index;
        documents.add(new NeedDocument(index, Origin.TICKET, id, department, "ticket " + index));
        assignments.add(new ThemeAssignment(index, theme, theme == Theme.UNCLUSTERED ? 0 : 0.5));
        tickets.add(new Ticket(id, T0, null, department, "", "", "ticket " + index, "", hours, null));
        themeOfTicket.put(id, theme);
    }

    private static Initiative initiative(String id, String goal, String department, Double hours) {
        return new Initiative(id, "name " + id, goal, department, "planned", hours);
    }

    private Alignment.Input input(List<Goal> goals, List<Initiative> initiatives,
                                  Map<String, List<Integer>> themesOfInitiative, Map<Integer, String> labels) {
        return new Alignment.Input(documents, assignments, tickets, themeOfTicket, goals, initiatives,
                themesOfInitiative, labels);
    }

    @Test
    void aThemeWithManyNeedsAndNoEffortIsUnderservedAndOneWithEffortAndFewNeedsOverInvested() {
        needs("Finance", 1, 5);
        needs("Finance", 2, 2);
        needs("Finance", 3, 2);
        text(Origin.NOTE, "Finance", 3);              // meeting notes state needs too
        needs("Finance", Theme.UNCLUSTERED, 1);        // not in any share
        ticket("Finance", 2, 20.0);
        ticket("Finance", 2, 20.0);
        ticket("Finance", 3, 20.0);
        List<Goal> goals = List.of(new Goal("G1", "Secure", "", "CIO", 2.0), new Goal("G2", "Grow", "", "CEO"));
        List<Initiative> initiatives = List.of(initiative("I1", "G1", "All", 10.0), initiative("I2", "G1", "All", 30.0));
        Map<String, List<Integer>> themesOf = Map.of("I1", List.of(3), "I2", List.of(2));

        List<Alignment.Row> rows = Alignment.themes(input(goals, initiatives, themesOf, LABELS), 0.05);

        // needs 5, 2, 3 of 10 → 0.5, 0.2, 0.3; ticket texts 0, 2, 1 of 3 → 0, 0.6667, 0.3333
        // effort: theme 2 = 20 + 20 booked + 30 (I2) = 70; theme 3 = 20 booked + 10 (I1) = 30; of 100 → 0, 0.7, 0.3
        // strategy: G1 weight 2 over I1 and I2 → 1 each (theme 3, theme 2); G2 has no initiative → 0, 0.5, 0.5
        // gaps: 0.5 − 0 = 0.5 (≥ 0.05: underserved), 0.2 − 0.7 = −0.5 (over-invested), 0.3 − 0.3 = 0 (balanced)
        assertEquals(List.of(
                new Alignment.Row(1, "vpn", 5, 0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.5, Alignment.UNDERSERVED, ""),
                new Alignment.Row(2, "printer", 2, 2, 40.0, 30.0, 1.0, 0.2, 0.6667, 0.7, 0.5, -0.5,
                        Alignment.OVER_INVESTED, "I2"),
                new Alignment.Row(3, "erp", 3, 1, 20.0, 10.0, 1.0, 0.3, 0.3333, 0.3, 0.5, 0.0, Alignment.BALANCED,
                        "I1")),
                rows);
    }

    @Test
    void aGapExactlyAtTheThresholdCounts() {
        needs("Finance", 1, 11);
        needs("Finance", 2, 9);
        ticket("Finance", 1, 5.0);
        ticket("Finance", 2, 5.0);
        Alignment.Input in = input(List.of(), List.of(), Map.of(), new TreeMap<>(Map.of(1, "vpn", 2, "printer")));

        // need 11/20 = 0.55, 9/20 = 0.45; effort 5/10 = 0.5 each; gaps +0.05 and −0.05
        List<Alignment.Row> at = Alignment.themes(in, 0.05);
        assertEquals(0.05, at.get(0).gap());
        assertEquals(-0.05, at.get(1).gap());
        assertEquals(Alignment.UNDERSERVED, at.get(0).status());
        assertEquals(Alignment.OVER_INVESTED, at.get(1).status());
        // with a threshold of 0.06 both gaps are inside it
        List<Alignment.Row> above = Alignment.themes(in, 0.06);
        assertEquals(Alignment.BALANCED, above.get(0).status());
        assertEquals(Alignment.BALANCED, above.get(1).status());
    }

    @Test
    void strategySpreadsAGoalsWeightOverItsInitiativesAndEachInitiativesPartOverItsThemes() {
        List<Goal> goals = List.of(new Goal("G1", "Secure", "", "CIO", 2.0));
        List<Initiative> initiatives = List.of(initiative("A", "G1", "All", null), initiative("B", "G1", "All", null));
        // 2 / 2 initiatives = 1 each; A: 1 / 2 themes = 0.5 to themes 1 and 2; B: 1 to theme 3
        assertEquals(Map.of(1, 0.5, 2, 0.5, 3, 1.0),
                Alignment.strategy(goals, initiatives, Map.of("A", List.of(1, 2), "B", List.of(3))));
    }

    @Test
    void strategyIgnoresInitiativesWithoutThemesAndInitiativesOfUnknownGoals() {
        List<Goal> goals = List.of(new Goal("G1", "Secure", "", "CIO"), new Goal("G2", "Grow", "", "CEO", 3.0));
        List<Initiative> initiatives = List.of(initiative("A", "G1", "All", null), initiative("C", "G1", "All", null),
                initiative("X", "G9", "All", null));
        // G1: C has no themes, so A alone carries G1's weight 1 → theme 1; G2 has no initiative; X's goal G9 is unknown
        assertEquals(Map.of(1, 1.0), Alignment.strategy(goals, initiatives,
                Map.of("A", List.of(1), "C", List.of(), "X", List.of(2))));
    }

    @Test
    void withoutGoalsTheStrategyShareAndItsIndicesAreNull() {
        needs("Finance", 1, 2);
        ticket("Finance", 1, 3.0);
        Alignment.Input in = input(List.of(), List.of(initiative("I1", "G1", "All", 4.0)), Map.of("I1", List.of(1)),
                Map.of(1, "vpn"));

        Alignment.Row row = Alignment.themes(in, 0.05).get(0);
        assertNull(row.strategyShare());
        assertEquals(0.0, row.strategyWeight());
        assertEquals(1.0, row.effortShare()); // 3 booked + 4 from I1, all on theme 1
        Alignment.Summary overall = Alignment.summary(in, Set.of()).get(0);
        assertEquals(100.0, overall.needEffort());
        assertNull(overall.needStrategy());
        assertNull(overall.effortStrategy());
    }

    @Test
    void withHoursAllMissingEffortComesFromInitiativesAlone() {
        needs("Finance", 1, 1);
        needs("Finance", 2, 1);
        ticket("Finance", 1, null);
        ticket("Finance", 1, null);
        Alignment.Input in = input(List.of(), List.of(initiative("I1", "G1", "All", 10.0)), Map.of("I1", List.of(2)),
                new TreeMap<>(Map.of(1, "vpn", 2, "printer")));

        List<Alignment.Row> rows = Alignment.themes(in, 0.05);
        // tickets count 0 h each (nothing booked to take a median of); I1's 10 h all on theme 2 → effort 0, 1
        assertEquals(0.0, rows.get(0).ticketHours());
        assertEquals(0.0, rows.get(0).effortShare());
        assertEquals(10.0, rows.get(1).initiativeHours());
        assertEquals(1.0, rows.get(1).effortShare());
        // gaps 0.5 − 0 = 0.5 and 0.5 − 1 = −0.5
        assertEquals(Alignment.UNDERSERVED, rows.get(0).status());
        assertEquals(Alignment.OVER_INVESTED, rows.get(1).status());
    }

    @Test
    void withNeitherBookedHoursNorInitiativeEffortThereIsNoEffortData() {
        needs("Finance", 1, 2);
        ticket("Finance", 1, null);
        Alignment.Input in = input(List.of(new Goal("G1", "Secure", "", "CIO")),
                List.of(initiative("I1", "G1", "All", null)), Map.of("I1", List.of(1)), Map.of(1, "vpn"));

        Alignment.Row row = Alignment.themes(in, 0.05).get(0);
        assertNull(row.effortShare());
        assertNull(row.gap());
        assertEquals(Alignment.NO_EFFORT_DATA, row.status());
        assertEquals(1.0, row.strategyShare()); // G1's weight 1 → I1 → theme 1
        for (Alignment.Summary s : Alignment.summary(in, Set.of())) {
            assertNull(s.needEffort());
            assertNull(s.effortStrategy());
            assertEquals(100.0, s.needStrategy()); // need and strategy both all on theme 1
        }
    }

    @Test
    void noDocumentsNoTicketsAndNoGoalsGiveNullSharesAndNullIndices() {
        Alignment.Input in = input(List.of(), List.of(), Map.of(), Map.of(1, "vpn"));

        // no need text at all: the gap cannot be told, whatever the effort
        assertEquals(List.of(new Alignment.Row(1, "vpn", 0, 0, 0.0, 0.0, 0.0, null, null, null, null, null,
                Alignment.NO_NEED_DATA, "")), Alignment.themes(in, 0.05));
        assertEquals(List.of(new Alignment.Summary(SegmentType.OVERALL, "All", 0, null, null, null, false)),
                Alignment.summary(in, Set.of()));
    }

    @Test
    void oneNeedAndOneTicketOnTheSameThemeAreBalancedAndFullyAligned() {
        needs("Finance", 1, 1);
        ticket("Finance", 1, 2.0);
        Alignment.Input in = input(List.of(), List.of(), Map.of(), Map.of(1, "vpn"));
        // need 1/1, demand 1/1, effort 2/2: gap 0; identical distributions → index 100
        assertEquals(List.of(new Alignment.Row(1, "vpn", 1, 1, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0, null, 0.0,
                Alignment.BALANCED, "")), Alignment.themes(in, 0.05));
        assertEquals(100.0, Alignment.summary(in, Set.of()).get(0).needEffort());
    }

    @Test
    void noThemesGiveNoRows() {
        needs("Finance", Theme.UNCLUSTERED, 3);
        assertEquals(List.of(), Alignment.themes(input(List.of(), List.of(), Map.of(), Map.of()), 0.05));
    }

    @Test
    void departmentRowsUseOnlyTheirOwnTextsTicketsAndTheInitiativesForThemOrForAll() {
        needs("Finance", 1, 2);
        needs("HR", 2, 1);
        text(Origin.NOTE, "HR", 2);
        needs("HR", Theme.UNCLUSTERED, 1);
        ticket("Finance", 1, 4.0);
        ticket("HR", 2, 6.0);
        List<Goal> goals = List.of(new Goal("G1", "Secure", "", "CIO"));
        List<Initiative> initiatives = List.of(initiative("I1", "G1", "Finance", 4.0),
                initiative("I2", "G1", "All", 8.0), initiative("I3", "G1", "hr", 14.0),
                initiative("I4", "G1", "Legal", 8.0));
        Map<String, List<Integer>> themesOf = Map.of("I1", List.of(1), "I2", List.of(2), "I3", List.of(1),
                "I4", List.of(2));
        Alignment.Input in = input(goals, initiatives, themesOf, new TreeMap<>(Map.of(1, "vpn", 2, "printer")));

        List<Alignment.Summary> summary = Alignment.summary(in, Set.of("HR"));

        // (0.5, 0.5) against (1, 0): m = (0.75, 0.25); KL(p‖m) = 0.5·log2(0.5/0.75) + 0.5·log2(0.5/0.25)
        // = 0.5·(−0.58496) + 0.5 = 0.20752; KL(q‖m) = log2(1/0.75) = 0.41504; JSD = (0.20752 + 0.41504)/2
        // = 0.31128; index = 100·(1 − √0.31128) = 100·(1 − 0.55793) = 44.2
        // overall: need {1: 2, 2: 2}; effort 1: 4 + I1 4 + I3 14 = 22, 2: 6 + I2 8 + I4 8 = 22;
        //          strategy G1 over I1..I4 → 0.25 each → {1: 0.5, 2: 0.5}: all identical → 100
        // Finance: need {1: 2}; effort 1: 4 + I1 4 = 8, 2: I2 8 (I3 is HR's, I4 Legal's) → (0.5, 0.5);
        //          strategy: G1 over I1, I2 (the initiatives for Finance or All) → (0.5, 0.5)
        // HR (hidden): need {2: 2}; effort 1: I3 14, 2: 6 + I2 8 = 14 → (0.5, 0.5); strategy over I2, I3 → (0.5, 0.5)
        assertEquals(List.of(
                new Alignment.Summary(SegmentType.OVERALL, "All", 4, 100.0, 100.0, 100.0, false),
                new Alignment.Summary(SegmentType.DEPARTMENT, "Finance", 2, 44.2, 44.2, 100.0, false),
                new Alignment.Summary(SegmentType.DEPARTMENT, "HR", 2, 44.2, 44.2, 100.0, true)),
                summary);

        Table table = Alignment.summaryTable(summary);
        assertEquals(List.of("segment_type", "segment", "need_effort", "need_strategy", "effort_strategy", "needs",
                "suppressed"), table.columnNames());
        // the hidden department keeps its names and the effort–strategy index, which are not survey numbers
        assertEquals("HR", table.stringColumn("segment").get(2));
        assertTrue(table.doubleColumn("need_effort").isMissing(2));
        assertTrue(table.doubleColumn("need_strategy").isMissing(2));
        assertTrue(table.intColumn("needs").isMissing(2));
        assertEquals(100.0, table.doubleColumn("effort_strategy").get(2));
        assertTrue(table.booleanColumn("suppressed").get(2));
        assertEquals(44.2, table.doubleColumn("need_effort").get(1));
        assertFalse(table.booleanColumn("suppressed").get(1));
    }

    @Test
    void aDepartmentWithTicketsOnlyHasNoNeedIndices() {
        needs("Finance", 1, 1);
        ticket("Legal", 1, 2.0);
        List<Alignment.Summary> summary = Alignment.summary(input(List.of(), List.of(), Map.of(), Map.of(1, "vpn")),
                Set.of());
        assertEquals(new Alignment.Summary(SegmentType.DEPARTMENT, "Legal", 0, null, null, null, false), summary.get(2));
        // Finance: need on theme 1, but none of the tickets (Legal's) → no effort of its own
        assertEquals(new Alignment.Summary(SegmentType.DEPARTMENT, "Finance", 1, null, null, null, false), summary.get(1));
    }

    @Test
    void oneDepartmentOnlyGivesADepartmentRowEqualToTheOverallRow() {
        needs("Finance", 1, 3);
        needs("Finance", 2, 1);
        ticket("Finance", 2, 1.0);
        List<Alignment.Summary> summary = Alignment.summary(input(List.of(), List.of(), Map.of(),
                new TreeMap<>(Map.of(1, "vpn", 2, "printer"))), Set.of());
        assertEquals(2, summary.size());
        // need (0.75, 0.25) against effort (0, 1); both rows the same
        assertEquals(summary.get(0).needEffort(), summary.get(1).needEffort());
        assertEquals(4, summary.get(1).needs());
    }

    @Test
    void initiativesOfThemeInvertTheLinksSortedById() {
        Map<String, List<Integer>> links = new LinkedHashMap<>();
        links.put("I2", List.of(1, 3));
        links.put("I1", List.of(1));
        assertEquals(Map.of(1, List.of("I1", "I2"), 3, List.of("I2")), Alignment.initiativesOfTheme(links));
    }

    @Test
    void theTableHasTheContractsColumnsAndLeavesNullSharesEmpty() {
        needs("Finance", 1, 1);
        Table table = Alignment.table(Alignment.themes(input(List.of(), List.of(), Map.of(), Map.of(1, "vpn")), 0.05));
        assertEquals(List.of("theme_id", "label", "need_share", "demand_share", "effort_share", "strategy_share", "gap",
                "status", "initiatives", "needs", "tickets", "ticket_hours", "initiative_hours", "strategy_weight"),
                table.columnNames());
        assertEquals(1.0, table.doubleColumn("need_share").get(0));
        assertTrue(table.doubleColumn("effort_share").isMissing(0));
        assertTrue(table.doubleColumn("strategy_share").isMissing(0));
        assertTrue(table.doubleColumn("gap").isMissing(0));
        assertEquals(Alignment.NO_EFFORT_DATA, table.stringColumn("status").get(0));
    }

    // ---- properties over seeded random inputs ----

    private static final List<String> DEPARTMENTS = List.of("Finance", "HR", "Legal");

    /** A random input; {@code allBooked} gives every ticket hours. */
    private Alignment.Input random(SplittableRandom rnd, boolean allBooked) {
        int themes = 1 + rnd.nextInt(6);
        Map<Integer, String> labels = new TreeMap<>();
        for (int id = 1; id <= themes; id++) {
            labels.put(id, "theme " + id);
        }
        int texts = rnd.nextInt(30);
        for (int i = 0; i < texts; i++) {
            int theme = rnd.nextInt(themes + 1);
            theme = theme == 0 ? Theme.UNCLUSTERED : theme;
            String department = DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size()));
            switch (rnd.nextInt(3)) {
                case 0 -> text(Origin.SURVEY, department, theme);
                case 1 -> text(Origin.NOTE, department, theme);
                default -> ticket(department, theme,
                        !allBooked && rnd.nextInt(3) == 0 ? null : rnd.nextInt(1, 40) / 4.0);
            }
        }
        List<Goal> goals = new ArrayList<>();
        for (int g = 1; g <= rnd.nextInt(4); g++) {
            goals.add(new Goal("G" + g, "goal " + g, "", "", 1 + rnd.nextInt(3)));
        }
        List<Initiative> initiatives = new ArrayList<>();
        Map<String, List<Integer>> themesOf = new HashMap<>();
        List<String> initiativeDepartments = List.of("Finance", "HR", "Legal", "All", "");
        for (int i = 1; i <= rnd.nextInt(5); i++) {
            String id = "I" + i;
            initiatives.add(initiative(id, "G" + (1 + rnd.nextInt(4)),
                    initiativeDepartments.get(rnd.nextInt(initiativeDepartments.size())),
                    rnd.nextInt(4) == 0 ? null : (double) rnd.nextInt(1, 100)));
            List<Integer> linked = new ArrayList<>();
            for (int id2 = 1; id2 <= themes; id2++) {
                if (rnd.nextInt(3) == 0) {
                    linked.add(id2);
                }
            }
            themesOf.put(id, linked);
        }
        return input(goals, initiatives, themesOf, labels);
    }

    private void clear() {
        documents.clear();
        assignments.clear();
        tickets.clear();
        themeOfTicket.clear();
    }

    private static void assertSharesSumToOneOrAreAllNull(List<Alignment.Row> rows, Function<Alignment.Row, Double> share,
                                                         String what) {
        long nulls = rows.stream().map(share).filter(s -> s == null).count();
        if (nulls == rows.size()) {
            return;
        }
        assertEquals(0, nulls, what + ": some shares null, some not");
        assertEquals(1.0, rows.stream().mapToDouble(share::apply).sum(), 1e-3, what);
    }

    @Test
    void sharesSumToOneIndicesStayInRangeAndGapAndStatusFollowTheShares() {
        SplittableRandom rnd = new SplittableRandom(20260701L);
        for (int c = 0; c < 400; c++) {
            clear();
            Alignment.Input in = random(rnd, false);
            double threshold = rnd.nextInt(1, 21) / 100.0;
            List<Alignment.Row> rows = Alignment.themes(in, threshold);
            String at = "case " + c;

            assertEquals(in.labels().size(), rows.size(), at);
            assertSharesSumToOneOrAreAllNull(rows, Alignment.Row::needShare, at + " need");
            assertSharesSumToOneOrAreAllNull(rows, Alignment.Row::demandShare, at + " demand");
            assertSharesSumToOneOrAreAllNull(rows, Alignment.Row::effortShare, at + " effort");
            assertSharesSumToOneOrAreAllNull(rows, Alignment.Row::strategyShare, at + " strategy");
            long clusteredNeeds = in.assignments().stream().filter(a -> a.themeId() != Theme.UNCLUSTERED
                    && in.documents().get(a.documentIndex()).origin().statesNeed()).count();
            assertEquals(clusteredNeeds, rows.stream().mapToInt(Alignment.Row::needs).sum(), at);
            assertEquals(clusteredNeeds == 0, rows.get(0).needShare() == null, at);
            boolean anyStrategy = in.goals().stream().anyMatch(g -> in.initiatives().stream().anyMatch(
                    i -> i.goalId().equals(g.goalId()) && !in.themesOfInitiative().get(i.initiativeId()).isEmpty()));
            assertEquals(anyStrategy, rows.get(0).strategyShare() != null, at);

            for (Alignment.Row r : rows) {
                if (r.needShare() == null || r.effortShare() == null) {
                    assertNull(r.gap(), at);
                    assertEquals(r.needShare() == null ? Alignment.NO_NEED_DATA : Alignment.NO_EFFORT_DATA, r.status(),
                            at);
                    continue;
                }
                assertEquals(Stats.round(r.needShare() - r.effortShare(), 4), r.gap(), 1e-9, at);
                String expected = r.gap() >= threshold - 1e-9 ? Alignment.UNDERSERVED
                        : r.gap() <= -threshold + 1e-9 ? Alignment.OVER_INVESTED : Alignment.BALANCED;
                assertEquals(expected, r.status(), at + " theme " + r.themeId() + " gap " + r.gap());
            }

            for (Alignment.Summary s : Alignment.summary(in, Set.of("HR"))) {
                for (Double index : new Double[] {s.needEffort(), s.needStrategy(), s.effortStrategy()}) {
                    if (index != null) {
                        assertTrue(index >= 0 && index <= 100, at + " " + s);
                    }
                }
                assertEquals("HR".equals(s.segment()), s.suppressed(), at);
                long own = in.assignments().stream().filter(a -> a.themeId() != Theme.UNCLUSTERED)
                        .map(a -> in.documents().get(a.documentIndex()))
                        .filter(d -> d.origin().statesNeed()
                                && (s.segmentType() == SegmentType.OVERALL || d.department().equals(s.segment())))
                        .count();
                assertEquals(own, s.needs(), at + " " + s);
                if (own == 0) {
                    assertNull(s.needEffort(), at);
                    assertNull(s.needStrategy(), at);
                }
            }
        }
    }

    @Test
    void aDepartmentsRowIsTheOverallRowOfItsOwnTextsTicketsAndInitiatives() {
        SplittableRandom rnd = new SplittableRandom(42L);
        for (int c = 0; c < 300; c++) {
            clear();
            // every ticket booked, so that no median from other departments' tickets enters
            Alignment.Input in = random(rnd, true);
            List<Alignment.Summary> summary = Alignment.summary(in, Set.of());
            for (Alignment.Summary s : summary.subList(1, summary.size())) {
                String department = s.segment();
                Alignment.Input own = new Alignment.Input(in.documents(),
                        in.assignments().stream()
                                .filter(a -> in.documents().get(a.documentIndex()).department().equals(department))
                                .toList(),
                        in.tickets().stream().filter(t -> t.department().equals(department)).toList(),
                        in.themeOfTicket(), in.goals(),
                        in.initiatives().stream().filter(i -> Alignment.forDepartment(i, department)).toList(),
                        in.themesOfInitiative(), in.labels());
                Alignment.Summary alone = Alignment.summary(own, Set.of()).get(0);
                assertEquals(new Alignment.Summary(SegmentType.DEPARTMENT, department, alone.needs(),
                        alone.needEffort(), alone.needStrategy(), alone.effortStrategy(), false), s,
                        "case " + c);
            }
        }
    }

    @Test
    void initiativesForADepartmentAreItsOwnAllAndThoseWithoutDepartment() {
        assertTrue(Alignment.forDepartment(initiative("I", "G", "Finance", null), "Finance"));
        assertTrue(Alignment.forDepartment(initiative("I", "G", " finance ", null), "Finance"));
        assertTrue(Alignment.forDepartment(initiative("I", "G", "All", null), "Finance"));
        assertTrue(Alignment.forDepartment(initiative("I", "G", "", null), "Finance"));
        assertTrue(Alignment.forDepartment(initiative("I", "G", null, null), "Finance"));
        assertFalse(Alignment.forDepartment(initiative("I", "G", "HR", null), "Finance"));
    }
}
