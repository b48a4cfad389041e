package io.needmap.samples;

import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.vectors.TermVectors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * Need texts and tickets written by the sample generator's own phrase books, labelled with the theme
 * they were written about: the ground truth that the catalogue and lineage tests compare against.
 * A theme's term profile is the centre of its texts' TF-IDF vectors, as k-means would find it.
 */
final class LabelledTexts {
    private LabelledTexts() {}

    /** About a theme's share of a quarter: tickets and survey answers in the proportion of the samples. */
    static Map<Theme, List<String>> write(long seed, int ticketsPerTheme, int answersPerTheme) {
        Rng rng = Rng.stream(seed, "labelled-texts");
        LocalDate day = LocalDate.of(2026, 8, 12);
        Map<Theme, List<String>> texts = new EnumMap<>(Theme.class);
        long id = 1000;
        for (Theme theme : Theme.values()) {
            List<String> list = new ArrayList<>();
            if (TicketPhrases.ISSUES.containsKey(theme)) {
                for (int i = 0; i < ticketsPerTheme; i++) {
                    String department = department(rng, Mix.TICKET_DEPARTMENT_WEIGHTS);
                    TicketText.Text t = TicketText.write(rng, theme, People.random(rng, department), 3, day, id++,
                            false, Noise.ticketStyle(rng));
                    list.add(t.summary() + "\n" + t.description());
                }
            }
            if (SurveyPhrases.SHORT.containsKey(theme)) {
                for (int i = 0; i < answersPerTheme; i++) {
                    String department = department(rng, Mix.SURVEY_DEPARTMENT_WEIGHTS);
                    list.add(SurveyText.about(rng, theme, department, Noise.surveyStyle(rng)).text());
                }
            }
            texts.put(theme, list);
        }
        return texts;
    }

    private static String department(Rng rng, double[] weights) {
        return Mix.DEPARTMENTS.get(rng.weighted(weights));
    }

    /** Each theme's centre of L2-normalised TF-IDF vectors (IDF over all the texts), as a profile. */
    static Map<Theme, Map<String, Double>> profiles(Map<Theme, List<String>> texts) {
        Map<Theme, List<Map<String, Double>>> counts = new EnumMap<>(Theme.class);
        Map<String, Integer> df = new HashMap<>();
        int documents = 0;
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            for (Map.Entry<Theme, List<String>> e : texts.entrySet()) {
                List<Map<String, Double>> list = new ArrayList<>();
                for (String text : e.getValue()) {
                    Map<String, Double> tf = new TreeMap<>();
                    NeedAnalyzer.terms(analyzer, text).forEach(t -> tf.merge(t, 1.0, Double::sum));
                    tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
                    list.add(tf);
                    documents++;
                }
                counts.put(e.getKey(), list);
            }
        }
        Map<Theme, Map<String, Double>> profiles = new EnumMap<>(Theme.class);
        for (Map.Entry<Theme, List<Map<String, Double>>> e : counts.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Map<String, Double> centre = new TreeMap<>();
            for (Map<String, Double> tf : e.getValue()) {
                Map<String, Double> tfidf = new TreeMap<>();
                final int n = documents;
                tf.forEach((t, c) -> tfidf.put(t, c * Math.log((double) (n + 1) / (df.get(t) + 1))));
                TermVectors.normalised(tfidf).forEach((t, w) -> centre.merge(t, w, Double::sum));
            }
            profiles.put(e.getKey(), TermVectors.normalised(TermVectors.top(centre, 50)));
        }
        return profiles;
    }
}
