package ru.nastavnik.org;

import java.util.Locale;

/** A case-insensitive "contains" LIKE pattern in which the user's % and _ mean themselves. */
final class Search {

    private Search() {
    }

    static String pattern(String q) {
        String escaped = q.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
