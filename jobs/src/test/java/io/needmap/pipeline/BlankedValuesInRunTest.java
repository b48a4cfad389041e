package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.RunConfig;
import io.needmap.ingest.QuarantinedRowsException;
import io.needmap.metrics.MetricsOptions;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustering;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 4: a bad optional value blanks that value, not its row. The run keeps the row,
 * lists the value in {@code quarantine/<source>-values.csv}, counts it in {@code data_quality.csv},
 * and {@code --strict} fails on it.
 */
class BlankedValuesInRunTest {

    private static final ThemeClusterer ONE_THEME = (texts, k, seed) -> {
        int[] clusters = new int[texts.size()];
        double[] similarities = new double[texts.size()];
        Arrays.fill(similarities, 1.0);
        return new ThemeClustering(texts.size() == 0 ? 0 : 1, clusters, similarities);
    };

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private RunConfig.Builder inputs() throws IOException {
        Path surveys = Files.writeString(dir.resolve("surveys.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,vpn at home,\n"
                        + "R-2,2026-08-14T11:00:00,Sales,6,3,printer jams,\n"       // satisfaction 6: blanked
                        + "R-3,2026-08-14T11:00:00,Sales,,12,,\n"                   // nps 12 and nothing else
                        + "R-4,2026-08-14T11:00:00,,4,9,no department,\n");         // quarantined
        Path tickets = Files.writeString(dir.resolve("tickets.csv"),
                "ticket_id,created_at,resolved_at,department,category,priority,summary,description,hours_spent,"
                        + "satisfaction,reopen_count\n"
                        + "T-1,2026-08-14T09:00:00,2026-08-14T10:00:00,Finance,Network,P3,VPN drops,,1.0,4,0\n"
                        + "T-2,2026-08-14T09:00:00,2026-08-14T10:00:00,Finance,Network,P3,VPN slow,,-1.5,4,0\n"
                        + "T-3,2026-08-14T09:00:00,2026-08-13T10:00:00,Finance,Network,P3,VPN gone,,1.0,9,x\n"
                        + "T-4,2026-08-14T09:00:00,soon,Finance,Network,P3,Printer,,,,\n");
        return RunConfig.builder().name("values").surveys(List.of(surveys)).tickets(List.of(tickets))
                .metrics(MetricsOptions.defaults().withAnonymity(1, 1)).minThemeSize(1);
    }

    @Test
    void aBadOptionalValueIsLeftEmptyListedAndCountedAndItsRowIsKept() throws IOException {
        Path out = dir.resolve("out");
        StringWriter console = new StringWriter();
        var result = new QuarterlyJob(ONE_THEME, CLOCK, new PrintWriter(console)).run(inputs().out(out).build());

        assertEquals(4, result.tickets(), "every ticket kept");
        assertEquals(2, result.responses(), "R-1 and R-2; R-3 said nothing but a bad rating, R-4 has no department");
        assertEquals(2, result.rowsQuarantined());
        assertEquals(6, result.valuesBlanked());
        assertTrue(console.toString().contains("2 rows quarantined, 6 values left empty"), console.toString());

        assertEquals("file,row,column,value,reason\n"
                        + "tickets.csv,3,hours_spent,-1.5,hours_spent -1.5 is negative; it must be 0 or more\n"
                        + "tickets.csv,4,reopen_count,x,reopen_count 'x' is not a whole number; write it like 0 or 2\n"
                        + "tickets.csv,4,resolved_at,2026-08-13T10:00:00,resolved_at 2026-08-13T10:00:00 is before "
                        + "created_at 2026-08-14T09:00:00; one of the two is wrong\n"
                        + "tickets.csv,4,satisfaction,9,satisfaction 9 is outside 1–5; correct it or leave it empty\n"
                        + "tickets.csv,5,resolved_at,soon,resolved_at 'soon' is not an ISO 8601 date or date-time; "
                        + "write it like 2026-08-14T10:32:00 or 2026-08-14\n",
                Files.readString(out.resolve("quarantine/tickets-values.csv"), StandardCharsets.UTF_8));
        assertEquals("file,row,column,value,reason\n"
                        + "surveys.csv,3,overall_satisfaction,6,overall_satisfaction 6 is outside 1–5; correct it or "
                        + "leave it empty\n",
                Files.readString(out.resolve("quarantine/surveys-values.csv"), StandardCharsets.UTF_8));
        String quarantined = Files.readString(out.resolve("quarantine/surveys.csv"), StandardCharsets.UTF_8);
        assertTrue(quarantined.contains("surveys.csv,4,nps 12 is outside 0–10"), quarantined);
        assertEquals("file,line,reason,raw\n", Files.readString(out.resolve("quarantine/tickets.csv")),
                "no ticket row was quarantined");

        List<String> quality = Files.readAllLines(out.resolve("tables/data_quality.csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("source,file,rows_read,rows_accepted,rows_quarantined,duplicates_merged,top_reason,"
                        + "values_blanked,top_value_reason",
                "surveys,surveys.csv,4,2,2,0,department is empty,1,overall_satisfaction is outside 1–5",
                "tickets,tickets.csv,4,4,0,0,,5,hours_spent is negative"), quality); // five kinds once each: the first by name
    }

    @Test
    void strictFailsOnAValueLeftEmptyNamingIt() throws IOException {
        Path tickets = Files.writeString(dir.resolve("clean-but-one.csv"),
                "ticket_id,created_at,resolved_at,department,category,priority,summary,description,hours_spent,"
                        + "satisfaction\n"
                        + "T-1,2026-08-14T09:00:00,2026-08-14T10:00:00,Finance,Network,P3,VPN drops,,-2,4\n");
        RunConfig config = RunConfig.builder().tickets(List.of(tickets)).strict(true).out(dir.resolve("out")).build();
        QuarantinedRowsException e = assertThrows(QuarantinedRowsException.class,
                () -> new QuarterlyJob(ONE_THEME, CLOCK, new PrintWriter(new StringWriter())).run(config));
        assertTrue(e.getMessage().startsWith("1 input value(s) left empty"), e.getMessage());
        assertTrue(e.getMessage().contains("--strict"), e.getMessage());
        assertFalse(e.getMessage().contains("row(s) quarantined"), e.getMessage());
    }
}
