package io.needmap.pipeline;

import java.nio.file.Path;

/**
 * What a run produced.
 *
 * @param rowsQuarantined input rows that went to quarantine instead of into the analysis
 */
public record RunResult(Path out, Path workbook, Path tables, Path manifest, int responses, int tickets,
                        int themes, int rowsQuarantined) {
}
