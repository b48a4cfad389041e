package io.needmap.ingest.values;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads survey ratings (satisfaction 1–5, likelihood to recommend 0–10, any other whole-point scale)
 * as survey tools export them.
 *
 * <h2>What it reads</h2>
 * <ul>
 *   <li>Numbers: {@code 4}, {@code 4.0}, {@code 4,0}, {@code +4}; negative points for scales such as −2…2.
 *       Qualtrics exports "numeric values" (the choices' recode values) and SurveyMonkey's condensed or
 *       numerical exports write the same; spreadsheets turn {@code 4} into {@code 4.0}.</li>
 *   <li>A number followed by its label, as Qualtrics writes a choice whose text starts with the number and
 *       as survey designers label scale points: {@code 10 - Extremely likely}, {@code 0 - Not at all likely},
 *       {@code 5 = very satisfied}, {@code 4: Satisfied}, {@code 3 (Neutral)}. The number counts; when the
 *       label is one needmap knows and means another point, the value is an error, because the survey's
 *       coding runs the other way (Qualtrics lets "Recode values" differ from the order of the choices)
 *       and taking either half would be a guess.</li>
 *   <li>Labels alone, insensitive to case, whitespace and the kind of apostrophe: on a 1–5 scale the English
 *       satisfaction labels ({@link #SATISFACTION_LABELS}); on a 0–10 scale the two end labels of the Net
 *       Promoter question ("Not at all likely" 0, "Extremely likely" 10); and any labels given with
 *       {@link #labels(Map)} (e.g. German "Sehr zufrieden" 5), which win over the defaults.</li>
 *   <li>Answers that are no rating: blank, "N/A", "NA", "Not applicable", "No basis for evaluation",
 *       "Don't know", "Prefer not to say", "Keine Angabe", "Weiß nicht", "k. A." and those given with
 *       {@link #noAnswer(String...)}: {@link OptionalInt#empty()}, not an error, so the response
 *       still counts as answered but not rated.</li>
 * </ul>
 * Anything else, a point outside the scale ({@code 6} on 1–5, {@code 4.5}) or an unknown label, is an
 * {@link IllegalArgumentException} whose message names the value and the scale.
 *
 * <p>Instances are immutable and thread-safe; {@link #labels(Map)} and {@link #noAnswer(String...)}
 * return new instances.
 */
public final class RatingParser {

    /** English 5-point satisfaction labels; used on a 1–5 scale only. */
    public static final Map<String, Integer> SATISFACTION_LABELS = Map.of(
            "Very satisfied", 5,
            "Satisfied", 4,
            "Somewhat satisfied", 4,
            "Neither satisfied nor dissatisfied", 3,
            "Neutral", 3,
            "Somewhat dissatisfied", 2,
            "Dissatisfied", 2,
            "Very dissatisfied", 1);

    /** The end labels of the 0–10 "How likely are you to recommend" question; used on a 0–10 scale only. */
    public static final Map<String, Integer> LIKELIHOOD_LABELS = Map.of(
            "Not at all likely", 0,
            "Extremely likely", 10);

    /** Answers that say "no rating" rather than give one, in English and German. */
    public static final List<String> NO_ANSWER = List.of(
            "N/A", "NA", "n.a.", "Not applicable", "No basis for evaluation", "No basis to evaluate",
            "Don't know", "Do not know", "Dont know", "Prefer not to say", "Prefer not to answer",
            "Keine Angabe", "k. A.", "k.A.", "Weiß nicht", "Weiss nicht", "Nicht zutreffend");

    private static final Pattern NUMBER = Pattern.compile("^([+-]?\\d{1,9})(?:[.,](\\d+))?$");
    // A number, then a separator (dash, en/em dash, "=", ":", ".", ")", "(") or just a space, then a label
    // that starts with a letter.
    private static final Pattern NUMBER_AND_LABEL = Pattern.compile(
            "^([+-]?\\d{1,9}(?:[.,]\\d+)?)(?: ?[-\u2013\u2014=:.)(] ?| )(\\p{L}.*?)\\)?$");

    private final int min;
    private final int max;
    private final Map<String, Integer> labels;      // keyed by key(label)
    private final Map<String, String> labelTexts;   // key → the label as given, for messages
    private final Set<String> noAnswer;              // keyed by key(text)

    private RatingParser(int min, int max, Map<String, Integer> labels, Map<String, String> labelTexts,
                         Set<String> noAnswer) {
        this.min = min;
        this.max = max;
        this.labels = Map.copyOf(labels);
        this.labelTexts = Map.copyOf(labelTexts);
        this.noAnswer = Set.copyOf(noAnswer);
    }

    /**
     * A parser for the whole points {@code min..max}, with the default labels of that scale.
     *
     * @throws IllegalArgumentException when the scale has fewer than three points (no rating scale, and
     *                                  {@link #isTopTwoBox(int)} would hold for every answer)
     */
    public static RatingParser forScale(int min, int max) {
        if (max - (long) min < 2) {
            throw new IllegalArgumentException("a rating scale needs at least three points, but " + min + " to "
                    + max + " has " + Math.max(0, max - (long) min + 1));
        }
        Map<String, Integer> labels = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Integer> defaults = min == 1 && max == 5 ? SATISFACTION_LABELS
                : min == 0 && max == 10 ? LIKELIHOOD_LABELS : Map.of();
        defaults.forEach((text, value) -> {
            labels.put(key(text), value);
            texts.put(key(text), text);
        });
        Set<String> noAnswer = new HashSet<>();
        NO_ANSWER.forEach(text -> noAnswer.add(key(text)));
        return new RatingParser(min, max, labels, texts, noAnswer);
    }

    /**
     * A parser that also reads these labels (compared case-, apostrophe- and whitespace-insensitively);
     * they win over the defaults and over the no-answer texts.
     *
     * @throws IllegalArgumentException when a label's point is outside the scale, a label is blank, or two
     *                                  labels that read the same have different points
     */
    public RatingParser labels(Map<String, Integer> extra) {
        Objects.requireNonNull(extra, "labels");
        Map<String, Integer> merged = new HashMap<>(labels);
        Map<String, String> texts = new HashMap<>(labelTexts);
        Map<String, String> givenNow = new HashMap<>();
        Set<String> noAnswerLeft = new HashSet<>(noAnswer);
        extra.forEach((text, value) -> {
            Objects.requireNonNull(text, "label");
            Objects.requireNonNull(value, () -> "point of label '" + text + "'");
            String k = key(text);
            if (k.isEmpty()) {
                throw new IllegalArgumentException("a rating label must not be blank");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException("label '" + text + "' has the point " + value
                        + ", outside the " + scale() + " scale");
            }
            String earlier = givenNow.put(k, text);
            if (earlier != null && !merged.get(k).equals(value)) {
                throw new IllegalArgumentException("labels '" + earlier + "' and '" + text
                        + "' read the same but have the points " + merged.get(k) + " and " + value);
            }
            merged.put(k, value);
            texts.put(k, text);
            noAnswerLeft.remove(k);
        });
        return new RatingParser(min, max, merged, texts, noAnswerLeft);
    }

    /** A parser that also reads these texts as "no rating" (e.g. French "Ne sait pas"). */
    public RatingParser noAnswer(String... texts) {
        Set<String> more = new HashSet<>(noAnswer);
        for (String text : texts) {
            String k = key(Objects.requireNonNull(text, "text"));
            if (labels.containsKey(k)) {
                throw new IllegalArgumentException("'" + text + "' is already the label of point " + labels.get(k));
            }
            more.add(k);
        }
        return new RatingParser(min, max, labels, labelTexts, more);
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The labels this parser reads, as given, with their points. */
    public Map<String, Integer> knownLabels() {
        Map<String, Integer> out = new HashMap<>();
        labels.forEach((k, v) -> out.put(labelTexts.get(k), v));
        return Map.copyOf(out);
    }

    /**
     * Reads one answer.
     *
     * @return the point, or empty for a blank answer or one that says "no rating" (N/A, Don't know...)
     * @throws IllegalArgumentException for a point outside the scale, a fraction, an unknown label, or a
     *                                  number whose label means another point; the message names the
     *                                  value and the scale
     */
    public OptionalInt parse(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        String k = key(value);
        if (k.isEmpty()) {
            return OptionalInt.empty();
        }
        Integer labelled = labels.get(k);
        if (labelled != null) {
            return OptionalInt.of(labelled);
        }
        if (noAnswer.contains(k)) {
            return OptionalInt.empty();
        }
        String text = spaces(value);
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            return OptionalInt.of(point(value, number.group(1), number.group(2)));
        }
        Matcher both = NUMBER_AND_LABEL.matcher(text);
        if (both.matches()) {
            Matcher n = NUMBER.matcher(both.group(1));
            if (!n.matches()) {
                throw unknown(value);
            }
            int point = point(value, n.group(1), n.group(2));
            Integer meant = labels.get(key(both.group(2)));
            if (meant != null && meant != point) {
                throw new IllegalArgumentException("'" + value.strip() + "' says " + point + " but '"
                        + both.group(2) + "' is " + meant + " on the " + scale() + " scale: the survey codes its "
                        + "answers the other way round; check its recode values, or export the choice texts");
            }
            return OptionalInt.of(point);
        }
        throw unknown(value);
    }

    /**
     * Whether a point is in the top two boxes of the scale: its two highest points (4–5 on 1–5, 6–7 on
     * 1–7, 9–10 on 0–10 or 1–10). The share of answers in the top two boxes is the usual CSAT figure on
     * any scale, and on 0–10 it is the share of NPS promoters.
     *
     * @throws IllegalArgumentException when the point is outside the scale
     */
    public boolean isTopTwoBox(int value) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " is outside the " + scale() + " scale");
        }
        return value >= max - 1;
    }

    @Override
    public String toString() {
        return "RatingParser[" + scale() + ", " + labels.size() + " labels]";
    }

    // ---------------------------------------------------------------------------------------------

    private int point(String raw, String whole, String fraction) {
        if (fraction != null && !fraction.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException("'" + raw.strip() + "' is not a whole point of the " + scale()
                    + " scale");
        }
        int point = Integer.parseInt(whole.startsWith("+") ? whole.substring(1) : whole);
        if (point < min || point > max) {
            throw new IllegalArgumentException("'" + raw.strip() + "' is outside the " + scale() + " scale");
        }
        return point;
    }

    private IllegalArgumentException unknown(String raw) {
        String example = labelTexts.values().stream().sorted().findFirst()
                .map(t -> " or a label such as '" + t + "'").orElse("");
        return new IllegalArgumentException("'" + raw.strip() + "' is not a rating needmap can read on the "
                + scale() + " scale; write a whole number from " + min + " to " + max + example);
    }

    private String scale() {
        return min + " to " + max;
    }

    /** Collapses all whitespace (incl. no-break spaces) and strips. */
    private static String spaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').strip().replaceAll("\\s+", " ");
    }

    /**
     * The comparison key of a label: whitespace collapsed, lower case in {@code Locale.ROOT} (no Turkish
     * dotless i, whatever the machine), typographic apostrophes as {@code '}, and a closing full stop
     * dropped ("Satisfied." is "Satisfied"; "k. A." keeps its inner dot).
     */
    static String key(String label) {
        String k = spaces(label).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u00B4', '\'').replace('`', '\'');
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }
}
