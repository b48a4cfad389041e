package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** CSAT (top-2-box share) and NPS (% promoters − % detractors), unanswered left out. */
class SatisfactionTest {

    private static final double EXACT = 1e-12;

    private static List<Integer> of(Integer... values) {
        return Arrays.asList(values);
    }

    @Test
    void csatIsTheShareOfFoursAndFivesAmongAnsweredRatings() {
        assertEquals(0.5, Satisfaction.csat(of(5, 4, 3, 1)).getAsDouble(), EXACT);
        assertEquals(0.6, Satisfaction.csat(of(5, 4, 4, 2, 3)).getAsDouble(), EXACT);
        assertEquals(1.0, Satisfaction.csat(of(4)).getAsDouble(), EXACT);
        assertEquals(0.0, Satisfaction.csat(of(1, 2, 3)).getAsDouble(), EXACT);
        assertEquals(2.0 / 3.0, Satisfaction.csat(of(4, 5, 3)).getAsDouble(), EXACT);
    }

    @Test
    void csatLeavesUnansweredRatingsOut() {
        // 2 of 3 answered are satisfied; the two nulls count neither way
        assertEquals(2.0 / 3.0, Satisfaction.csat(of(null, 5, 1, null, 4)).getAsDouble(), EXACT);
    }

    @Test
    void csatIsEmptyWhenNobodyAnswered() {
        assertEquals(OptionalDouble.empty(), Satisfaction.csat(of()));
        assertEquals(OptionalDouble.empty(), Satisfaction.csat(of(null, null)));
    }

    @Test
    void npsIsPercentPromotersMinusPercentDetractors() {
        // 10, 9 promote; 8, 7 are passive; 6, 0 detract: (2 - 2) / 6
        assertEquals(0.0, Satisfaction.nps(of(10, 9, 8, 7, 6, 0)).getAsDouble(), EXACT);
        // 3 promoters, 1 detractor of 4: 75 % - 25 %
        assertEquals(50.0, Satisfaction.nps(of(10, 10, 9, 6)).getAsDouble(), EXACT);
        // 2 promoters, 4 detractors of 7
        assertEquals(100.0 * (2 - 4) / 7, Satisfaction.nps(of(10, 9, 8, 3, 2, 1, 0)).getAsDouble(), EXACT);
        assertEquals(100.0, Satisfaction.nps(of(9, 10)).getAsDouble(), EXACT);
        assertEquals(-100.0, Satisfaction.nps(of(0, 6)).getAsDouble(), EXACT);
        assertEquals(0.0, Satisfaction.nps(of(7, 8)).getAsDouble(), EXACT);
    }

    @Test
    void npsBoundariesAreSixForDetractorsAndNineForPromoters() {
        assertEquals(-100.0, Satisfaction.nps(of(6)).getAsDouble(), EXACT);
        assertEquals(0.0, Satisfaction.nps(of(7)).getAsDouble(), EXACT);
        assertEquals(0.0, Satisfaction.nps(of(8)).getAsDouble(), EXACT);
        assertEquals(100.0, Satisfaction.nps(of(9)).getAsDouble(), EXACT);
    }

    @Test
    void npsLeavesUnansweredScoresOutAndIsEmptyWithoutAnswers() {
        // 1 promoter of 2 answered: 50 %, not 25 %
        assertEquals(50.0, Satisfaction.nps(of(null, 10, 8, null)).getAsDouble(), EXACT);
        assertEquals(OptionalDouble.empty(), Satisfaction.nps(of()));
        assertEquals(OptionalDouble.empty(), Satisfaction.nps(of((Integer) null)));
    }
}
