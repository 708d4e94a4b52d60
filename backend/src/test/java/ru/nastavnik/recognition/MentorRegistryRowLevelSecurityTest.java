package ru.nastavnik.recognition;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * PostgreSQL alone keeps nominations inside their school: nobody else reads the table; the municipality reads its
 * schools' submitted nominations and the registry only through views that name a mentor only with their consent.
 */
@QuarkusTest
class MentorRegistryRowLevelSecurityTest {

    @Inject
    EntityManager em;

    /** In school A2: a named mentor's submitted nomination, an anonymous one's included one, and a draft. */
    private record Seed(UUID submitted, UUID included, UUID draft) {

        /** A condition on the id that keeps other tests' nominations of school A2 out of the counts. */
        String ids() {
            return "id IN ('" + submitted + "', '" + included + "', '" + draft + "')";
        }
    }

    private Seed seedInSchoolA2() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        Seed seed = new Seed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID named = mentor("Наставник Названный");
        UUID anonymous = mentor("Наставник Безымянный");
        UUID drafted = mentor("Наставник Черновой");
        nominate(seed.submitted(), named, "SUBMITTED", "NAME");
        nominate(seed.included(), anonymous, "INCLUDED", "ANONYMOUS");
        nominate(seed.draft(), drafted, "DRAFT", "NAME");
        return seed;
    }

    private UUID mentor(String name) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate, birth_date)
                VALUES (:id, :school, 'TEACHER', :name, true, false, '1980-01-01')
                """).setParameter("id", id).setParameter("school", Demo.SCHOOL_A2).setParameter("name", name)
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO consent (id, participant_id, school_id, given_by, giver_name, given_on, scope, document_ref)
                VALUES (gen_random_uuid(), :id, :school, 'SELF', :name, current_date, 'Программа', '№ 1')
                """).setParameter("id", id).setParameter("school", Demo.SCHOOL_A2).setParameter("name", name)
                .executeUpdate();
        return id;
    }

    private void nominate(UUID id, UUID participant, String status, String publication) {
        em.createNativeQuery("""
                INSERT INTO mentor_nomination (id, school_id, participant_id, status, description, mentor_kind,
                    completed_pairs, effective_pairs, training_status, rewards, consent_publication, consent_given_by,
                    consent_giver_name, consent_given_on, consent_document_ref, consent_recorded_by,
                    consent_recorded_at, submitted_at, included_at, created_by)
                VALUES (:id, :school, :participant, :status, 'Описание', 'TEACHER', 2, 1, 'TRAINED', '[]', :publication,
                    'SELF', 'Даватель Согласия', current_date, 'Согласие № 7', 'К', now(),
                    CASE WHEN :status <> 'DRAFT' THEN now() END, CASE WHEN :status = 'INCLUDED' THEN now() END, 'К')
                """).setParameter("id", id).setParameter("school", Demo.SCHOOL_A2)
                .setParameter("participant", participant).setParameter("status", status)
                .setParameter("publication", publication).executeUpdate();
    }

    @Test
    @TestTransaction
    void onlyTheSchoolItselfReadsItsNominationsTable() {
        Seed seed = seedInSchoolA2();
        assertThat(count("SELECT count(*) FROM mentor_nomination WHERE " + seed.ids())).isEqualTo(3);
        for (String role : Outsiders.OF_SCHOOL_A2) {
            Outsiders.become(em, role);
            assertThat(count("SELECT count(*) FROM mentor_nomination WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                    .as(role).isZero();
        }
    }

    @Test
    @TestTransaction
    void theMunicipalityReviewsItsSchoolsSubmittedNominationsNeverDraftsAndNamesOnlyWhoConsented() {
        Seed seed = seedInSchoolA2();
        Outsiders.become(em, "municipal");
        assertThat(ids("SELECT id FROM mentor_nomination_review WHERE " + seed.ids()))
                .containsExactlyInAnyOrder(seed.submitted(), seed.included());
        assertThat(em.createNativeQuery("SELECT full_name FROM mentor_nomination_review WHERE id = :id")
                .setParameter("id", seed.submitted()).getSingleResult()).isEqualTo("Наставник Названный");
        assertThat(em.createNativeQuery("SELECT full_name FROM mentor_nomination_review WHERE id = :id")
                .setParameter("id", seed.included()).getSingleResult()).as("an anonymous consent").isNull();

        RowScope.apply(em, "municipal", null, Demo.MUNI_B, null);
        assertThat(count("SELECT count(*) FROM mentor_nomination_review WHERE " + seed.ids()))
                .as("another municipality").isZero();
        assertThat(count("SELECT count(*) FROM mentor_registry WHERE " + seed.ids()))
                .as("another municipality's registry").isZero();
        Outsiders.become(em, "regional");
        assertThat(count("SELECT count(*) FROM mentor_nomination_review WHERE " + seed.ids()))
                .as("nothing recommended yet").isZero();
    }

    @Test
    @TestTransaction
    void theRegistryShowsIncludedMentorsToTheMunicipalitysSchoolsAndTheRegionWithoutTheirIds() {
        Seed seed = seedInSchoolA2();
        for (String role : List.of("school-a1", "municipal", "regional", "portal")) {
            Outsiders.become(em, role);
            assertThat(ids("SELECT id FROM mentor_registry WHERE " + seed.ids())).as(role)
                    .containsExactly(seed.included());
        }
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_B1);
        assertThat(count("SELECT count(*) FROM mentor_registry WHERE " + seed.ids()))
                .as("a school of another municipality, before the regional registry").isZero();
        RowScope.apply(em, "portal", Demo.OTHER_REGION, null, null);
        assertThat(count("SELECT count(*) FROM mentor_registry WHERE " + seed.ids()))
                .as("another region's portal").isZero();

        List<?> columns = em.createNativeQuery("""
                SELECT column_name FROM information_schema.columns
                WHERE table_name IN ('mentor_registry', 'mentor_nomination_review')
                  AND (column_name LIKE '%participant%' OR column_name LIKE '%birth%' OR column_name LIKE '%giver%'
                       OR column_name LIKE '%document%' OR column_name IN ('email', 'phone'))
                """).getResultList();
        assertThat(columns).isEmpty();
    }

    @Test
    @TestTransaction
    void onlyTheNominationsOwnCoordinatorsDecideAndOnlyFromTheVersionTheySaw() {
        Seed seed = seedInSchoolA2();
        String decide = "SELECT decide_mentor_nomination(:id, :version, :to, :comment, 'x', 'X')";
        for (String role : List.of("other-municipality", "school-a2", "regional")) {
            switch (role) {
                case "other-municipality" -> RowScope.apply(em, "municipal", null, Demo.MUNI_B, null);
                case "school-a2" -> RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
                default -> Outsiders.become(em, role);
            }
            assertThat(em.createNativeQuery(decide).setParameter("id", seed.submitted()).setParameter("version", 0)
                    .setParameter("to", "INCLUDED").setParameter("comment", "").getSingleResult()).as(role).isNull();
        }
        Outsiders.become(em, "municipal");
        assertThat(em.createNativeQuery(decide).setParameter("id", seed.submitted()).setParameter("version", 3)
                .setParameter("to", "INCLUDED").setParameter("comment", "").getSingleResult()).as("stale").isNull();
        assertThat(em.createNativeQuery(decide).setParameter("id", seed.submitted()).setParameter("version", 0)
                .setParameter("to", "RETURNED").setParameter("comment", " ").getSingleResult())
                .as("a return without a comment").isNull();
        assertThat(em.createNativeQuery(decide).setParameter("id", seed.draft()).setParameter("version", 0)
                .setParameter("to", "INCLUDED").setParameter("comment", "").getSingleResult()).as("a draft").isNull();
        assertThat(((Number) em.createNativeQuery(decide).setParameter("id", seed.submitted())
                .setParameter("version", 0).setParameter("to", "INCLUDED").setParameter("comment", "")
                .getSingleResult()).intValue()).isEqualTo(1);
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        assertThat(count("SELECT count(*) FROM mentor_nomination_event WHERE nomination_id = '" + seed.submitted()
                + "' AND to_status = 'INCLUDED' AND actor_role = 'municipal'")).isEqualTo(1);
    }

    private List<UUID> ids(String sql) {
        return em.createNativeQuery(sql).getResultList().stream().map(o -> (UUID) o).toList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
