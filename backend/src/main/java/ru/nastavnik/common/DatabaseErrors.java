package ru.nastavnik.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/** Tells a database that cannot be reached from a request the database refused. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /**
     * Whether the failure, or anything that caused it, says the database could not be reached: the connection was
     * refused or broken (SQLState class 08), the server is shutting down, crashed or is still recovering (57P01–57P03),
     * or the pool gave no connection in time (Agroal's acquisition timeout, which has no SQLState). Suppressed
     * exceptions count too: a commit that failed because the server died surfaces as Narayana's RollbackException
     * with the driver's error suppressed in it.
     */
    public static boolean unreachable(Throwable failure) {
        return unreachable(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean unreachable(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof JDBCConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.matches("57P0[123]"))) {
                return true;
            }
            String message = sql.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (unreachable(suppressed, seen)) {
                return true;
            }
        }
        return unreachable(t.getCause(), seen);
    }
}
