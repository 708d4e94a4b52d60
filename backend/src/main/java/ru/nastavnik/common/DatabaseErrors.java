package ru.nastavnik.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;

import org.hibernate.exception.JDBCConnectionException;

/** Tells a database that cannot be reached from a request the database refused. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /**
     * Whether the failure, or anything that caused it, says the database could not be reached: the connection was
     * refused or broken (SQLState class 08), the server is shutting down, crashed or is still recovering (57P01–57P03),
     * or the pool gave no connection in time (Agroal's acquisition timeout, which has no SQLState).
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
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
        }
        return false;
    }
}
