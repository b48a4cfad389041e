package io.needmap.pipeline;

import io.needmap.config.ThemeCount;
import java.util.List;
import java.util.Optional;

/**
 * The console line that says why a fixed {@code k} gave fewer themes: "asked for 12 themes, formed 9:
 * 3 cluster(s) of fewer than 5 texts joined the unclustered bucket". The theme engine's notes say why
 * clusters joined; without such a note the clusterer itself found no more distinct groups.
 */
public final class FewerThemes {

    /** The engine's own note on the count ("k = 12 was asked, 9 theme(s) formed"), which this line replaces. */
    private static final String COUNT_NOTE = "k = ";

    private FewerThemes() {
    }

    /**
     * @param notes the theme engine's notes
     * @return the line, or empty when k is auto or as many themes formed as were asked
     */
    public static Optional<String> line(ThemeCount k, int formed, int texts, List<String> notes) {
        if (k.isAuto() || formed >= k.fixed()) {
            return Optional.empty();
        }
        List<String> why = reasons(notes);
        String because = why.isEmpty()
                ? "the clusterer found no more distinct groups among the " + texts + " texts"
                + (texts < k.fixed() ? " (fewer texts than themes asked for)" : "")
                : String.join("; ", why);
        return Optional.of("asked for " + k.fixed() + " themes, formed " + formed + ": " + because);
    }

    /** The notes without the engine's note on the count, which {@link #line} says better. */
    public static List<String> reasons(List<String> notes) {
        return notes.stream().filter(n -> !n.startsWith(COUNT_NOTE)).toList();
    }
}
