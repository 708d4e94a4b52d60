package ru.nastavnik.support;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import ru.nastavnik.common.RowScope;

/** Row-level security tests: the scopes a school's own rows must stay hidden from. */
public final class Scopes {

    private Scopes() {
    }

    /** The rows of an approved pair of school A2 that a table under a pair refers to. */
    public record Pair(UUID mentor, UUID mentee, UUID order, UUID mentorship) {

        /** The ids by the names a seed's statements bind them to. */
        public Map<String, UUID> ids() {
            return Map.of("mentor", mentor, "mentee", mentee, "order", order, "mentorship", mentorship);
        }
    }

    /**
     * A teacher–pupil pair of school A2 approved by an order, with its mentor and mentee, written under that
     * school's scope, which stays applied afterwards.
     */
    public static Pair pairInSchoolA2(EntityManager em) {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        Pair pair = new Pair(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        run(em, """
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate) VALUES
                    (:mentor, :school, 'TEACHER', 'Наставник другой школы', true, false),
                    (:mentee, :school, 'PUPIL', 'Наставляемый другой школы', false, true)
                """, pair.ids());
        run(em, """
                INSERT INTO school_order (id, school_id, kind, number, order_date, title, content, created_by)
                VALUES (:order, :school, 'MENTORSHIP_APPROVAL', 'rls-' || :order, current_date, 'Приказ', '{}',
                        'Куратор')
                """, pair.ids());
        run(em, """
                INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status,
                                        order_id, origin, created_by)
                VALUES (:mentorship, :school, 'TEACHER_PUPIL', 'TRADITIONAL', :mentor, current_date,
                        current_date + 180, 'APPROVED', :order, 'MANUAL', 'Куратор')
                """, pair.ids());
        run(em, """
                INSERT INTO mentorship_mentee (id, mentorship_id, participant_id, school_id, form)
                VALUES (gen_random_uuid(), :mentorship, :mentee, :school, 'TEACHER_PUPIL')
                """, pair.ids());
        return pair;
    }

    /** Runs one statement in school A2, binding whichever of the ids it names. */
    public static void run(EntityManager em, String sql, Map<String, UUID> ids) {
        var query = em.createNativeQuery(sql).setParameter("school", Demo.SCHOOL_A2);
        ids.forEach((name, id) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, id);
            }
        });
        query.executeUpdate();
    }

    /**
     * Runs the check once in each scope other than school A2's own: another school of its municipality, the
     * regional, municipal and portal users of its region, and no scope at all. The check gets the scope's name.
     */
    public static void outsidersOfSchoolA2(EntityManager em, Consumer<String> check) {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        check.accept("school-a1");
        RowScope.apply(em, "regional", Demo.REGION, null, null);
        check.accept("regional");
        RowScope.apply(em, "municipal", null, Demo.MUNI_A, null);
        check.accept("municipal");
        RowScope.apply(em, "portal", Demo.REGION, null, null);
        check.accept("portal");
        RowScope.apply(em, "", null, null, null);
        check.accept("none");
    }
}
