package ru.nastavnik.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table with PostgreSQL's COPY in its text format, buffered in small chunks: the fastest way
 * into the database, with memory that does not grow with the number of rows.
 */
final class PgCopy implements AutoCloseable {

    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder line = new StringBuilder(512);
    private byte[] buffer = new byte[FLUSH_AT + 64 * 1024];
    private int length;
    private boolean first = true;

    PgCopy(Connection connection, String table, String columns) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    PgCopy add(Object value) {
        if (!first) {
            line.append('\t');
        }
        first = false;
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof Boolean b) {
            line.append(b ? 't' : 'f');
        } else if (value instanceof Collection<?> list) {
            array(list);
        } else {
            escape(value.toString());
        }
        return this;
    }

    void endRow() {
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        if (length + bytes.length > buffer.length) {
            flush();
            if (bytes.length > buffer.length) {
                buffer = new byte[bytes.length];
            }
        }
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        if (length >= FLUSH_AT) {
            flush();
        }
        line.setLength(0);
        first = true;
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() {
        if (length == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer, 0, length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        length = 0;
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c < ' ') {
                return false;
            }
        }
        return true;
    }

    /** A text[] literal: {"a","b"}, quoted so that commas and braces in values stay values. */
    private void array(Collection<?> list) {
        StringBuilder literal = new StringBuilder("{");
        boolean firstItem = true;
        for (Object item : list) {
            if (!firstItem) {
                literal.append(',');
            }
            firstItem = false;
            literal.append('"');
            for (char c : item.toString().toCharArray()) {
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        escape(literal.append('}').toString());
    }

    private void escape(String s) {
        if (plain(s)) {
            line.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
