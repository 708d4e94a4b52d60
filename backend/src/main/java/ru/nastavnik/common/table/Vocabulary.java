package ru.nastavnik.common.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a cell may hold for a value: its Russian label, a few synonyms and the API code, matched like headers
 * (case, ё/е and punctuation do not matter). Lists are separated by ';' or line breaks, or by commas when every
 * part is known, because labels themselves may contain commas.
 */
public final class Vocabulary<T> {

    private static final Pattern ITEMS = Pattern.compile("[;\\n\\r]+");

    private final Map<String, T> values = new HashMap<>();
    private final Map<T, String> labels = new LinkedHashMap<>();

    public Vocabulary<T> add(T value, String label, String... synonyms) {
        labels.put(value, label);
        values.put(key(label), value);
        values.put(key(value.toString()), value);
        for (String s : synonyms) {
            values.put(key(s), value);
        }
        return this;
    }

    /** Signs such as "+" and "-" have no letters for the header rules to keep, so they stand for themselves. */
    private static String key(String word) {
        String normal = HeaderMap.normalise(word);
        return normal.isEmpty() ? word.strip() : normal;
    }

    public String label(T value) {
        return value == null ? null : labels.getOrDefault(value, value.toString());
    }

    /** The value of a cell, null when the cell is empty. */
    public T parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        T value = values.get(key(cell));
        if (value == null) {
            throw new IllegalArgumentException("Неизвестное значение «" + cell + "». Допустимо: " + allowed());
        }
        return value;
    }

    public List<T> parseList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        Set<T> result = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : ITEMS.split(cell)) {
            if (part.isBlank()) {
                continue;
            }
            T whole = values.get(key(part));
            if (whole != null) {
                result.add(whole);
                continue;
            }
            for (String piece : part.split(",")) {
                if (piece.isBlank()) {
                    continue;
                }
                T value = values.get(key(piece));
                if (value == null) {
                    unknown.add(piece.strip());
                } else {
                    result.add(value);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Неизвестные значения: " + String.join(", ", unknown)
                    + ". Допустимо: " + allowed() + "; несколько значений разделяйте точкой с запятой");
        }
        return new ArrayList<>(result);
    }

    public String labels(List<T> list) {
        return list == null ? "" : String.join("; ", list.stream().map(this::label).toList());
    }

    private String allowed() {
        List<String> all = new ArrayList<>(labels.values());
        return all.size() > 12 ? String.join(", ", all.subList(0, 12)) + " и др." : String.join(", ", all);
    }

    /** Yes and no as people write them in a table. */
    public static Vocabulary<Boolean> yesNo() {
        return new Vocabulary<Boolean>()
                .add(Boolean.TRUE, "да", "1", "+", "x", "х", "v", "true", "истина", "yes")
                .add(Boolean.FALSE, "нет", "0", "-", "false", "ложь", "no");
    }
}
