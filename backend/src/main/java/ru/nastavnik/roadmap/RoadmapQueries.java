package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * The counting queries of roadmaps, by named column: the progress of each roadmap in a list, and the counts-only
 * progress of a place and the places below it from roadmap_progress (V23), which checks the caller's scope itself.
 */
@ApplicationScoped
class RoadmapQueries {

    /** One row of roadmap_progress: the place's own roadmap, a place below it, or the schools of a municipality. */
    record ProgressRow(String rowLevel, UUID municipalityId, UUID schoolId, int owners, int withRoadmap,
            ProgressCounts counts) {
    }

    @Inject
    EntityManager em;

    Map<UUID, ProgressCounts> progress(Collection<UUID> roadmaps, LocalDate today) {
        Map<UUID, ProgressCounts> found = new HashMap<>();
        if (roadmaps.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT roadmap_id,"
                + " count(*) FILTER (WHERE status <> 'CANCELLED') AS total,"
                + " count(*) FILTER (WHERE status = 'DONE') AS done,"
                + " count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress,"
                + " count(*) FILTER (WHERE roadmap_item_overdue(status, deadline_kind, deadline_date, :today)) AS overdue"
                + " FROM roadmap_item WHERE roadmap_id IN (:ids) GROUP BY roadmap_id", Tuple.class)
                .setParameter("ids", roadmaps).setParameter("today", today).getResultList();
        for (Tuple t : rows) {
            found.put(t.get("roadmap_id", UUID.class), ProgressCounts.of(number(t, "total"), number(t, "done"),
                    number(t, "in_progress"), number(t, "overdue")));
        }
        return found;
    }

    List<ProgressRow> progress(RoadmapLevel level, UUID id, int startYear, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT row_level, municipality_id, school_id, owners, with_roadmap,"
                + " total, done, in_progress, overdue FROM roadmap_progress(:level, :id, :year, :today)", Tuple.class)
                .setParameter("level", level.place()).setParameter("id", id).setParameter("year", startYear)
                .setParameter("today", today).getResultList();
        return rows.stream().map(t -> new ProgressRow(t.get("row_level", String.class),
                t.get("municipality_id", UUID.class), t.get("school_id", UUID.class), number(t, "owners"),
                number(t, "with_roadmap"), ProgressCounts.of(number(t, "total"), number(t, "done"),
                        number(t, "in_progress"), number(t, "overdue")))).toList();
    }

    private static int number(Tuple t, String column) {
        Number n = t.get(column, Number.class);
        return n == null ? 0 : n.intValue();
    }
}
