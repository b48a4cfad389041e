package io.needmap.samples;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the generator planted in one survey file, counted as it wrote it: over the rows that carry
 * no planted data-quality problem (the rows needmap should keep after quarantine).
 */
public final class SurveyStats {
    /** Per-department satisfaction counters. */
    public static final class Department {
        int rows;
        int satAnswered;
        long satSum;
        int satTopTwo;
        int npsAnswered;
        int promoters;
        int detractors;
        int needTexts;
        int mobileMentions;
        final int[] themeMentions = new int[Theme.values().length];
        int erpSatAnswered;
        int erpSatTopTwo;
        final int[] themeSatAnswered = new int[Theme.values().length];
        final int[] themeSatTopTwo = new int[Theme.values().length];

        public int rows() {
            return rows;
        }

        public int satisfactionAnswers() {
            return satAnswered;
        }

        /** Answers with overall_satisfaction 4 or 5. */
        public int satisfiedAnswers() {
            return satTopTwo;
        }

        /** CSAT among the answers whose need text mentions the theme. */
        public double csatMentioning(Theme t) {
            int n = themeSatAnswered[t.ordinal()];
            return n == 0 ? Double.NaN : (double) themeSatTopTwo[t.ordinal()] / n;
        }

        /** CSAT among the other answers (need text blank or about something else). */
        public double csatNotMentioning(Theme t) {
            int n = satAnswered - themeSatAnswered[t.ordinal()];
            return n == 0
                    ? Double.NaN
                    : (double) (satTopTwo - themeSatTopTwo[t.ordinal()]) / n;
        }

        public double meanSatisfaction() {
            return satAnswered == 0 ? Double.NaN : (double) satSum / satAnswered;
        }

        /** Share of 4 and 5 among the answered overall_satisfaction. */
        public double csat() {
            return satAnswered == 0 ? Double.NaN : (double) satTopTwo / satAnswered;
        }

        public int npsAnswers() {
            return npsAnswered;
        }

        /** Promoters (9-10) minus detractors (0-6), in percent of the answered nps. */
        public double nps() {
            return npsAnswered == 0 ? Double.NaN : 100.0 * (promoters - detractors) / npsAnswered;
        }

        public int needTexts() {
            return needTexts;
        }

        public int mobileMentions() {
            return mobileMentions;
        }

        public int mentions(Theme t) {
            return themeMentions[t.ordinal()];
        }

        /** The theme this department's need texts mention most (ties: the earlier theme). */
        public Theme topTheme() {
            Theme top = Theme.values()[0];
            for (Theme t : Theme.values()) {
                if (themeMentions[t.ordinal()] > themeMentions[top.ordinal()]) top = t;
            }
            return top;
        }

        /** CSAT among the answers whose need text mentions ERP slowness. */
        public double csatMentioningErp() {
            return erpSatAnswered == 0 ? Double.NaN : (double) erpSatTopTwo / erpSatAnswered;
        }

        public int satisfactionAnswersMentioningErp() {
            return erpSatAnswered;
        }

        /** CSAT among the other answers (need text blank or about something else). */
        public double csatNotMentioningErp() {
            int n = satAnswered - erpSatAnswered;
            return n == 0 ? Double.NaN : (double) (satTopTwo - erpSatTopTwo) / n;
        }
    }

    private final SampleQuarter quarter;
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<Theme, Integer> mentions = new EnumMap<>(Theme.class);
    int rows;
    int cleanRows;
    int needTexts;
    int blankNeedTexts;
    int themedNeedTexts;
    int needTextsBeforeCutover;
    int vpnMentionsBeforeCutover;
    int needTextsAfterCutover;
    int vpnMentionsAfterCutover;
    int comments;
    int phoneTroubleAnswers;

    SurveyStats(SampleQuarter quarter) {
        this.quarter = quarter;
        for (String d : Mix.DEPARTMENTS) departments.put(d, new Department());
        for (Theme t : Theme.values()) mentions.put(t, 0);
    }

    Department department(String name) {
        return departments.get(name);
    }

    void mention(Theme t) {
        mentions.merge(t, 1, Integer::sum);
    }

    public SampleQuarter quarter() {
        return quarter;
    }

    /** Data rows in the file. */
    public int rows() {
        return rows;
    }

    /** Rows without a planted problem. */
    public int cleanRows() {
        return cleanRows;
    }

    /** Clean rows whose need_text is not blank. */
    public int needTexts() {
        return needTexts;
    }

    public int blankNeedTexts() {
        return blankNeedTexts;
    }

    public int comments() {
        return comments;
    }

    /** Clean answers rewritten by the hotline's phone trouble ({@link PhoneChange}). */
    public int phoneTroubleAnswers() {
        return phoneTroubleAnswers;
    }

    /** Departments in canonical order. */
    public Map<String, Department> departments() {
        return departments;
    }

    public Map<Theme, Integer> mentions() {
        return mentions;
    }

    /** Share of non-blank need texts that mention the theme (a text can mention several). */
    public double mentionShare(Theme t) {
        return needTexts == 0 ? 0 : (double) mentions.get(t) / needTexts;
    }

    public double vpnShareBeforeCutover() {
        return needTextsBeforeCutover == 0
                ? Double.NaN
                : (double) vpnMentionsBeforeCutover / needTextsBeforeCutover;
    }

    public double vpnShareAfterCutover() {
        return needTextsAfterCutover == 0
                ? Double.NaN
                : (double) vpnMentionsAfterCutover / needTextsAfterCutover;
    }

    /** Satisfaction counters over all departments but one. */
    public Department allExcept(String excluded) {
        Department all = new Department();
        for (Map.Entry<String, Department> e : departments.entrySet()) {
            if (e.getKey().equals(excluded)) continue;
            Department d = e.getValue();
            all.rows += d.rows;
            all.satAnswered += d.satAnswered;
            all.satSum += d.satSum;
            all.satTopTwo += d.satTopTwo;
            all.npsAnswered += d.npsAnswered;
            all.promoters += d.promoters;
            all.detractors += d.detractors;
            all.needTexts += d.needTexts;
            all.mobileMentions += d.mobileMentions;
            all.erpSatAnswered += d.erpSatAnswered;
            all.erpSatTopTwo += d.erpSatTopTwo;
            for (int i = 0; i < d.themeSatAnswered.length; i++) {
                all.themeSatAnswered[i] += d.themeSatAnswered[i];
                all.themeSatTopTwo[i] += d.themeSatTopTwo[i];
            }
            for (int i = 0; i < d.themeMentions.length; i++)
                all.themeMentions[i] += d.themeMentions[i];
        }
        return all;
    }
}
