package io.needmap.text.bench;

import io.needmap.ingest.ExportReader;
import io.needmap.ingest.preset.InputKind;
import io.needmap.ingest.preset.Role;
import io.needmap.text.NonAnswers;
import io.needmap.themes.vectors.DenseVectors;
import io.needmap.themes.vectors.SentenceEmbeddingVectoriser;
import io.needmap.themes.vectors.VectorSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How precise {@link NonAnswers} is on real survey exports: reads the free-text answers of every
 * export under the given folders or files (recognised by needmap's presets, header rows skipped),
 * flags the non-answers, and prints how many were flagged and every flagged answer with the rule that
 * flagged it, so that precision can be judged by reading them. A measurement, not a test; run by
 * {@code jobs/bench/non-answers.sh}, or
 * <pre>
 * java -cp 'jobs/target/test-classes:jobs/target/classes:jobs/target/lib/*' \
 *     io.needmap.text.bench.NonAnswerPrecision [--embeddings [THRESHOLD]] DIR_OR_FILE...
 * </pre>
 * A column counts as free text when no preset role other than need text or comment claims it, at
 * least 3 of its cells are filled, at least 60 % of the filled cells differ (a choice column repeats
 * its few options), at least 80 % have a letter, and at most half look like codes (no space, with a
 * digit, '@', '_' or '/': response ids, e-mail addresses, URLs), and at most half are labels of a
 * rating scale (a value found in 8 or more columns of the file: "very good", "not applicable"). Ticket
 * exports give their summary and description columns.
 *
 * <p>Output lines: {@code FLAGGED<TAB>rule<TAB>file<TAB>column<TAB>detail<TAB>answer} (line breaks in
 * answers shown as ⏎), then per-file and total counts.
 */
public final class NonAnswerPrecision {

    /** A value found in this many columns of one file is a label of a rating scale, not an answer. */
    private static final int SCALE_COLUMNS = 8;

    private static final Set<Role> TEXT_ROLES = Set.of(Role.NEED_TEXT, Role.COMMENT, Role.SUMMARY, Role.DESCRIPTION);

    private NonAnswerPrecision() {
    }

    /** One free-text answer and where it came from. */
    record Answer(String file, String column, String text) {
    }

    public static void main(String[] args) throws IOException {
        List<Path> inputs = new ArrayList<>();
        Double threshold = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--embeddings")) {
                threshold = NonAnswers.DEFAULT_THRESHOLD;
                if (i + 1 < args.length && args[i + 1].matches("[0-9.]+")) {
                    threshold = Double.parseDouble(args[++i]);
                }
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: NonAnswerPrecision [--embeddings [THRESHOLD]] DIR_OR_FILE...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches("(?i).*\\.(csv|tsv|txt|xlsx|xls|zip)$"))
                        .filter(p -> !p.getFileName().toString().matches("(?i)(readme|source).*"))
                        .sorted().forEach(files::add);
            }
        }
        NonAnswers detector = threshold == null ? NonAnswers.rules() : NonAnswers.withEmbeddings(embedder(), threshold);
        System.out.println("# NonAnswerPrecision: " + detector);
        List<Answer> answers = new ArrayList<>();
        Map<String, String> perFile = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                List<Answer> read = freeText(file);
                answers.addAll(read);
                perFile.put(file.toString(), read.size() + " answers in " + read.stream().map(Answer::column)
                        .distinct().count() + " free-text columns");
            } catch (RuntimeException e) {
                perFile.put(file.toString(), "skipped: " + e.getMessage());
            }
        }
        long started = System.nanoTime();
        List<NonAnswers.Verdict> verdicts = detector.verdicts(answers.stream().map(Answer::text).toList());
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<NonAnswers.Rule, Integer> byRule = new LinkedHashMap<>();
        int flagged = 0;
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            NonAnswers.Verdict verdict = verdicts.get(i);
            int[] c = counts.computeIfAbsent(answer.file(), f -> new int[2]);
            c[0]++;
            if (verdict.nonAnswer()) {
                c[1]++;
                flagged++;
                byRule.merge(verdict.rule(), 1, Integer::sum);
                System.out.printf(Locale.ROOT, "FLAGGED\t%s\t%s\t%s\t%s\t%s%n", verdict.rule(), Path.of(answer.file())
                        .getFileName(), shorten(answer.column()), verdict.detail(), oneLine(answer.text()));
            }
        }
        System.out.println("# files");
        perFile.forEach((file, what) -> {
            int[] c = counts.getOrDefault(file, new int[2]);
            System.out.printf(Locale.ROOT, "#   %s: %s, %d flagged%n", file, what, c[1]);
        });
        System.out.printf(Locale.ROOT, "# flagged %d of %d free-text answers (%.1f %%) in %.3f s; by rule: %s%n", flagged,
                answers.size(), answers.isEmpty() ? 0 : 100.0 * flagged / answers.size(), seconds, byRule);
    }

    /** The free-text answers of one export, column by column, in row order. */
    static List<Answer> freeText(Path file) {
        ExportReader.Recognised recognised = ExportReader.recognise(file);
        List<String> columns = recognised.columns();
        Set<Integer> claimed = new HashSet<>();
        Set<Integer> textColumns = new HashSet<>();
        recognised.mapping().forEach((role, names) -> {
            for (String name : names) {
                int index = columns.indexOf(name);
                if (index >= 0) {
                    (TEXT_ROLES.contains(role) ? textColumns : claimed).add(index);
                }
            }
        });
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(new ArrayList<>());
        }
        int[] row = {0};
        recognised.table().forEachRow(raw -> {
            if (row[0]++ < recognised.headerRows()) {
                return;
            }
            for (int i = 0; i < columns.size(); i++) {
                cells.get(i).add(raw.cell(i));
            }
        });
        // the labels of a rating scale ("very good", "not applicable") fill many columns of one file
        Map<String, Set<Integer>> columnsOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            for (String cell : cells.get(i)) {
                if (!cell.isBlank()) {
                    columnsOf.computeIfAbsent(cell.strip().toLowerCase(Locale.ROOT), v -> new HashSet<>()).add(i);
                }
            }
        }
        Set<String> scaleLabels = new HashSet<>();
        columnsOf.forEach((value, in) -> {
            if (in.size() >= SCALE_COLUMNS) {
                scaleLabels.add(value);
            }
        });
        List<Answer> answers = new ArrayList<>();
        boolean survey = recognised.preset().kind() == InputKind.SURVEY;
        for (int i = 0; i < columns.size(); i++) {
            boolean text = textColumns.contains(i)
                    || survey && !claimed.contains(i) && looksFreeText(cells.get(i), scaleLabels);
            if (!text) {
                continue;
            }
            for (String cell : cells.get(i)) {
                if (!cell.isBlank()) {
                    answers.add(new Answer(file.toString(), columns.get(i), cell));
                }
            }
        }
        return answers;
    }

    static boolean looksFreeText(List<String> column, Set<String> scaleLabels) {
        List<String> filled = column.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (filled.size() < 3) {
            return false;
        }
        long labels = filled.stream().filter(c -> scaleLabels.contains(c.toLowerCase(Locale.ROOT))).count();
        long distinct = filled.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().count();
        long letters = filled.stream().filter(c -> c.codePoints().anyMatch(Character::isLetter)).count();
        long codes = filled.stream().filter(c -> !c.contains(" ") && c.matches(".*[0-9@_/].*")).count();
        return distinct >= 0.6 * filled.size() && letters >= 0.8 * filled.size() && codes <= 0.5 * filled.size()
                && labels <= 0.5 * filled.size();
    }

    private static Function<List<String>, float[][]> embedder() {
        VectorSpace space = new SentenceEmbeddingVectoriser(SentenceEmbeddingVectoriser.Model.MINILM_L6_V2_Q)
                .fit(List.of());
        return texts -> {
            DenseVectors vectors = (DenseVectors) space.transform(texts);
            float[][] rows = new float[texts.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = vectors.row(i);
            }
            return rows;
        };
    }

    private static String oneLine(String text) {
        return text.strip().replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', ' ');
    }

    private static String shorten(String column) {
        String line = oneLine(column);
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
