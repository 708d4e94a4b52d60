package ru.nastavnik.diary;

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

/** PostgreSQL alone keeps a school's diary (meetings, attendance, activities worked on, links) inside the school. */
@QuarkusTest
class DiaryRowLevelSecurityTest {

    private static final List<String> TABLES = List.of("meeting", "meeting_attendance", "meeting_activity",
            "diary_link");

    @Inject
    EntityManager em;

    /** The seeded meeting (its diary link has the same id) and an activity of the plan it did not work on. */
    private record Seed(UUID meeting, UUID spare) {
    }

    /** A pair of school A2 with a programme activity, a held meeting that worked on it and a diary link. */
    private Seed seedInSchoolA2() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        UUID mentor = UUID.randomUUID();
        UUID mentee = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        UUID spare = UUID.randomUUID();
        String sql = """
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate) VALUES
                    (:mentor, :school, 'TEACHER', 'Наставник другой школы', true, false),
                    (:mentee, :school, 'PUPIL', 'Наставляемый другой школы', false, true);
                INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status,
                                        origin, created_by)
                VALUES (:mentorship, :school, 'TEACHER_PUPIL', 'TRADITIONAL', :mentor, current_date - 10,
                        current_date + 170, 'PROPOSED', 'MANUAL', 'Куратор');
                INSERT INTO programme (id, mentorship_id, school_id, status, mode, meeting_frequency, starts_on,
                                       ends_on, created_by)
                VALUES (:activity, :mentorship, :school, 'DRAFT', 'IN_PERSON', 'WEEKLY', current_date - 10,
                        current_date + 170, 'Куратор');
                INSERT INTO programme_activity (id, programme_id, school_id, position, direction, title, due_on,
                                                performer, status)
                VALUES (:activity, :activity, :school, 0, 'STUDY', 'Мероприятие', current_date, 'BOTH', 'PLANNED'),
                       (:spare, :activity, :school, 1, 'STUDY', 'Другое', current_date, 'BOTH', 'PLANNED');
                INSERT INTO meeting (id, mentorship_id, school_id, kind, held, held_on, duration_minutes, format,
                                     topic, recorded_via, recorded_by)
                VALUES (:meeting, :mentorship, :school, 'REGULAR', true, current_date, 45, 'IN_PERSON', 'Встреча',
                        'CURATOR', 'Куратор');
                INSERT INTO meeting_attendance (meeting_id, participant_id, school_id, present)
                VALUES (:meeting, :mentee, :school, true);
                INSERT INTO meeting_activity (meeting_id, activity_id) VALUES (:meeting, :activity);
                INSERT INTO diary_link (id, token_hash, mentorship_id, school_id, created_by, expires_at)
                VALUES (:meeting, repeat('a', 32) || replace(CAST(:meeting AS text), '-', ''), :mentorship, :school,
                        'curator', now() + interval '30 days');
                """;
        for (String statement : sql.split(";\n")) {
            var query = em.createNativeQuery(statement);
            for (var p : java.util.Map.of("school", Demo.SCHOOL_A2, "mentor", mentor, "mentee", mentee, "mentorship",
                    mentorship, "activity", activity, "meeting", meeting, "spare", spare).entrySet()) {
                if (java.util.regex.Pattern.compile(":" + p.getKey() + "\\b").matcher(statement).find()) {
                    query.setParameter(p.getKey(), p.getValue());
                }
            }
            query.executeUpdate();
        }
        return new Seed(meeting, spare);
    }

    @Test
    @TestTransaction
    void onlyTheSchoolItselfSeesItsDiary() {
        UUID meeting = seedInSchoolA2().meeting();
        for (String table : TABLES) {
            assertThat(count(table, meeting)).as(table).isPositive();
        }
        for (String role : Outsiders.OF_SCHOOL_A2) {
            Outsiders.become(em, role);
            for (String table : TABLES) {
                assertThat(count(table, meeting)).as(table + " as " + role).isZero();
            }
        }
    }

    @Test
    @TestTransaction
    void anotherSchoolCannotChangeDeleteOrAddToTheDiary() {
        Seed seed = seedInSchoolA2();
        UUID meeting = seed.meeting();
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        assertThat(em.createNativeQuery("UPDATE meeting SET topic = 'подделка' WHERE id = :m")
                .setParameter("m", meeting).executeUpdate()).isZero();
        assertThat(em.createNativeQuery("UPDATE diary_link SET expires_at = now() + interval '1 year'"
                + " WHERE id = :m").setParameter("m", meeting).executeUpdate()).isZero();
        assertThat(em.createNativeQuery("DELETE FROM meeting_attendance WHERE meeting_id = :m")
                .setParameter("m", meeting).executeUpdate()).isZero();
        assertThat(em.createNativeQuery("DELETE FROM meeting_activity WHERE meeting_id = :m")
                .setParameter("m", meeting).executeUpdate()).isZero();
        assertThatThrownBy(() -> em.createNativeQuery("INSERT INTO meeting_activity (meeting_id, activity_id)"
                + " VALUES (:m, :a)").setParameter("m", meeting).setParameter("a", seed.spare()).executeUpdate())
                .hasStackTraceContaining("row-level security");
    }

    @Test
    @TestTransaction
    void aSchoolCannotWriteADiaryEntryOrLinkForAnotherSchool() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        UUID pair = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate)
                VALUES (:p, :own, 'TEACHER', 'Наставник', true, false)
                """).setParameter("p", pair).setParameter("own", Demo.SCHOOL_A1).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status,
                                        origin, created_by)
                VALUES (:p, :own, 'TEACHER_PUPIL', 'TRADITIONAL', :p, current_date, current_date + 100, 'PROPOSED',
                        'MANUAL', 'Куратор')
                """).setParameter("p", pair).setParameter("own", Demo.SCHOOL_A1).executeUpdate();
        assertThatThrownBy(() -> em.createNativeQuery("""
                INSERT INTO meeting (id, mentorship_id, school_id, kind, held, held_on, format, topic, recorded_via,
                                     recorded_by)
                VALUES (gen_random_uuid(), :p, :foreign, 'REGULAR', false, current_date, 'REMOTE', 'Встреча',
                        'CURATOR', 'Куратор')
                """).setParameter("p", pair).setParameter("foreign", Demo.SCHOOL_A2).executeUpdate())
                .hasStackTraceContaining("row-level security");
    }

    /**
     * A school's own meeting cannot be made to name another school's pupil or to work on another school's activity:
     * the foreign keys alone would let both through, since they do not look through row-level security.
     */
    @Test
    @TestTransaction
    void aSchoolsMeetingCannotReachAnotherSchoolsPupilOrActivity() {
        Seed foreign = seedInSchoolA2();
        UUID foreignPupil = (UUID) em.createNativeQuery("SELECT participant_id FROM meeting_attendance"
                + " WHERE meeting_id = :m").setParameter("m", foreign.meeting()).getSingleResult();
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        UUID own = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate)
                VALUES (:p, :own, 'TEACHER', 'Наставник', true, false)
                """).setParameter("p", own).setParameter("own", Demo.SCHOOL_A1).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status,
                                        origin, created_by)
                VALUES (:p, :own, 'TEACHER_PUPIL', 'TRADITIONAL', :p, current_date - 5, current_date + 100,
                        'PROPOSED', 'MANUAL', 'Куратор')
                """).setParameter("p", own).setParameter("own", Demo.SCHOOL_A1).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO meeting (id, mentorship_id, school_id, kind, held, held_on, duration_minutes, format,
                                     topic, recorded_via, recorded_by)
                VALUES (:p, :p, :own, 'REGULAR', true, current_date, 45, 'IN_PERSON', 'Встреча', 'CURATOR',
                        'Куратор')
                """).setParameter("p", own).setParameter("own", Demo.SCHOOL_A1).executeUpdate();

        assertThatThrownBy(() -> em.createNativeQuery("INSERT INTO meeting_attendance (meeting_id, participant_id,"
                + " school_id, present) VALUES (:m, :pupil, :own, true)").setParameter("m", own)
                .setParameter("pupil", foreignPupil).setParameter("own", Demo.SCHOOL_A1).executeUpdate())
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> em.createNativeQuery("INSERT INTO meeting_activity (meeting_id, activity_id)"
                + " VALUES (:m, :a)").setParameter("m", own).setParameter("a", foreign.spare()).executeUpdate())
                .hasStackTraceContaining("row-level security");
    }

    /** Every policy of the school's own rows reads the caller's scope once per statement, not once per row. */
    @Test
    @TestTransaction
    void noPolicyCallsTheScopeFunctionsPerRow() {
        List<?> perRow = em.createNativeQuery("SELECT tablename || '.' || policyname FROM pg_policies"
                + " WHERE qual = 'own_school(school_id)' OR with_check = 'own_school(school_id)'").getResultList();
        assertThat(perRow).isEmpty();
    }

    /** The rows of the seeded meeting (or its link, which shares its id) in a table. */
    private long count(String table, UUID meeting) {
        String column = table.equals("meeting") || table.equals("diary_link") ? "id" : "meeting_id";
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + column + " = :m")
                .setParameter("m", meeting).getSingleResult()).longValue();
    }
}
