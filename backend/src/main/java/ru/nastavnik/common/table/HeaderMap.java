package ru.nastavnik.common.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the columns an import knows in the header row a person wrote: by the Russian header or a synonym, ignoring
 * case, ё/е, asterisks and punctuation. Unknown columns are listed so that the report can warn about them.
 */
public final class HeaderMap {

    /**
     * How many rows above the header a file may have: the title and the approval block («УТВЕРЖДАЮ», the order) that
     * documents such as the seeds' roadmaps, and this application's own exports, put above their tables.
     */
    static final int TITLE_ROWS = 10;

    private final Map<String, Integer> index;
    private final Map<String, String> headers;
    private final List<String> ignored;
    private int row = 1;

    private HeaderMap(Map<String, Integer> index, Map<String, String> headers, List<String> ignored) {
        this.index = index;
        this.headers = headers;
        this.ignored = ignored;
    }

    /**
     * Reads up to the header row, the first that names every required column within the first rows of the file, and
     * maps it; the reader is left at the first data row. A file without one fails as its first row would.
     *
     * @return null for a file with no rows at all
     */
    public static HeaderMap read(TableReader reader, List<? extends TableColumn<?>> columns) {
        TableException first = null;
        for (int i = 0; i <= TITLE_ROWS; i++) {
            List<String> candidate = reader.next();
            if (candidate == null) {
                break;
            }
            try {
                HeaderMap map = resolve(candidate, columns);
                map.row = reader.rowNumber();
                return map;
            } catch (TableException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first == null) {
            return null;
        }
        throw first;
    }

    /** The header's row number in the file as a person sees it. */
    public int row() {
        return row;
    }

    /** Maps the header row; throws {@link TableException} naming missing required or repeated columns. */
    public static HeaderMap resolve(List<String> header, List<? extends TableColumn<?>> columns) {
        Map<String, TableColumn<?>> byName = new HashMap<>();
        for (TableColumn<?> c : columns) {
            byName.put(normalise(c.header()), c);
            c.synonyms().forEach(s -> byName.put(normalise(s), c));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> headers = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            TableColumn<?> column = byName.get(normalise(name));
            if (column == null) {
                ignored.add(name);
            } else if (index.containsKey(column.key())) {
                throw new TableException("Столбец «" + column.header() + "» встречается в заголовке дважды: «"
                        + headers.get(column.key()) + "» и «" + name + "»");
            } else {
                index.put(column.key(), i);
                headers.put(column.key(), name);
            }
        }
        Map<String, String> known = new HashMap<>();
        columns.forEach(c -> known.put(c.key(), c.header()));
        List<String> missing = columns.stream()
                .filter(c -> c.required() && !index.containsKey(c.key())
                        && (c.replacedBy().isEmpty() || !index.keySet().containsAll(c.replacedBy())))
                .map(c -> c.replacedBy().isEmpty() ? "«" + c.header() + "»"
                        : "«" + c.header() + "» (или " + String.join(" и ", c.replacedBy().stream()
                                .map(k -> "«" + known.get(k) + "»").toList()) + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new TableException("В первой строке нет обязательных столбцов: " + String.join(", ", missing)
                    + ". Первая строка файла должна содержать заголовки, как в шаблоне");
        }
        return new HeaderMap(index, headers, ignored);
    }

    public boolean has(String key) {
        return index.containsKey(key);
    }

    /** The cell of a known column, "" when the file has no such column or the row is shorter. */
    public String get(List<String> row, String key) {
        Integer i = index.get(key);
        return i == null || i >= row.size() ? "" : row.get(i);
    }

    /** The header as the file writes it, for messages that point at a column. */
    public String header(String key) {
        return headers.getOrDefault(key, key);
    }

    public List<String> ignored() {
        return ignored;
    }

    /** Letters and digits in lower case, ё as е, every run of anything else as one space. */
    public static String normalise(String header) {
        StringBuilder out = new StringBuilder(header.length());
        boolean gap = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                char lower = Character.toLowerCase(c);
                out.append(lower == 'ё' ? 'е' : lower);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
