package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static ru.nastavnik.support.ScopedCalls.cast;
import static ru.nastavnik.support.ScopedCalls.inScope;
import static ru.nastavnik.support.ScopedCalls.sqlState;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.ScopedCalls.As;

/**
 * PostgreSQL alone keeps the figures to the caller's scope: the aggregate function refuses a region, municipality or
 * school the caller does not cover, answers counts only, and gives regional and municipal users no row of the
 * school tables behind it.
 */
@QuarkusTest
class MonitoringRowLevelSecurityTest {

    private static final List<String> SCHOOL_TABLES = List.of("participant", "mentorship", "mentorship_mentee",
            "questionnaire_response", "reward", "best_practice", "school_order");

    @Inject
    EntityManager em;

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    private static final As REGIONAL = new As("regional", KnownRegion.REGION, null, null);
    private static final As PORTAL = new As("portal", KnownRegion.REGION, null, null);
    private static final As MUNICIPAL = new As("municipal", null, KnownRegion.M1, null);
    private static final As SCHOOL = new As("school", null, null, KnownRegion.SCHOOL_1);
    private static final As OTHER_REGION = new As("regional", Demo.REGION, null, null);

    @BeforeEach
    void knownRegion() {
        KnownRegion.ensure(owner);
    }

    @Test
    void theFunctionAnswersEveryScopeForItsOwnPlaces() {
        assertThat(units(REGIONAL, "region", KnownRegion.REGION)).containsExactlyInAnyOrder(KnownRegion.M1,
                KnownRegion.M2);
        assertThat(units(PORTAL, "municipality", KnownRegion.M1)).contains(KnownRegion.SCHOOL_1);
        assertThat(units(MUNICIPAL, "school", KnownRegion.SCHOOL_2)).containsExactly(KnownRegion.SCHOOL_2);
        assertThat(units(SCHOOL, "school", KnownRegion.SCHOOL_1)).containsExactly(KnownRegion.SCHOOL_1);
    }

    @Test
    void theFunctionRefusesEveryPlaceOutsideTheCallersScope() {
        refused(OTHER_REGION, "region", KnownRegion.REGION);
        refused(OTHER_REGION, "municipality", KnownRegion.M1);
        refused(OTHER_REGION, "school", KnownRegion.SCHOOL_1);
        refused(MUNICIPAL, "region", KnownRegion.REGION);
        refused(MUNICIPAL, "municipality", KnownRegion.M2);
        refused(MUNICIPAL, "school", KnownRegion.SCHOOL_3);
        refused(SCHOOL, "school", KnownRegion.SCHOOL_2);
        refused(SCHOOL, "municipality", KnownRegion.M1);
        refused(SCHOOL, "region", KnownRegion.REGION);
        refused(PORTAL, "school", KnownRegion.SCHOOL_1);
        refused(new As("none", null, null, null), "school", KnownRegion.SCHOOL_1);
    }

    @Test
    void theFunctionAnswersCountsOnlyNamingNoPersonOrPair() {
        List<String> columns = inScope(em, REGIONAL, () -> cast(em.createNativeQuery("""
                SELECT a.name FROM pg_proc p, unnest(p.proargnames, p.proargmodes) WITH ORDINALITY AS a (name, mode, n)
                WHERE p.proname = 'monitoring_figures' AND a.mode = 't' ORDER BY a.n
                """).getResultList()));
        assertThat(columns).containsExactly("unit_id", "indicator", "form", "numerator", "denominator", "missing");
        Set<UUID> people = new HashSet<>(inScope(em, new As("system", null, null, null),
                () -> cast(em.createNativeQuery("SELECT id FROM participant UNION SELECT id FROM mentorship")
                        .getResultList())));
        assertThat(units(REGIONAL, "region", KnownRegion.REGION)).doesNotContainAnyElementsOf(people);
        assertThat(units(SCHOOL, "school", KnownRegion.SCHOOL_1)).doesNotContainAnyElementsOf(people);
    }

