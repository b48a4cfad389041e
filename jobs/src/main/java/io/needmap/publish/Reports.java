package io.needmap.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All of a run's workbooks, written from its {@link ReportInputs}: the leadership workbook
 * ({@code leadership-report.xlsx}) and one workbook per department ({@code departments/<name>.xlsx}).
 * The run and {@code needmap report} both write them here, so they cannot differ.
 */
public final class Reports {

    public static final String LEADERSHIP = "leadership-report.xlsx";
    public static final String DEPARTMENTS = "departments";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Reports() {
    }

    /** The files written. */
    public record Written(Path leadership, List<Path> departments) {

        public Written {
            departments = List.copyOf(departments);
        }

        public List<Path> all() {
            List<Path> all = new ArrayList<>();
            all.add(leadership);
            all.addAll(departments);
            return all;
        }
    }

    /**
     * Writes every workbook into {@code dir} in place of those there: all are written into a
     * temporary folder inside {@code dir} first, then moved into place, so that a failure leaves the
     * previous workbooks as they were.
     */
    public static Written replace(Path dir, ReportInputs inputs) {
        Path partial = dir.resolve(".report.partial-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
        try {
            Files.createDirectories(dir);
            Written fresh = write(partial, inputs);
            Path leadership = dir.resolve(LEADERSHIP);
            Files.move(fresh.leadership(), leadership, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Path departments = dir.resolve(DEPARTMENTS);
            Path old = dir.resolve(".report.previous-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
            if (Files.exists(departments)) {
                Files.move(departments, old, StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(partial.resolve(DEPARTMENTS))) {
                Files.move(partial.resolve(DEPARTMENTS), departments, StandardCopyOption.ATOMIC_MOVE);
            }
            AtomicOutput.delete(old);
            return new Written(leadership, fresh.departments().stream()
                    .map(p -> departments.resolve(p.getFileName())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbooks into " + dir, e);
        } finally {
            try {
                AtomicOutput.delete(partial);
            } catch (IOException e) {
                // what is left is only a temporary copy; the workbooks in place are complete
            }
        }
    }

    /** Writes every workbook into {@code dir}. */
    public static Written write(Path dir, ReportInputs inputs) {
        Path leadership = dir.resolve(LEADERSHIP);
        LeadershipWorkbook.write(leadership, inputs);
        List<Path> departments = new ArrayList<>();
        Map<String, String> files = DepartmentWorkbook.fileNames(DepartmentWorkbook.departments(inputs));
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            Path file = dir.resolve(DEPARTMENTS).resolve(e.getValue());
            DepartmentWorkbook.write(file, inputs, e.getKey());
            departments.add(file);
        }
        departments.sort(null);
        return new Written(leadership, departments);
    }
}
