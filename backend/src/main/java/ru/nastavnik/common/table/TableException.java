package ru.nastavnik.common.table;

/** A file that cannot be read as a table, with a message for the person who uploaded it. */
public class TableException extends RuntimeException {

    public TableException(String message) {
        super(message, null, false, false);
    }

    public TableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** A workbook encrypted with a password: the server cannot and should not know it. */
    static TableException passwordProtected(Throwable cause) {
        return new TableException("Файл защищён паролем. Откройте его, сохраните без пароля и загрузите снова", cause);
    }
}
