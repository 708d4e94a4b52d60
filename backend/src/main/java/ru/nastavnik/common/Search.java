package ru.nastavnik.common;

import java.util.Locale;

/** A case-insensitive "contains" LIKE pattern in which the user's % and _ mean themselves. */
public final class Search {

    private Search() {
    }

    public static String pattern(String q) {
        String escaped = q.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
