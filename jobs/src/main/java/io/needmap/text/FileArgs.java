package io.needmap.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Passes a list of file paths to a filter factory through CustomAnalyzer's string parameters, as
 * "file.0", "file.1", …: one key per path, so that no separator character has to be escaped in paths.
 */
final class FileArgs {

    private static final String PREFIX = "file.";

    private FileArgs() {
    }

    static void put(Map<String, String> args, List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            args.put(PREFIX + i, files.get(i).toString());
        }
    }

    /** Removes the paths from {@code args} (factories refuse parameters left over) and returns them in order. */
    static List<Path> take(Map<String, String> args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; args.containsKey(PREFIX + i); i++) {
            files.add(Path.of(args.remove(PREFIX + i)));
        }
        return files;
    }
}
