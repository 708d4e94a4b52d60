package ru.nastavnik.security;

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

/**
 * PostgreSQL alone keeps scopes apart: these queries carry no service filter at all, only the transaction-local
 * scope the API sets, and still return nothing outside it.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void theApplicationRoleOwnsNoTableSoPoliciesApplyToIt() {
        List<?> owners = em.createNativeQuery("""
                SELECT tablename FROM pg_tables
                WHERE schemaname = 'public' AND tableowner = current_user
                """).getResultList();
        assertThat(owners).isEmpty();
        Object rls = em.createNativeQuery("SELECT bool_and(rowsecurity) FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename IN ('region', 'municipality', 'school', 'school_contingent', 'curator')")
                .getSingleResult();
        assertThat(rls).isEqualTo(true);
    }

    @Test
    @TestTransaction
    void withoutAScopeNoRowIsVisible() {
        for (String table : List.of("region", "municipality", "school", "school_contingent", "curator", "participant",
                "consent", "questionnaire_response", "fill_link")) {
            assertThat(count("SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    @TestTransaction
    void aSchoolScopeSeesOnlyItsOwnSchoolAndItsChain() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        assertThat(ids("SELECT id FROM school")).containsExactly(Demo.SCHOOL_A1);
        assertThat(ids("SELECT DISTINCT school_id FROM curator")).containsExactly(Demo.SCHOOL_A1);
        assertThat(ids("SELECT DISTINCT school_id FROM school_contingent")).containsExactly(Demo.SCHOOL_A1);
        assertThat(ids("SELECT id FROM municipality")).containsExactly(Demo.MUNI_A);
        assertThat(ids("SELECT id FROM region")).containsExactly(Demo.REGION);
    }

    @Test
    @TestTransaction
    void aSchoolScopeCannotChangeOrDeleteAnotherSchoolsRows() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        assertThat(em.createNativeQuery("UPDATE school SET short_name = 'взлом' WHERE id <> :own")
                .setParameter("own", Demo.SCHOOL_A1).executeUpdate()).isZero();
        assertThat(em.createNativeQuery("DELETE FROM curator WHERE school_id <> :own")
                .setParameter("own", Demo.SCHOOL_A1).executeUpdate()).isZero();
    }

    @Test
    @TestTransaction
    void aSchoolScopeCannotInsertRowsForAnotherSchool() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        try {
            em.createNativeQuery("""
                    INSERT INTO curator (id, school_id, full_name, position, order_number, order_date)
                    VALUES (gen_random_uuid(), :foreign, 'Чужой', 'Учитель', '1', current_date)
                    """).setParameter("foreign", Demo.SCHOOL_B1).executeUpdate();
        } catch (RuntimeException refused) {
            assertThat(refused).hasStackTraceContaining("row-level security");
            return;
        }
        throw new AssertionError("PostgreSQL accepted a curator for a school outside the scope");
    }

    @Test
    @TestTransaction
    void aMunicipalScopeSeesOnlyItsMunicipalitysSchools() {
        RowScope.apply(em, "municipal", null, Demo.MUNI_A, null);
        List<UUID> municipalities = ids("SELECT DISTINCT municipality_id FROM school");
        assertThat(municipalities).containsExactly(Demo.MUNI_A);
        assertThat(ids("SELECT id FROM municipality")).containsExactly(Demo.MUNI_A);
    }

    @Test
    @TestTransaction
    void aRegionalScopeSeesNoOtherRegion() {
        RowScope.apply(em, "regional", Demo.REGION, null, null);
        assertThat(ids("SELECT id FROM region")).containsExactly(Demo.REGION);
        assertThat(ids("SELECT id FROM school")).contains(Demo.SCHOOL_A1, Demo.SCHOOL_B1)
                .doesNotContain(Demo.OTHER_SCHOOL);
    }

    @Test
    @TestTransaction
    void thePortalScopeSeesSchoolsButNoPersonalData() {
        RowScope.apply(em, "portal", Demo.REGION, null, null);
        assertThat(count("SELECT count(*) FROM school")).isPositive();
        assertThat(count("SELECT count(*) FROM curator")).isZero();
    }

    @Test
    @TestTransaction
    void participantsAreVisibleToTheirOwnSchoolOnlyAndNeverToRegionalUsers() {
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A2);
        em.createNativeQuery("""
                INSERT INTO participant (id, school_id, kind, full_name)
                VALUES (gen_random_uuid(), :school, 'PUPIL', 'Ученик другой школы')
                """).setParameter("school", Demo.SCHOOL_A2).executeUpdate();
        assertThat(count("SELECT count(*) FROM participant")).isPositive();
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        assertThat(ids("SELECT DISTINCT school_id FROM participant")).doesNotContain(Demo.SCHOOL_A2);
        RowScope.apply(em, "regional", Demo.REGION, null, null);
        assertThat(count("SELECT count(*) FROM participant")).isZero();
        RowScope.apply(em, "municipal", null, Demo.MUNI_A, null);
        assertThat(count("SELECT count(*) FROM participant WHERE kind NOT IN ('TEACHER', 'YOUNG_SPECIALIST', 'HEAD')"))
                .as("a municipal coordinator sees adult candidates for municipal match runs, never pupils").isZero();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql) {
        return (List<UUID>) em.createNativeQuery(sql).getResultList();
    }
}
