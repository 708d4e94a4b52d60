package ru.nastavnik.recognition;

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

/**
 * PostgreSQL alone keeps rewards and best practices inside their school: municipal, regional and portal users read
 * no row of these tables, only the published views, which carry nothing that identifies a participant and name only
 * those whose consent allows it.
 */
@QuarkusTest
class RecognitionRowLevelSecurityTest {

    private static final List<String> TABLES = List.of("reward", "best_practice", "best_practice_consent",
            "best_practice_attachment", "best_practice_file", "best_practice_event");

    @Inject
    EntityManager em;

    /** The ids of what {@link #seedInSchoolA2} wrote. */
    private record Seed(UUID practice, UUID mentor, UUID mentee) {
    }

    /**
     * In school A2 (municipality A): a completed pair of a teacher and a pupil, both with a consent to processing;
     * a submitted best practice that may name the teacher but not the pupil, with a photo of the pupil; a reward.
     */
    private Seed seedInSchoolA2() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        Map<String, UUID> ids = Map.of("mentor", UUID.randomUUID(), "mentee", UUID.randomUUID(), "order",
                UUID.randomUUID(), "mentorship", UUID.randomUUID(), "practice", UUID.randomUUID(), "attachment",
                UUID.randomUUID());
        run("""
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate, birth_date)
                VALUES (:mentor, :school, 'TEACHER', 'Учитель Названный', true, false, '1980-01-01'),
                       (:mentee, :school, 'PUPIL', 'Ученик Безымянный', false, true, '2012-03-15')
                """, ids);
        run("""
                INSERT INTO consent (id, participant_id, school_id, given_by, giver_name, given_on, scope, document_ref)
                VALUES (gen_random_uuid(), :mentor, :school, 'SELF', 'Учитель', current_date, 'Программа', '№ 1'),
                       (gen_random_uuid(), :mentee, :school, 'PARENT', 'Родитель', current_date, 'Программа', '№ 2')
                """, ids);
        run("""
                INSERT INTO school_order (id, school_id, kind, number, order_date, title, content, created_by)
                VALUES (:order, :school, 'MENTORSHIP_APPROVAL', 'rls-' || :order, current_date, 'Приказ', '{}', 'К')
                """, ids);
        run("""
                INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status,
                                        started_on, ended_on, order_id, origin, created_by)
                VALUES (:mentorship, :school, 'TEACHER_PUPIL', 'TRADITIONAL', :mentor, current_date,
                        current_date + 180, 'COMPLETED', current_date, current_date, :order, 'MANUAL', 'К')
                """, ids);
        run("""
                INSERT INTO mentorship_mentee (id, mentorship_id, participant_id, school_id, form, open)
                VALUES (gen_random_uuid(), :mentorship, :mentee, :school, 'TEACHER_PUPIL', false)
                """, ids);
        run("""
                INSERT INTO best_practice (id, school_id, mentorship_id, title, description, results, status,
                                           submitted_at, created_by)
                VALUES (:practice, :school, :mentorship, 'Практика A2', 'Описание', 'Результаты', 'SUBMITTED', now(),
                        'К')
                """, ids);
        run("""
                INSERT INTO best_practice_consent (id, practice_id, school_id, participant_id, role, publication,
                                                   given_by, giver_name, given_on, document_ref, recorded_by)
                VALUES (gen_random_uuid(), :practice, :school, :mentor, 'MENTOR', 'NAME', 'SELF', 'Учитель',
                        current_date, 'Согласие № 10', 'К'),
                       (gen_random_uuid(), :practice, :school, :mentee, 'MENTEE', 'ANONYMOUS', 'PARENT', 'Родитель',
                        current_date, 'Согласие № 11', 'К')
                """, ids);
        run("""
                INSERT INTO best_practice_attachment (id, practice_id, school_id, file_name, content_type, size_bytes,
                                                      sha256, people, uploaded_by)
                VALUES (:attachment, :practice, :school, 'Ученик Безымянный.jpg', 'image/jpeg', 3, repeat('0', 64),
                        ARRAY[:mentee]::uuid[], 'К')
                """, ids);
        run("INSERT INTO best_practice_file (attachment_id, school_id, content) VALUES (:attachment, :school, '\\xffd8ff')",
                ids);
        run("""
                INSERT INTO best_practice_event (id, practice_id, school_id, action, from_status, to_status,
                                                 actor_role, actor_login, actor_name)
                VALUES (gen_random_uuid(), :practice, :school, 'SUBMITTED', 'DRAFT', 'SUBMITTED', 'school', 'k', 'К')
                """, ids);
        run("""
                INSERT INTO reward (id, school_id, participant_id, mentorship_id, kind, title, awarded_on, awarded_by,
                                    created_by)
                VALUES (gen_random_uuid(), :school, :mentor, :mentorship, 'CERTIFICATE', 'Грамота', current_date,
                        'Директор', 'К')
                """, ids);
        return new Seed(ids.get("practice"), ids.get("mentor"), ids.get("mentee"));
    }

    @Test
    @TestTransaction
    void onlyTheSchoolItselfReadsItsRewardsPracticesConsentsAndMaterials() {
        seedInSchoolA2();
        for (String table : TABLES) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                    .as(table).isPositive();
        }
        for (String role : List.of("school-a1", "municipal", "regional", "portal", "none")) {
            as(role);
            for (String table : TABLES) {
                assertThat(count("SELECT count(*) FROM " + table + " WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                        .as(table + " as " + role).isZero();
            }
        }
    }

    @Test
    @TestTransaction
    void thePublishedViewsCarryNoParticipantsIdBirthDateContactOrConsentDocument() {
        List<?> columns = em.createNativeQuery("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_name LIKE 'published_best_practice%' ORDER BY 1
                """).getResultList();
        assertThat(columns).map(Object::toString).containsExactlyInAnyOrder(
                "published_best_practice.id", "published_best_practice.school_id",
                "published_best_practice.school_name", "published_best_practice.municipality_id",
                "published_best_practice.municipality_name", "published_best_practice.region_id",
                "published_best_practice.title", "published_best_practice.description",
                "published_best_practice.results", "published_best_practice.form", "published_best_practice.kind",
                "published_best_practice.started_on", "published_best_practice.ended_on",
                "published_best_practice.mentee_count", "published_best_practice.status",
                "published_best_practice.submitted_at", "published_best_practice.accepted_at",
                "published_best_practice.recommended_at", "published_best_practice.version",
                "published_best_practice_person.id", "published_best_practice_person.practice_id",
                "published_best_practice_person.role", "published_best_practice_person.full_name",
                "published_best_practice_person.photo_allowed",
                "published_best_practice_attachment.id", "published_best_practice_attachment.practice_id",
                "published_best_practice_attachment.caption", "published_best_practice_attachment.content_type",
                "published_best_practice_attachment.size_bytes", "published_best_practice_attachment.uploaded_at",
                "published_best_practice_file.id", "published_best_practice_file.practice_id",
                "published_best_practice_file.content");
    }

    @Test
    @TestTransaction
    void theMunicipalityReadsItsSchoolsSubmittedPracticeNamingOnlyWhoConsented() {
        Seed seed = seedInSchoolA2();
        as("municipal");
        assertThat(count("SELECT count(*) FROM published_best_practice WHERE id = '" + seed.practice() + "'"))
                .isEqualTo(1);
        assertThat(em.createNativeQuery("SELECT full_name FROM published_best_practice_person WHERE practice_id = '"
                + seed.practice() + "'").getResultList()).containsExactly("Учитель Названный");
        assertThat(count("SELECT count(*) FROM published_best_practice_attachment WHERE practice_id = '"
                + seed.practice() + "'")).as("a photo of a pupil who allowed no photo").isZero();
        assertThat(count("SELECT count(*) FROM published_best_practice_file WHERE practice_id = '"
                + seed.practice() + "'")).isZero();

        RowScope.apply(em, "municipal", null, Demo.MUNI_B, null);
        assertThat(count("SELECT count(*) FROM published_best_practice WHERE id = '" + seed.practice() + "'"))
                .as("another municipality").isZero();
        assertThat(count("SELECT count(*) FROM published_best_practice_person WHERE practice_id = '"
                + seed.practice() + "'")).isZero();
        for (String role : List.of("regional", "portal")) {
            as(role);
            assertThat(count("SELECT count(*) FROM published_best_practice WHERE id = '" + seed.practice() + "'"))
                    .as("a practice not yet accepted, as " + role).isZero();
        }
    }

    @Test
    @TestTransaction
    void theRegionReadsAnAcceptedPracticeOfItsMunicipalitiesOnly() {
        Seed seed = seedInSchoolA2();
        as("municipal");
        Number version = (Number) em.createNativeQuery("SELECT review_best_practice(:id, 0, 'ACCEPTED', '', 'muni',"
                + " 'Координатор')").setParameter("id", seed.practice()).getSingleResult();
        assertThat(version.intValue()).isEqualTo(1);
        for (String role : List.of("regional", "portal")) {
            as(role);
            assertThat(count("SELECT count(*) FROM published_best_practice WHERE id = '" + seed.practice() + "'"))
                    .as(role).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM best_practice WHERE id = '" + seed.practice() + "'"))
                    .as(role).isZero();
        }
        RowScope.apply(em, "regional", Demo.OTHER_REGION, null, null);
        assertThat(count("SELECT count(*) FROM published_best_practice WHERE id = '" + seed.practice() + "'"))
                .as("another region").isZero();
    }

    @Test
    @TestTransaction
    void onlyThePracticesOwnMunicipalityDecidesOnItAndOnlyFromTheVersionItSaw() {
        Seed seed = seedInSchoolA2();
        String review = "SELECT review_best_practice(:id, :version, :to, :comment, 'x', 'X')";
        for (String role : List.of("other-municipality", "school-a2", "regional")) {
            switch (role) {
                case "other-municipality" -> RowScope.apply(em, "municipal", null, Demo.MUNI_B, null);
                case "school-a2" -> RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
                default -> as(role);
            }
            assertThat(em.createNativeQuery(review).setParameter("id", seed.practice()).setParameter("version", 0)
                    .setParameter("to", "ACCEPTED").setParameter("comment", "").getSingleResult()).as(role).isNull();
        }
        as("municipal");
        assertThat(em.createNativeQuery(review).setParameter("id", seed.practice()).setParameter("version", 0)
                .setParameter("to", "RETURNED").setParameter("comment", " ").getSingleResult())
                .as("a return without a comment").isNull();
        assertThat(em.createNativeQuery(review).setParameter("id", seed.practice()).setParameter("version", 5)
                .setParameter("to", "ACCEPTED").setParameter("comment", "").getSingleResult())
                .as("a stale version").isNull();
        assertThat(em.createNativeQuery(review).setParameter("id", seed.practice()).setParameter("version", 0)
                .setParameter("to", "RECOMMENDED").setParameter("comment", "").getSingleResult())
                .as("recommending what is not accepted").isNull();
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        assertThat(em.createNativeQuery("SELECT status FROM best_practice WHERE id = :id")
                .setParameter("id", seed.practice()).getSingleResult()).isEqualTo("SUBMITTED");
        assertThat(count("SELECT count(*) FROM best_practice_event WHERE practice_id = '" + seed.practice() + "'"))
                .isEqualTo(1);
    }

    @Test
    @TestTransaction
    void aWithdrawalInAnotherSchoolsScopeTouchesNoConsentToPublish() {
        Seed seed = seedInSchoolA2();
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        assertThat(((Number) em.createNativeQuery("SELECT withdraw_publication(:p)").setParameter("p", seed.mentor())
                .getSingleResult()).intValue()).isZero();
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        assertThat(count("SELECT count(*) FROM best_practice_consent WHERE withdrawn_on IS NULL AND practice_id = '"
                + seed.practice() + "'")).isEqualTo(2);
    }

    @Test
    @TestTransaction
    void theReviewHistoryCannotBeRewrittenEvenByItsOwnSchool() {
        Seed seed = seedInSchoolA2();
        assertThatThrownBy(() -> em.createNativeQuery("UPDATE best_practice_event SET comment = 'подделка'"
                + " WHERE practice_id = :p").setParameter("p", seed.practice()).executeUpdate())
                .hasStackTraceContaining("permission denied");
    }

    @Test
    @TestTransaction
    void theApplicationMayOnlyReadThePublishedViews() {
        for (String view : List.of("published_best_practice", "published_best_practice_person",
                "published_best_practice_attachment", "published_best_practice_file")) {
            assertThat(em.createNativeQuery("SELECT has_table_privilege(current_user, :view, 'SELECT')")
                    .setParameter("view", view).getSingleResult()).as(view).isEqualTo(true);
            for (String write : List.of("INSERT", "UPDATE", "DELETE")) {
                assertThat(em.createNativeQuery("SELECT has_table_privilege(current_user, :view, :write)")
                        .setParameter("view", view).setParameter("write", write).getSingleResult())
                        .as(write + " on " + view).isEqualTo(false);
            }
        }
    }

    private void as(String role) {
        Outsiders.become(em, role);
    }

    /** Runs one statement, binding whichever of the seed's ids it names. */
    private void run(String sql, Map<String, UUID> ids) {
        var query = em.createNativeQuery(sql).setParameter("school", Demo.SCHOOL_A2);
        ids.forEach((name, id) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, id);
            }
        });
        query.executeUpdate();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
