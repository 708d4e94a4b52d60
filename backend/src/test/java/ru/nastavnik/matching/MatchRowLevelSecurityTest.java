package ru.nastavnik.matching;

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

/**
 * PostgreSQL alone keeps a school's runs with the school and a municipal run with its municipality, and lets a
 * municipal coordinator read adult candidates with a consent, never pupils.
 */
@QuarkusTest
class MatchRowLevelSecurityTest {

    private static final List<String> TABLES = List.of("match_run", "match_proposal", "match_unmatched",
            "match_exclusion");

    @Inject
    EntityManager em;

    private UUID participant(UUID school, String kind, boolean candidate, boolean consent) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate,"
                + " mentee_candidate) VALUES (:id, :school, :kind, 'Участник', :candidate, :candidate)")
                .setParameter("id", id).setParameter("school", school).setParameter("kind", kind)
                .setParameter("candidate", candidate).executeUpdate();
        if (consent) {
            em.createNativeQuery("INSERT INTO consent (id, participant_id, school_id, given_by, giver_name, given_on,"
                    + " scope, document_ref) VALUES (gen_random_uuid(), :id, :school, 'SELF', 'Участник',"
                    + " current_date, 'Программа', '№ 1')").setParameter("id", id).setParameter("school", school)
                    .executeUpdate();
        }
        return id;
    }

    /** A run with one proposal, one unmatched mentee and one exclusion, in a school's or a municipality's scope. */
    private void seedRun(UUID school, UUID municipality, UUID mentor, UUID mentee) {
        UUID run = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO match_run (id, school_id, municipality_id, form, shape, kind, weights, mentor_ids,
                                       mentee_ids, mentor_count, mentee_count, matched_count, total_score,
                                       max_pair_score, blocking_pairs, excluded_mentors, solver_stats, status,
                                       created_by)
                VALUES (:run, :school, :municipality, 'TEACHER_TEACHER', 'PAIR', 'TRADITIONAL', '{}', ARRAY[:mentor],
                        ARRAY[:mentee], 1, 1, 1, 500, 1000, 0, '{}', '{}', 'OPEN', 'Куратор')
                """).setParameter("run", run).setParameter("school", school)
                .setParameter("municipality", municipality).setParameter("mentor", mentor)
                .setParameter("mentee", mentee).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO match_proposal (id, run_id, school_id, municipality_id, position, mentor_id, mentee_id,
                                            mentee_school_id, score, status)
                VALUES (gen_random_uuid(), :run, :school, :municipality, 0, :mentor, :mentee, :menteeSchool, 500,
                        'PROPOSED')
                """).setParameter("run", run).setParameter("school", school)
                .setParameter("municipality", municipality).setParameter("mentor", mentor)
                .setParameter("mentee", mentee).setParameter("menteeSchool", Demo.SCHOOL_A2).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO match_unmatched (id, run_id, school_id, municipality_id, position, mentee_id,
                                             mentee_school_id, reason, excluded_mentors, eligible_mentors)
                VALUES (gen_random_uuid(), :run, :school, :municipality, 0, :mentee, :menteeSchool,
                        'NO_CAPACITY_LEFT', '{}', 1)
                """).setParameter("run", run).setParameter("school", school)
                .setParameter("municipality", municipality).setParameter("mentee", mentee)
                .setParameter("menteeSchool", Demo.SCHOOL_A2).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO match_exclusion (id, school_id, municipality_id, mentor_id, mentee_id, created_by)
                VALUES (gen_random_uuid(), :school, :municipality, :mentor, :mentee, 'Куратор')
                """).setParameter("school", school).setParameter("municipality", municipality)
                .setParameter("mentor", mentor).setParameter("mentee", mentee).executeUpdate();
    }

    /** The seeded rows of a table that the current scope sees: those naming the test's own mentor. */
    private long count(String table, UUID mentor) {
        String mine = switch (table) {
            case "match_run" -> ":mentor = ANY (mentor_ids)";
            case "match_unmatched" -> "run_id IN (SELECT id FROM match_run WHERE :mentor = ANY (mentor_ids))";
            default -> "mentor_id = :mentor";
        };
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + mine)
                .setParameter("mentor", mentor).getSingleResult()).longValue();
    }

    @Test
    @TestTransaction
    void aSchoolsRunsStayWithTheSchoolAndAMunicipalRunWithItsMunicipality() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        UUID mentor = participant(Demo.SCHOOL_A2, "TEACHER", true, true);
        UUID mentee = participant(Demo.SCHOOL_A2, "YOUNG_SPECIALIST", true, true);
        seedRun(Demo.SCHOOL_A2, null, mentor, mentee);
        RowScope.apply(em, "municipal", null, Demo.MUNI_A, null);
        seedRun(null, Demo.MUNI_A, mentor, mentee);
        for (String table : TABLES) {
            assertThat(count(table, mentor)).as(table + " of the municipality").isEqualTo(1);
        }

        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        for (String table : TABLES) {
            assertThat(count(table, mentor)).as(table + " of the school").isEqualTo(1);
        }
        for (String role : List.of("school-a1", "other-municipality", "regional", "portal", "none")) {
            switch (role) {
                case "school-a1" -> RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
                case "other-municipality" -> RowScope.apply(em, "municipal", null, Demo.MUNI_B, null);
                case "regional" -> RowScope.apply(em, "regional", Demo.REGION, null, null);
                case "portal" -> RowScope.apply(em, "portal", Demo.REGION, null, null);
                default -> RowScope.apply(em, "", null, null, null);
            }
            for (String table : TABLES) {
                assertThat(count(table, mentor)).as(table + " as " + role).isZero();
            }
        }
    }

    @Test
    @TestTransaction
    void aMunicipalRunOfAFormWithMinorsCannotBeStored() {
        RowScope.apply(em, "municipal", null, Demo.MUNI_A, null);
        assertThatThrownBy(() -> em.createNativeQuery("""
                INSERT INTO match_run (id, municipality_id, form, shape, kind, weights, mentor_ids, mentee_ids,
                                       mentor_count, mentee_count, matched_count, total_score, max_pair_score,
                                       blocking_pairs, excluded_mentors, solver_stats, status, created_by)
                VALUES (gen_random_uuid(), :municipality, 'PUPIL_PUPIL', 'PAIR', 'TRADITIONAL', '{}', '{}', '{}',
                        0, 0, 0, 0, 1000, 0, '{}', '{}', 'CLOSED', 'Координатор')
                """).setParameter("municipality", Demo.MUNI_A).executeUpdate())
                .hasStackTraceContaining("match_run_check");
    }

    @Test
    @TestTransaction
    void aMunicipalCoordinatorReadsOnlyAdultCandidatesWithAConsentInForce() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        UUID adult = participant(Demo.SCHOOL_A2, "TEACHER", true, true);
        UUID withoutConsent = participant(Demo.SCHOOL_A2, "YOUNG_SPECIALIST", true, false);
        UUID pupil = participant(Demo.SCHOOL_A2, "PUPIL", true, true);
        UUID notCandidate = participant(Demo.SCHOOL_A2, "TEACHER", false, true);

        RowScope.apply(em, "municipal", null, Demo.MUNI_A, null);
        @SuppressWarnings("unchecked")
        List<UUID> visible = em.createNativeQuery("SELECT id FROM participant WHERE id IN (:ids)")
                .setParameter("ids", List.of(adult, withoutConsent, pupil, notCandidate)).getResultList();
        assertThat(visible).containsExactly(adult);
        RowScope.apply(em, "municipal", null, Demo.MUNI_B, null);
        assertThat(em.createNativeQuery("SELECT id FROM participant WHERE id = :id").setParameter("id", adult)
                .getResultList()).isEmpty();
    }

    @Test
    @TestTransaction
    void aRunIsARecordThatIsNeverDeleted() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        assertThatThrownBy(() -> em.createNativeQuery("DELETE FROM match_run").executeUpdate())
                .hasStackTraceContaining("permission denied");
    }
}
