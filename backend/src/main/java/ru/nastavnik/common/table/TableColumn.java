package ru.nastavnik.common.table;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a table that is read or written: its Russian header, the other headers people use for it, and
 * for exports how a row gives its value (a String, Number, Boolean, LocalDate or temporal; null for empty) and, where
 * the usual width does not suit it, how wide it is in a workbook.
 *
 * <p>A required column may name {@code replacedBy}: columns that together say the same thing in another form, so a
 * file with all of them needs no such column. An {@code alternative} column is such another form, read by the
 * import but left out of its template.
 */
public record TableColumn<T>(String key, String header, List<String> synonyms, boolean required,
        List<String> replacedBy, boolean alternative, Function<T, Object> value, Integer width) {

    /** A column of an export. */
    public static <T> TableColumn<T> of(String header, Function<T, Object> value) {
        return new TableColumn<>(header, header, List.of(), false, List.of(), false, value, null);
    }

    /** A column that an import reads. */
    public static <T> TableColumn<T> input(String key, String header, boolean required, String... synonyms) {
        return new TableColumn<>(key, header, List.of(synonyms), required, List.of(), false, null, null);
    }

    /** The same required column, which a file may leave out when it has all of the columns of {@code keys}. */
    public TableColumn<T> orInstead(String... keys) {
        return new TableColumn<>(key, header, synonyms, required, List.of(keys), alternative, value, width);
    }

    /** The same column as another way of writing what a template column says: the template leaves it out. */
    public TableColumn<T> asAlternative() {
        return new TableColumn<>(key, header, synonyms, required, replacedBy, true, value, width);
    }

    /** The same column, so many characters wide in a workbook: narrow for a date, wide for a text people write. */
    public TableColumn<T> wide(int characters) {
        return new TableColumn<>(key, header, synonyms, required, replacedBy, alternative, value, characters);
    }
}
