package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.config.RunConfig;
import io.needmap.themes.ThemeClustering;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs stated in meeting notes count like survey needs: in the themes and in the need shares. */
class MeetingNotesInRunTest {

    @Test
    void noteStatementsAreNeedsOfTheirThemes(@TempDir Path dir) throws Exception {
        Path surveys = Files.writeString(dir.resolve("s.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,vpn at home,\n");
        Path notes = Files.writeString(dir.resolve("2026-08-20_finance.md"),
                "- ERP is slow at month end\n- VPN drops at home\n");
        RunConfig config = RunConfig.builder().surveys(List.of(surveys)).notes(List.of(notes))
                .out(dir.resolve("out")).build();
        // one theme for every text
        new QuarterlyJob((texts, k, seed) -> {
            double[] similarity = new double[texts.size()];
            Arrays.fill(similarity, 1.0);
            return new ThemeClustering(1, new int[texts.size()], similarity);
        }, Clock.systemUTC(), new PrintWriter(new StringWriter())).run(config);

        List<CSVRecord> themes;
        try (Reader in = Files.newBufferedReader(dir.resolve("out/tables/themes.csv"))) {
            themes = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(1, themes.size());
        assertEquals("1", themes.get(0).get("survey_mentions"));
        assertEquals("2", themes.get(0).get("note_mentions"));
        assertEquals("1.0", themes.get(0).get("need_share"));
        String quality = Files.readString(dir.resolve("out/tables/data_quality.csv"));
        assertEquals(true, quality.contains("notes,2026-08-20_finance.md,2,2,0,0,"), quality);
    }
}
