package ru.nastavnik.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.reporting.Campaigns.*;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.ScopedCalls.cast;
import static ru.nastavnik.support.ScopedCalls.inScope;
import static ru.nastavnik.support.ScopedCalls.sqlState;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.ScopedCalls.As;
import ru.nastavnik.support.Tokens;

/**
 * PostgreSQL alone keeps reports to their scope: a school reads its own, a municipality its schools' and its own,
 * the region all of the region's, the portal none; a submitted version cannot be changed by anyone, and the
 * history cannot be rewritten.
 */
@QuarkusTest
class ReportingRowLevelSecurityTest {

    @Inject
    EntityManager em;

    private static final As SCHOOL_A1 = new As("school", null, null, Demo.SCHOOL_A1);
    private static final As SCHOOL_A2 = new As("school", null, null, Demo.SCHOOL_A2);
    private static final As MUNI_A = new As("municipal", null, Demo.MUNI_A, null);
    private static final As MUNI_B = new As("municipal", null, Demo.MUNI_B, null);
    private static final As REGIONAL = new As("regional", Demo.REGION, null, null);
    private static final As OTHER_REGION = new As("regional", Demo.OTHER_REGION, null, null);
    private static final As PORTAL = new As("portal", Demo.REGION, null, null);
    private static final As SYSTEM = new As("system", null, null, null);

    private UUID campaign;
    private UUID schoolReport;
    private UUID municipalReport;

    @BeforeEach
    void reports() {
        campaign = open(Tokens.region(), Demo.REGION);
        schoolReport = submittedSchoolReport(Demo.SCHOOL_A1, campaign);
        municipalReport = UUID.fromString(as(Tokens.muni()).get(municipalReport(Demo.MUNI_A, campaign)).then()
                .statusCode(200).extract().path("id"));
    }

    @Test
    void eachReadsTheReportsOfItsOwnScopeAndThePortalNone() {
        for (String table : List.of("monitoring_report", "monitoring_report_version")) {
            assertThat(visible(SCHOOL_A1, table)).as(table).containsExactly(schoolReport);
            assertThat(visible(SCHOOL_A2, table)).as(table).isEmpty();
            assertThat(visible(MUNI_A, table)).as(table).containsExactlyInAnyOrder(schoolReport, municipalReport);
            assertThat(visible(MUNI_B, table)).as(table).isEmpty();
            assertThat(visible(REGIONAL, table)).as(table).containsExactlyInAnyOrder(schoolReport, municipalReport);
            assertThat(visible(OTHER_REGION, table)).as(table).isEmpty();
            assertThat(visible(PORTAL, table)).as(table).isEmpty();
        }
        assertThat(visible(SCHOOL_A1, "monitoring_report_event")).containsExactly(schoolReport);
        assertThat(visible(MUNI_B, "monitoring_report_event")).isEmpty();
        String campaigns = "SELECT count(*) FROM report_campaign WHERE id = '" + campaign + "'";
        assertThat(count(SCHOOL_A2, campaigns)).isEqualTo(1);
        assertThat(count(PORTAL, campaigns)).isZero();
        assertThat(count(OTHER_REGION, campaigns)).isZero();
    }

    @Test
    void aSubmittedVersionNeverChangesNotEvenForItsOwnSchool() {
        for (As caller : List.of(SCHOOL_A1, SYSTEM)) {
            assertThatThrownBy(() -> inScope(em, caller, () -> em.createNativeQuery(
                    "UPDATE monitoring_report_version SET done = 'Переписано' WHERE report_id = ?1")
                    .setParameter(1, schoolReport).executeUpdate())).as(caller.role())
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("55000"));
        }
        assertThatThrownBy(() -> inScope(em, SCHOOL_A1, () -> em.createNativeQuery(
                "UPDATE monitoring_report_event SET comment = 'Переписано' WHERE report_id = ?1")
                .setParameter(1, schoolReport).executeUpdate()))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
    }

    @Test
    void onlyTheAuthorAndTheLevelAboveWriteAReportAndARowMustSayTrulyWhereItBelongs() {
        String touch = "UPDATE monitoring_report SET updated_at = now() WHERE id = ?1";
        assertThat(update(SCHOOL_A2, touch, schoolReport)).isZero();
        assertThat(update(MUNI_B, touch, schoolReport)).isZero();
        assertThat(update(REGIONAL, touch, schoolReport)).isZero();
        assertThat(update(MUNI_A, touch, schoolReport)).isEqualTo(1);
        assertThat(update(REGIONAL, touch, municipalReport)).isEqualTo(1);
        assertThat(update(SCHOOL_A1, touch, municipalReport)).isZero();
        // A school's own row that claims another municipality would show to that municipality.
        assertThatThrownBy(() -> inScope(em, SCHOOL_A1, () -> em.createNativeQuery("""
                INSERT INTO monitoring_report (id, campaign_id, level, region_id, municipality_id, school_id, status)
                VALUES (gen_random_uuid(), ?1, 'SCHOOL', ?2, ?3, ?4, 'DRAFT')
                """).setParameter(1, open(Tokens.region(), Demo.REGION)).setParameter(2, Demo.REGION)
                .setParameter(3, Demo.MUNI_B).setParameter(4, Demo.SCHOOL_A1).executeUpdate()))
                .hasStackTraceContaining("row-level security");
    }

    private List<UUID> visible(As caller, String table) {
        String column = table.equals("monitoring_report") ? "id" : "report_id";
        return inScope(em, caller, () -> cast(em.createNativeQuery("SELECT DISTINCT " + column + " FROM " + table
                + " WHERE " + column + " IN (?1, ?2)").setParameter(1, schoolReport).setParameter(2, municipalReport)
                .getResultList()));
    }

    private long count(As caller, String sql) {
        return inScope(em, caller, () -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private int update(As caller, String sql, UUID id) {
        return inScope(em, caller, () -> em.createNativeQuery(sql).setParameter(1, id).executeUpdate());
    }
}
