package ru.nastavnik.support;

import java.util.List;

import jakarta.persistence.EntityManager;

import ru.nastavnik.common.RowScope;

/**
 * Everyone outside school A2 whose rows the row-level security tests seed there: another school of the same
 * municipality, the region, the municipality, the portal, and a caller with no scope at all.
 */
public final class Outsiders {

    public static final List<String> OF_SCHOOL_A2 = List.of("school-a1", "regional", "municipal", "portal", "none");

    private Outsiders() {
    }

    /** Sets the transaction's scope to that of one of {@link #OF_SCHOOL_A2}. */
    public static void become(EntityManager em, String who) {
        switch (who) {
            case "school-a1" -> RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
            case "regional" -> RowScope.apply(em, "regional", Demo.REGION, null, null);
            case "municipal" -> RowScope.apply(em, "municipal", null, Demo.MUNI_A, null);
            case "portal" -> RowScope.apply(em, "portal", Demo.REGION, null, null);
            case "none" -> RowScope.apply(em, "", null, null, null);
            default -> throw new IllegalArgumentException(who);
        }
    }
}
