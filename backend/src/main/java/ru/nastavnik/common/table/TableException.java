package ru.nastavnik.common.table;

/** A file that cannot be read as a table, with a message for the person who uploaded it. */
public class TableException extends RuntimeException {

    public TableException(String message) {
        super(message, null, false, false);
    }

    public TableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
