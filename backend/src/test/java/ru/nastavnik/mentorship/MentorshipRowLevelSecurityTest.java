package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Demo;

/** PostgreSQL alone keeps mentorships, their history and orders inside their school, and history unchangeable. */
@QuarkusTest
class MentorshipRowLevelSecurityTest {

    private static final List<String> TABLES = List.of("mentorship", "mentorship_mentee", "mentorship_event",
            "school_order");

    @Inject
    EntityManager em;

    /** A mentorship with its mentee, history entry and order in school A2, written under that school's scope. */
    private UUID seedInSchoolA2() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        UUID mentor = UUID.randomUUID();
        UUID mentee = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        run("""
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate) VALUES
                    (:mentor, :school, 'TEACHER', 'Наставник другой школы', true, false),
                    (:mentee, :school, 'PUPIL', 'Наставляемый другой школы', false, true)
                """, mentor, mentee, order, mentorship);
        run("""
                INSERT INTO school_order (id, school_id, kind, number, order_date, title, content, created_by)
                VALUES (:order, :school, 'MENTORSHIP_APPROVAL', 'rls-' || :order, current_date, 'Приказ', '{}',
                        'Куратор')
                """, mentor, mentee, order, mentorship);
        run("""
                INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status,
                                        order_id, origin, created_by)
                VALUES (:mentorship, :school, 'TEACHER_PUPIL', 'TRADITIONAL', :mentor, current_date,
                        current_date + 180, 'APPROVED', :order, 'MANUAL', 'Куратор')
                """, mentor, mentee, order, mentorship);
        run("""
                INSERT INTO mentorship_mentee (id, mentorship_id, participant_id, school_id, form)
                VALUES (gen_random_uuid(), :mentorship, :mentee, :school, 'TEACHER_PUPIL')
                """, mentor, mentee, order, mentorship);
        run("""
                INSERT INTO mentorship_event (id, mentorship_id, school_id, kind, to_status, actor_login, actor_name)
                VALUES (gen_random_uuid(), :mentorship, :school, 'PROPOSED', 'PROPOSED', 'curator', 'Куратор')
                """, mentor, mentee, order, mentorship);
        return mentorship;
    }

    @Test
    @TestTransaction
    void onlyTheSchoolItselfSeesItsMentorshipsHistoryAndOrders() {
        seedInSchoolA2();
        for (String table : TABLES) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                    .as(table).isPositive();
        }
        for (String role : List.of("school-a1", "regional", "municipal", "portal", "none")) {
            switch (role) {
                case "school-a1" -> RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
                case "regional" -> RowScope.apply(em, "regional", Demo.REGION, null, null);
                case "municipal" -> RowScope.apply(em, "municipal", null, Demo.MUNI_A, null);
                case "portal" -> RowScope.apply(em, "portal", Demo.REGION, null, null);
                default -> RowScope.apply(em, "", null, null, null);
            }
            for (String table : TABLES) {
                assertThat(count("SELECT count(*) FROM " + table + " WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                        .as(table + " as " + role).isZero();
            }
        }
    }

    @Test
    @TestTransaction
    void historyCannotBeRewrittenEvenByItsOwnSchool() {
        UUID mentorship = seedInSchoolA2();
        assertThatThrownBy(() -> em.createNativeQuery("UPDATE mentorship_event SET comment = 'подделка'"
                + " WHERE mentorship_id = :m").setParameter("m", mentorship).executeUpdate())
                .hasStackTraceContaining("permission denied");
    }

    @Test
    @TestTransaction
    void anIssuedOrderCannotBeDeleted() {
        seedInSchoolA2();
        assertThatThrownBy(() -> em.createNativeQuery("DELETE FROM school_order WHERE school_id = :s")
                .setParameter("s", Demo.SCHOOL_A2).executeUpdate()).hasStackTraceContaining("permission denied");
    }

    /** Runs one statement, binding whichever of the seed's ids it names. */
    private void run(String sql, UUID mentor, UUID mentee, UUID order, UUID mentorship) {
        var query = em.createNativeQuery(sql).setParameter("school", Demo.SCHOOL_A2);
        for (var p : java.util.Map.of("mentor", mentor, "mentee", mentee, "order", order, "mentorship", mentorship)
                .entrySet()) {
            if (java.util.regex.Pattern.compile(":" + p.getKey() + "\\b").matcher(sql).find()) {
                query.setParameter(p.getKey(), p.getValue());
            }
        }
        query.executeUpdate();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
