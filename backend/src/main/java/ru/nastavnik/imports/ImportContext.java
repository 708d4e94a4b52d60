package ru.nastavnik.imports;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.common.table.HeaderMap;
import ru.nastavnik.common.table.TableReader;

/** What a running job's importer works with: the rows still to read, their columns, and the way to report progress. */
final class ImportContext {

    /** Reports how many rows were read and answers whether the owner asked to cancel. */
    interface Progress {
        boolean report(int processedRows);
    }

    private static final int CHECK_EVERY = 256;
    private static final long REPORT_NANOS = 250_000_000L;

    final UUID jobId;
    final ImportOptions options;
    final UUID schoolId;
    final java.nio.file.Path file;
    final TableReader reader;
    final HeaderMap header;
    private final Progress progress;
    private final int maxRows;
    private int rows;
    private long reportedAt = System.nanoTime();

    ImportContext(UUID jobId, ImportOptions options, UUID schoolId, java.nio.file.Path file, TableReader reader,
            HeaderMap header, Progress progress, int maxRows) {
        this.jobId = jobId;
        this.file = file;
        this.options = options;
        this.schoolId = schoolId;
        this.reader = reader;
        this.header = header;
        this.progress = progress;
        this.maxRows = maxRows;
    }

    /** The next data row, or null at the end; counts it and reports progress a few times a second. */
    List<String> next() {
        List<String> row = reader.next();
        if (row == null) {
            return null;
        }
        rows++;
        if (rows > maxRows) {
            throw new ru.nastavnik.common.table.TableException("В файле больше " + maxRows + " строк");
        }
        if (rows % CHECK_EVERY == 0 && System.nanoTime() - reportedAt >= REPORT_NANOS) {
            report();
        }
        return row;
    }

    /** The same file read again from its first data row, for work that needs a second pass. */
    TableReader reopen() {
        TableReader again = TableReader.open(file);
        // Past the title rows and the header.
        while (again.rowNumber() < header.row()) {
            if (again.next() == null) {
                break;
            }
        }
        return again;
    }

    int rows() {
        return rows;
    }

    int rowNumber() {
        return reader.rowNumber();
    }

    /** Reports the rows read so far; throws {@link ImportCancelled} when the owner has cancelled the job. */
    void report() {
        reportedAt = System.nanoTime();
        if (progress.report(rows)) {
            throw new ImportCancelled();
        }
    }

    boolean apply(int rejected) {
        return Outcome.shouldApply(options, rejected);
    }
}
