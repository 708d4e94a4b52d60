package ru.nastavnik.support;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.nastavnik.common.RowScope;

/** Statements run in a transaction of their own under a caller's scope, as the row-level security tests need them. */
public final class ScopedCalls {

    private ScopedCalls() {
    }

    /** Who calls: a role with its scope ids. */
    public record As(String role, UUID region, UUID municipality, UUID school) {
    }

    public static <T> T inScope(EntityManager em, As caller, Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RowScope.apply(em, caller.role(), caller.region(), caller.municipality(), caller.school());
            return work.get();
        });
    }

    /** A native query's rows as the type the test knows them to be. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> cast(List<?> rows) {
        return (List<T>) rows;
    }

    /** The SQLSTATE of the database error under an exception, e.g. 42501 for a refusal by privilege or policy. */
    public static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
