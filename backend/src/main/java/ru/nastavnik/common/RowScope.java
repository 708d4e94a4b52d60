package ru.nastavnik.common;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/** The transaction-local settings that db/migration's row-level security policies read. */
public final class RowScope {

    private RowScope() {
    }

    public static void apply(EntityManager em, String role, UUID region, UUID municipality, UUID school) {
        em.createNativeQuery("""
                SELECT set_config('nastavnik.role', ?1, true),
                       set_config('nastavnik.region_id', ?2, true),
                       set_config('nastavnik.municipality_id', ?3, true),
                       set_config('nastavnik.school_id', ?4, true)
                """)
                .setParameter(1, role)
                .setParameter(2, text(region))
                .setParameter(3, text(municipality))
                .setParameter(4, text(school))
                .getSingleResult();
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }
}
