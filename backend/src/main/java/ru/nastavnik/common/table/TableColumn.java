package ru.nastavnik.common.table;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a table that is read or written: its Russian header, the other headers people use for it, and
 * for exports how a row gives its value (a String, Number, Boolean, LocalDate or temporal; null for empty).
 */
public record TableColumn<T>(String key, String header, List<String> synonyms, boolean required,
        Function<T, Object> value) {

    /** A column of an export. */
    public static <T> TableColumn<T> of(String header, Function<T, Object> value) {
        return new TableColumn<>(header, header, List.of(), false, value);
    }

    /** A column that an import reads. */
    public static <T> TableColumn<T> input(String key, String header, boolean required, String... synonyms) {
        return new TableColumn<>(key, header, List.of(synonyms), required, null);
    }
}
