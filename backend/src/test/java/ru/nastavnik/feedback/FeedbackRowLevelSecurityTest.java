package ru.nastavnik.feedback;

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
import ru.nastavnik.support.Outsiders;

/** PostgreSQL alone keeps feedback schedules, deliveries and their e-mail inside their school. */
@QuarkusTest
class FeedbackRowLevelSecurityTest {

    private static final List<String> TABLES = List.of("feedback_schedule", "feedback_delivery", "feedback_mail",
            "feedback_delivery_view");

    @Inject
    EntityManager em;

    /** A pair with its schedule, one delivery and its e-mail in school A2, written under that school's scope. */
    private UUID seedInSchoolA2() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        UUID mentor = UUID.randomUUID();
        UUID mentee = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        run("""
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate, email)
                VALUES (:mentor, :school, 'TEACHER', 'Наставник другой школы', true, false, null),
                       (:mentee, :school, 'PUPIL', 'Наставляемый другой школы', false, true, 'family@example.ru')
                """, mentor, mentee, mentorship, delivery);
        run("""
                INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status,
                                        origin, created_by)
                VALUES (:mentorship, :school, 'TEACHER_PUPIL', 'TRADITIONAL', :mentor, current_date,
                        current_date + 180, 'PROPOSED', 'MANUAL', 'Куратор')
                """, mentor, mentee, mentorship, delivery);
        run("""
                INSERT INTO feedback_schedule (mentorship_id, school_id, mode, first_after_months, every_months,
                                               effective_from, updated_by, updated_at, version)
                VALUES (:mentorship, :school, 'PERIODIC', 1, 2, current_date, 'Куратор', now(), 1)
                """, mentor, mentee, mentorship, delivery);
        run("""
                INSERT INTO feedback_delivery (id, school_id, mentorship_id, participant_id, purpose, family_id,
                                               due_on, state, channel)
                VALUES (:delivery, :school, :mentorship, :mentee, 'ENTRY', '60000000-0000-0000-0000-000000000008',
                        current_date, 'MAILING', 'EMAIL')
                """, mentor, mentee, mentorship, delivery);
        run("""
                INSERT INTO feedback_mail (id, delivery_id, school_id, recipient, status, next_attempt_at)
                VALUES (gen_random_uuid(), :delivery, :school, 'family@example.ru', 'QUEUED', now())
                """, mentor, mentee, mentorship, delivery);
        return delivery;
    }

    @Test
    @TestTransaction
    void onlyTheSchoolItselfSeesItsFeedback() {
        seedInSchoolA2();
        for (String table : TABLES) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                    .as(table).isPositive();
        }
        for (String role : Outsiders.OF_SCHOOL_A2) {
            Outsiders.become(em, role);
            for (String table : TABLES) {
                assertThat(count("SELECT count(*) FROM " + table + " WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                        .as(table + " as " + role).isZero();
            }
        }
    }

    @Test
    @TestTransaction
    void anotherSchoolCannotWriteIntoTheSchoolsFeedback() {
        UUID delivery = seedInSchoolA2();
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        assertThat(em.createNativeQuery("UPDATE feedback_delivery SET state = 'CANCELLED', cancel_reason = 'x'"
                + " WHERE id = :id").setParameter("id", delivery).executeUpdate()).isZero();
        assertThatThrownBy(() -> em.createNativeQuery("""
                INSERT INTO feedback_mail (id, delivery_id, school_id, recipient, status, next_attempt_at)
                VALUES (gen_random_uuid(), :delivery, :school, 'x@example.ru', 'QUEUED', now())
                """).setParameter("delivery", delivery).setParameter("school", Demo.SCHOOL_A2).executeUpdate())
                .hasStackTraceContaining("row-level security");
    }

    @Test
    @TestTransaction
    void deliveriesAreARecordThatIsNeverDeleted() {
        seedInSchoolA2();
        assertThatThrownBy(() -> em.createNativeQuery("DELETE FROM feedback_delivery WHERE school_id = :s")
                .setParameter("s", Demo.SCHOOL_A2).executeUpdate()).hasStackTraceContaining("permission denied");
    }

    /** Runs one statement, binding whichever of the seed's ids it names. */
    private void run(String sql, UUID mentor, UUID mentee, UUID mentorship, UUID delivery) {
        var query = em.createNativeQuery(sql).setParameter("school", Demo.SCHOOL_A2);
        for (var p : java.util.Map.of("mentor", mentor, "mentee", mentee, "mentorship", mentorship, "delivery",
                delivery).entrySet()) {
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
