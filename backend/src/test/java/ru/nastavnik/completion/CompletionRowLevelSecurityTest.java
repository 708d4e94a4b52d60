package ru.nastavnik.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Outsiders;

/** PostgreSQL alone keeps completion records inside their school, and keeps them as they were written. */
@QuarkusTest
class CompletionRowLevelSecurityTest {

    private static final List<String> TABLES = List.of("mentorship_completion", "completion_goal_result");

    @Inject
    EntityManager em;

    /** A completed pair of school A2 with its programme's goal and the completion record, written as that school. */
    private UUID seed() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        UUID mentor = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        List<String> statements = List.of("""
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate)
                VALUES (:mentor, :school, 'TEACHER', 'Наставник другой школы', true, false)
                """, """
                INSERT INTO school_order (id, school_id, kind, number, order_date, title, content, created_by)
                VALUES (:order, :school, 'MENTORSHIP_APPROVAL', 'rls-' || :order, current_date, 'Приказ', '{}',
                        'Куратор')
                """, """
                INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status,
                                        started_on, ended_on, order_id, origin, created_by, outcome)
                VALUES (:mentorship, :school, 'TEACHER_PUPIL', 'TRADITIONAL', :mentor, current_date,
                        current_date + 180, 'COMPLETED', current_date, current_date, :order, 'MANUAL', 'Куратор',
                        'EFFECTIVE')
                """, """
                INSERT INTO programme (id, mentorship_id, school_id, status, mode, meeting_frequency, starts_on,
                                       ends_on, created_by)
                VALUES (:programme, :mentorship, :school, 'DRAFT', 'IN_PERSON', 'WEEKLY', current_date,
                        current_date + 90, 'Куратор')
                """, """
                INSERT INTO programme_goal (id, programme_id, school_id, position, title)
                VALUES (:goal, :programme, :school, 0, 'Цель')
                """, """
                INSERT INTO mentorship_completion (mentorship_id, school_id, completed_on, final_meeting_held,
                                                   recorded_login, recorded_by)
                VALUES (:mentorship, :school, current_date, true, 'curator', 'Куратор')
                """, """
                INSERT INTO completion_goal_result (mentorship_id, goal_id, school_id, result)
                VALUES (:mentorship, :goal, :school, 'ACHIEVED')
                """);
        Map<String, UUID> ids = Map.of("mentor", mentor, "order", order, "mentorship",
                mentorship, "programme", programme, "goal", goal);
        for (String sql : statements) {
            var query = em.createNativeQuery(sql).setParameter("school", Demo.SCHOOL_A2);
            ids.forEach((name, id) -> {
                if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                    query.setParameter(name, id);
                }
            });
            query.executeUpdate();
        }
        return mentorship;
    }

    @Test
    @TestTransaction
    void onlyTheSchoolItselfSeesItsCompletionRecords() {
        seed();
        for (String table : TABLES) {
            assertThat(count(table)).as(table).isPositive();
        }
        for (String role : Outsiders.OF_SCHOOL_A2) {
            Outsiders.become(em, role);
            for (String table : TABLES) {
                assertThat(count(table)).as(table + " as " + role).isZero();
            }
        }
    }

    @Test
    @TestTransaction
    void aCompletionRecordCannotBeRewrittenEvenByItsOwnSchool() {
        UUID mentorship = seed();
        assertThatThrownBy(() -> em.createNativeQuery("UPDATE mentorship_completion SET final_meeting_held = false"
                + " WHERE mentorship_id = :m").setParameter("m", mentorship).executeUpdate())
                .hasStackTraceContaining("permission denied");
    }

    @Test
    @TestTransaction
    void aGoalsResultCannotBeDeleted() {
        UUID mentorship = seed();
        assertThatThrownBy(() -> em.createNativeQuery("DELETE FROM completion_goal_result WHERE mentorship_id = :m")
                .setParameter("m", mentorship).executeUpdate()).hasStackTraceContaining("permission denied");
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE school_id = '"
                + Demo.SCHOOL_A2 + "'").getSingleResult()).longValue();
    }
}
