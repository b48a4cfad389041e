package io.needmap.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The leadership workbook, in reading order: Summary, Alignment, Themes, Quotes, Priorities,
 * Departments, Trends, Operations, You said we did, Data quality, Methods. Built only from
 * {@link ReportInputs} (the run's tables and metadata), so it can be rebuilt from a run folder.
 */
public final class LeadershipWorkbook {

    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of("Summary", "Alignment", "Themes", "Quotes", "Priorities",
            "Departments", "Trends", "Operations", "You said, we did", "Data quality", "Methods");

    private LeadershipWorkbook() {
    }

    public static void write(Path file, ReportInputs inputs) {
        Book book = new Book(inputs);
        try (var poi = book.workbook) {
            SummarySheet.write(book);
            AlignmentSheet.write(book);
            ThemeSheets.themes(book);
            ThemeSheets.quotes(book);
            PrioritiesSheet.write(book);
            DepartmentsSheet.write(book);
            TrendsSheet.write(book);
            OperationsSheets.operations(book);
            OperationsSheets.youSaidWeDid(book);
            OperationsSheets.dataQuality(book);
            MethodsSheet.write(book);
            poi.setActiveSheet(0);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                poi.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
