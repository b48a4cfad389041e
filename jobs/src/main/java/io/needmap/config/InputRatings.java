package io.needmap.config;

import java.util.Map;

/**
 * How one survey export writes its ratings, when not as needmap assumes (overall satisfaction on
 * 1–5, NPS on 0–10, English labels).
 *
 * @param scales role id → highest point of a 1-based scale (overall_satisfaction: 7)
 * @param labels role id → answer text → point (overall_satisfaction: {Sehr zufrieden: 5})
 */
public record InputRatings(Map<String, Integer> scales, Map<String, Map<String, Integer>> labels) {

    public static final InputRatings DEFAULT = new InputRatings(Map.of(), Map.of());

    public InputRatings {
        scales = Map.copyOf(scales);
        labels = Map.copyOf(labels);
    }
}
