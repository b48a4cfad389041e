package io.needmap.publish;

import java.util.List;
import java.util.Map;

/**
 * What a run read, with which settings and software, and how long each stage took: enough to tell
 * whether two runs' outputs are comparable. Written as {@code manifest.json}; {@code needmap report}
 * reads it back ({@link RunFolder}).
 *
 * @param period   first and last day of the evidence, e.g. "2026-07-01 to 2026-09-30"
 * @param messages what the run could not compute and why, as printed on the console
 */
public record Manifest(
        String needmapVersion,
        String run,
        String generatedAt,
        String timeZone,
        long seed,
        String period,
        Map<String, Object> parameters,
        List<InputFile> inputs,
        Map<String, String> versions,
        List<StageTiming> stages,
        List<String> outputs,
        List<String> messages) {

    /** One input file and what became of its rows. */
    public record InputFile(String source, String path, String sha256, long bytes,
                            int rowsRead, int rowsAccepted, int rowsQuarantined, int duplicatesMerged) {
    }

    /** Wall time of one stage of the run. */
    public record StageTiming(String stage, long millis) {
    }
}