    @Test
    void regionalMunicipalAndPortalUsersStillReadNoRowOfTheSchoolsData() {
        String schools = "(SELECT id FROM school WHERE municipality_id IN ('" + KnownRegion.M1 + "', '"
                + KnownRegion.M2 + "'))";
        for (String table : SCHOOL_TABLES) {
            String count = "SELECT count(*) FROM " + table + " WHERE school_id IN " + schools;
            assertThat(inScope(em, SCHOOL, () -> ((Number) em.createNativeQuery(count).getSingleResult()).longValue()))
                    .as(table + " as the school").isPositive();
            for (As caller : List.of(REGIONAL, PORTAL, MUNICIPAL)) {
                assertThat(inScope(em, caller, () -> ((Number) em.createNativeQuery(count).getSingleResult()).longValue()))
                        .as(table + " as " + caller.role()).isZero();
            }
        }
    }

    @Test
    void onlyTheRegionsCoordinatorWritesTargetsAndAMunicipalityReadsItsOwnAndTheRegions() {
        UUID regionWide = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        inScope(em, REGIONAL, () -> {
            insertTarget(regionWide, null, 2031);
            insertTarget(first, KnownRegion.M1, 2031);
            insertTarget(second, KnownRegion.M2, 2031);
            return null;
        });
        String visible = "SELECT id FROM indicator_target WHERE start_year = 2031 AND region_id = '"
                + KnownRegion.REGION + "'";
        assertThat(inScope(em, MUNICIPAL, () -> cast(em.createNativeQuery(visible).getResultList())))
                .containsExactlyInAnyOrder(regionWide, first);
        assertThat(inScope(em, SCHOOL, () -> cast(em.createNativeQuery(visible).getResultList())))
                .containsExactlyInAnyOrder(regionWide, first);
        assertThat(inScope(em, OTHER_REGION, () -> cast(em.createNativeQuery(visible).getResultList()))).isEmpty();
        for (As caller : List.of(MUNICIPAL, PORTAL, SCHOOL, OTHER_REGION)) {
            assertThatThrownBy(() -> inScope(em, caller, () -> {
                insertTarget(UUID.randomUUID(), null, 2032);
                return null;
            })).as(caller.role()).hasStackTraceContaining("row-level security");
        }
        // The region's coordinator cannot hang a target on another region's municipality.
        assertThatThrownBy(() -> inScope(em, REGIONAL, () -> {
            em.createNativeQuery("""
                    INSERT INTO indicator_target (id, region_id, municipality_id, indicator, start_year, value,
                                                  document_number, document_date, updated_by)
                    VALUES (gen_random_uuid(), ?1, ?2, 'TEACHERS', 2033, 10, '1', current_date, 'К')
                    """).setParameter(1, KnownRegion.REGION).setParameter(2, Demo.MUNI_A).executeUpdate();
            return null;
        })).hasStackTraceContaining("row-level security");
    }

    private void insertTarget(UUID id, UUID municipality, int year) {
        em.createNativeQuery("""
                INSERT INTO indicator_target (id, region_id, municipality_id, indicator, start_year, value,
                                              document_number, document_date, updated_by)
                VALUES (?1, ?2, ?3, 'TEACHERS', ?4, 10, '1', current_date, 'К')
                """).setParameter(1, id).setParameter(2, KnownRegion.REGION).setParameter(3, municipality)
                .setParameter(4, year).executeUpdate();
    }

    private List<UUID> units(As caller, String level, UUID id) {
        return inScope(em, caller, () -> cast(em.createNativeQuery(
                "SELECT DISTINCT unit_id FROM monitoring_figures(?1, ?2, DATE '2026-09-01', DATE '2027-08-31', 2026)")
                .setParameter(1, level).setParameter(2, id).getResultList()));
    }

    private void refused(As caller, String level, UUID id) {
        assertThatThrownBy(() -> units(caller, level, id)).as(caller + " " + level)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
    }
}
