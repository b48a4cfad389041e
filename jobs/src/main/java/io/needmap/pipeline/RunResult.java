package io.needmap.pipeline;

import java.nio.file.Path;

/**
 * What a run produced.
 *
 * @param rowsQuarantined input rows that went to quarantine instead of into the analysis
 * @param valuesBlanked   optional values of accepted rows left empty (quarantine/*-values.csv)
 */
public record RunResult(Path out, Path workbook, Path tables, Path manifest, int responses, int tickets,
                        int themes, int rowsQuarantined, int valuesBlanked) {
}
