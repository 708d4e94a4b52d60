package ru.nastavnik.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.Problem;
import ru.nastavnik.common.table.TableReader;

/**
 * Imports whose rows go through the feature's own services one at a time (schools, responses: hundreds or
 * thousands of rows, with rules that live in those services). A service that refuses a row marks the transaction
 * it ran in for rollback, so each row is first tried in a transaction of its own that is always rolled back; the
 * rows that passed are then applied together in the job's transaction, so that a failure still leaves nothing
 * half-imported. A row whose key repeats an earlier row's is rejected, since each row is tried on its own.
 */
abstract class RowByRowImport implements Importer {

    /** A row that cannot be applied, with a message per column. */
    static final class Rejected extends RuntimeException {

        final List<FieldError> errors;

        Rejected(List<FieldError> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }

        Rejected(String column, String message) {
            this(List.of(new FieldError(column, message)));
        }
    }

    /** What became of an applied row. */
    record Applied(RowAction action, String message) {
    }

    private record Entry(int row, int seq, RowAction action, String column, String message, String ref) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    /** What identifies the row in the report and among the file's rows: an ИНН, an external code. */
    abstract String ref(List<String> row, ImportContext ctx);

    /** Applies one row through the feature's services; throws {@link Rejected} or the service's {@link ApiException}. */
    abstract Applied apply(List<String> row, ImportContext ctx);

    /** The column of the file that a field of the service's request comes from. */
    abstract String column(String field, ImportContext ctx);

    @Override
    public Outcome run(ImportContext ctx) throws SQLException {
        List<Entry> report = new ArrayList<>();
        Map<RowAction, Integer> counts = new EnumMap<>(RowAction.class);
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        BitSet accepted = new BitSet();
        List<String> row;
        while ((row = ctx.next()) != null) {
            int rowNo = ctx.rowNumber();
            String ref = ref(row, ctx);
            Integer first = ref.isEmpty() ? null : firstRowOfKey.putIfAbsent(ref, rowNo);
            List<String> current = row;
            Object result = first != null
                    ? new Rejected(null, "Повторяет строку " + first + ": в файле одна строка на каждую запись")
                    : trial(current, ctx);
            if (result instanceof Applied applied) {
                accepted.set(rowNo);
                report.add(new Entry(rowNo, 1, applied.action(), null, applied.message(), ref));
                counts.merge(applied.action(), 1, Integer::sum);
            } else {
                int seq = 0;
                for (FieldError error : ((Rejected) result).errors) {
                    report.add(new Entry(rowNo, ++seq, RowAction.REJECTED, error.field(), error.message(), ref));
                }
                counts.merge(RowAction.REJECTED, 1, Integer::sum);
            }
        }
        int rejected = counts.getOrDefault(RowAction.REJECTED, 0);
        boolean apply = ctx.apply(rejected);
        if (apply) {
            ctx.report();
            try (TableReader again = ctx.reopen()) {
                while ((row = again.next()) != null) {
                    if (accepted.get(again.rowNumber())) {
                        apply(row, ctx);
                    }
                }
            }
            em.flush();
        }
        try (Connection c = dataSource.getConnection()) {
            write(c, ctx, report);
        }
        return new Outcome(counts.getOrDefault(RowAction.CREATED, 0), counts.getOrDefault(RowAction.UPDATED, 0),
                counts.getOrDefault(RowAction.UNCHANGED, 0), rejected, apply);
    }

    /** The outcome of a trial, thrown so that the trial's transaction is rolled back whatever happened. */
    private static final class Trial extends RuntimeException {

        final transient Object result;

        Trial(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Tries a row in a transaction of its own: the action it would take, or why it is rejected. */
    private Object trial(List<String> row, ImportContext ctx) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                throw new Trial(attempt(row, ctx));
            });
        } catch (Trial t) {
            return t.result;
        } catch (RuntimeException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof Trial t) {
                    return t.result;
                }
            }
            throw e;
        }
        throw new IllegalStateException("A trial always ends with its outcome");
    }

    /** Called through the bean, so that the trial's transaction gets the caller's row scope. */
    Object attempt(List<String> row, ImportContext ctx) {
        try {
            Applied applied = apply(row, ctx);
            em.flush();
            return applied;
        } catch (Rejected e) {
            return e;
        } catch (ApiException e) {
            return new Rejected(errors(e, ctx));
        }
    }

    private List<FieldError> errors(ApiException e, ImportContext ctx) {
        Problem problem = e.toProblem(null);
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            return problem.errors().stream().map(f -> new FieldError(column(f.field(), ctx), f.message())).toList();
        }
        String message = problem.detail() == null ? problem.title() : problem.title() + ": " + problem.detail();
        return List.of(new FieldError(null, message));
    }

    private static void write(Connection c, ImportContext ctx, List<Entry> report) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_row (job_id, row_no, seq, action, "
                + "column_name, message, ref) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int batch = 0;
            for (Entry e : report) {
                s.setObject(1, ctx.jobId);
                s.setInt(2, e.row());
                s.setInt(3, e.seq());
                s.setString(4, e.action().name());
                s.setString(5, e.column());
                s.setString(6, e.message());
                s.setString(7, e.ref() == null || e.ref().length() <= 300 ? e.ref() : e.ref().substring(0, 300));
                s.addBatch();
                if (++batch % 500 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }
}
