package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Javadoc example of io.needmap.explore is run by {@link ExamplesTest}, line for line. */
class JavadocExamplesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "needmap", "explore");
    private static final Path EXAMPLES = Path.of("src", "test", "java", "io", "needmap", "explore", "ExamplesTest.java");
    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\s*\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

    /** The examples of one source file, each as its lines without the comment's leading {@code *}. */
    static List<List<String>> examples(String source) {
        List<List<String>> examples = new ArrayList<>();
        Matcher m = BLOCK.matcher(source);
        while (m.find()) {
            List<String> lines = new ArrayList<>();
            for (String line : m.group(1).split("\n")) {
                lines.add(line.replaceFirst("^\\s*\\* ?", "").strip());
            }
            examples.add(lines);
        }
        return examples;
    }

    @Test
    void findsTheExamplesOfASource() {
        String source = "/**\n * Text.\n *\n * <pre>{@code\n * Run run = Run.open(dir);\n *     run.themes();\n * }</pre>\n */";
        assertEquals(List.of(List.of("Run run = Run.open(dir);", "run.themes();")), examples(source));
    }

    @Test
    void everyExampleIsRunVerbatim() throws IOException {
        List<String> tested = Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        int count = 0;
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (List<String> example : examples(Files.readString(file, StandardCharsets.UTF_8))) {
                    assertTrue(java.util.Collections.indexOfSubList(tested, example) >= 0,
                            file.getFileName() + ": its example is not in ExamplesTest line for line:\n"
                                    + String.join("\n", example));
                    count++;
                }
            }
        }
        assertEquals(4, count, "Run, Comparison, Notebook and Needmap have one example each");
    }
}
