package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.ScopedCalls.cast;
import static ru.nastavnik.support.ScopedCalls.inScope;
import static ru.nastavnik.support.ScopedCalls.sqlState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import ru.nastavnik.support.ScopedCalls.As;

/**
 * The programme's funnel and the mentees' impact of a region known by hand (monitoring/funnel-region.sql, whose
 * comments tell each person's and pair's story). Every number below is counted in the comment above it.
 */
@QuarkusTest
class MonitoringFunnelTest {

    private static final String YEAR = "?year=2026&asOf=2027-08-31";
    private static final List<String> STAGES = List.of("CONSENTED", "QUESTIONNAIRE", "MATCHED", "ACTIVE",
            "COMPLETED", "EFFECTIVE");

    @Inject
    EntityManager em;

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    @BeforeEach
    void funnelRegion() {
        FunnelRegion.ensure(owner);
    }

    @Test
    void eachStageCountsThePeopleWhoPassedItAndEveryStageBefore() {
        JsonPath j = figures(FunnelRegion.regional(), "/api/regions/" + FunnelRegion.REGION + "/figures" + YEAR);
        List<Map<String, Object>> funnel = j.getList("funnel");
        assertThat(funnel).extracting(s -> s.get("stage")).containsExactlyElementsOf(STAGES);
        for (Map<String, Object> s : funnel) {
            FunnelStage stage = FunnelStage.valueOf((String) s.get("stage"));
            assertThat(s.get("title")).isEqualTo(stage.title);
            assertThat(s.get("definition")).isEqualTo(stage.definition);
        }
        // With consent on the year's last day: school 1 all but Ж (withdrawn in March); М of school 2, О of school 3;
        // Н gave hers after the year. A questionnaire: all of them but Е. Matched: А (in five pairs, once), Б, В, Г
        // (only proposed), Д, З (terminated after the order), И, К; Л's pair was rejected, М and О have none. Active:
        // all matched but Г. Completed: А, Б, И, К (З's pair was terminated). Effective: А, Б, К.
        assertThat(counts(funnel)).containsExactly(12L, 11L, 8L, 7L, 4L, 3L);
        assertThat(counts(unitFunnel(j, FunnelRegion.F1))).containsExactly(11L, 10L, 8L, 7L, 4L, 3L);
        assertThat(counts(unitFunnel(j, FunnelRegion.F2))).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
    }

    @Test
    void aSchoolsFunnelHasItsOwnPeopleAndTheHalfYearEndsItsStages() {
        JsonPath school = figures(FunnelRegion.municipal(FunnelRegion.F1),
                "/api/schools/" + FunnelRegion.SCHOOL_1 + "/figures" + YEAR);
        assertThat(counts(school.getList("funnel"))).containsExactly(10L, 9L, 8L, 7L, 4L, 3L);
        assertThat(school.getList("unitFunnel")).isEmpty();

        // By 31 January Ж's consent was still in force, but her questionnaire is erased; only p01 (А, Б) had
        // completed, effectively.
        JsonPath half = figures(FunnelRegion.municipal(FunnelRegion.F1),
                "/api/municipalities/" + FunnelRegion.F1 + "/figures?half=2026-1&asOf=2027-08-31");
        assertThat(counts(half.getList("funnel"))).containsExactly(12L, 10L, 8L, 7L, 2L, 2L);
        assertThat(counts(unitFunnel(half, FunnelRegion.SCHOOL_2))).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
    }

    @Test
    void theMenteesImpactIsTheMeanChangeOfTheMeasuredMenteesOfCompletedPairs() {
        JsonPath j = figures(FunnelRegion.municipal(FunnelRegion.F1),
                "/api/municipalities/" + FunnelRegion.F1 + "/figures" + YEAR);
        Map<String, Object> impact = j.getMap("indicators.find { it.indicator == 'MENTEE_IMPACT' }");
        assertThat(impact.get("unit")).isEqualTo("CHANGE");
        // Б: (7 − 4 + 6 − 5) / 2 = 2 (her second answer in October is no entry); И: (6 − 8 + 7 − 8) / 2 = −1.5 (the
        // erased answer is never the entry); К has no final answer; З's pair was terminated. (2 − 1.5) / 2 = 0.25.
        Map<?, ?> f = (Map<?, ?>) impact.get("figure");
        assertThat(number(f.get("value"))).isEqualByComparingTo("0.25");
        assertThat(number(f.get("numerator"))).isEqualByComparingTo("0.5");
        assertThat(number(f.get("denominator"))).isEqualByComparingTo("2");
        assertThat(number(j.getMap("indicators.find { it.indicator == 'MENTEE_IMPACT' }.byForm.find {"
                + " it.form == 'TEACHER_PUPIL' }.figure").get("value"))).isEqualByComparingTo("0.25");

        // The trend, from the same single call: p01 completed in the first half-year, p06 and p07 in the second.
        List<Map<String, Object>> trend = j.getList("indicators.find { it.indicator == 'MENTEE_IMPACT' }.trend");
        assertThat(trend).extracting(p -> p.get("key")).containsExactly("2025-1", "2025-2", "2026-1", "2026-2");
        assertThat(((Map<?, ?>) trend.get(1).get("figure")).get("noData")).isEqualTo("NO_MEASUREMENTS");
        assertThat(number(((Map<?, ?>) trend.get(2).get("figure")).get("value"))).isEqualByComparingTo("2.00");
        assertThat(number(((Map<?, ?>) trend.get(3).get("figure")).get("value"))).isEqualByComparingTo("-1.50");
        JsonPath second = figures(FunnelRegion.municipal(FunnelRegion.F1),
                "/api/municipalities/" + FunnelRegion.F1 + "/figures?half=2026-2&asOf=2027-08-31");
        assertThat(number(second.getMap("indicators.find { it.indicator == 'MENTEE_IMPACT' }.figure").get("value")))
                .isEqualByComparingTo("-1.50");

        Map<?, ?> none = (Map<?, ?>) j.getMap("indicators.find { it.indicator == 'MENTEE_IMPACT' }.breakdown.find {"
                + " it.id == '" + FunnelRegion.SCHOOL_2 + "' }").get("figure");
        assertThat(none.get("value")).isNull();
        assertThat(none.get("noData")).isEqualTo("NO_MEASUREMENTS");
    }

    @Test
    void theImpactIsDefinedWithTheOtherIndicators() {
        JsonPath j = JsonPath.from(as(FunnelRegion.regional()).get("/api/indicators").then().statusCode(200).extract()
                .asString());
        Map<String, Object> impact = j.getMap("find { it.code == 'MENTEE_IMPACT' }");
        assertThat(impact.get("unit")).isEqualTo("CHANGE");
        assertThat((String) impact.get("numerator")).contains("итоговая минус входная");
        assertThat((String) impact.get("denominator")).contains("входная, и итоговая");
    }

    @Test
    void theFunctionRefusesAnotherMunicipalityAndAnotherRegionAndNamesNoOne() {
        As municipal = new As("municipal", null, FunnelRegion.F1, null);
        refused(municipal, "municipality", FunnelRegion.F2);
        refused(municipal, "school", FunnelRegion.SCHOOL_3);
        refused(new As("regional", KnownRegion.REGION, null, null), "region", FunnelRegion.REGION);
        refused(new As("school", null, null, FunnelRegion.SCHOOL_2), "school", FunnelRegion.SCHOOL_1);
        as(FunnelRegion.municipal(FunnelRegion.F1)).get("/api/municipalities/" + FunnelRegion.F2 + "/figures")
                .then().statusCode(404);

        List<String> columns = inScope(em, municipal, () -> cast(em.createNativeQuery("""
                SELECT a.name FROM pg_proc p, unnest(p.proargnames, p.proargmodes) WITH ORDINALITY AS a (name, mode, n)
                WHERE p.proname = 'monitoring_figures_periods' AND a.mode = 't' ORDER BY a.n
                """).getResultList()));
        assertThat(columns).containsExactly("period_no", "unit_id", "indicator", "stage", "form", "numerator",
                "denominator", "missing");
        List<UUID> units = call(municipal, "municipality", FunnelRegion.F1);
        assertThat(units).containsOnly(FunnelRegion.SCHOOL_1, FunnelRegion.SCHOOL_2);
        String body = as(FunnelRegion.regional()).get("/api/regions/" + FunnelRegion.REGION + "/figures" + YEAR)
                .asString();
        assertThat(body).contains("CONSENTED").doesNotContain("a8000000-0000-0000-0003-")
                .doesNotContain("a8000000-0000-0000-0005-");
    }

    private List<UUID> call(As caller, String level, UUID id) {
        return inScope(em, caller, () -> cast(em.createNativeQuery("""
                SELECT DISTINCT unit_id FROM monitoring_figures_periods(?1, ?2, ARRAY[DATE '2026-09-01'],
                                                                        ARRAY[DATE '2027-08-31'], ARRAY[2026])
                """).setParameter(1, level).setParameter(2, id).getResultList()));
    }

    private void refused(As caller, String level, UUID id) {
        assertThatThrownBy(() -> call(caller, level, id)).as(caller + " " + level)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
    }

    private static List<Map<String, Object>> unitFunnel(JsonPath j, UUID unit) {
        return j.getList("unitFunnel.find { it.id == '" + unit + "' }.funnel");
    }

    private static List<Long> counts(List<Map<String, Object>> funnel) {
        return funnel.stream().map(s -> number(s.get("count")).longValueExact()).toList();
    }

    private static JsonPath figures(String token, String path) {
        String body = as(token).get(path).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal number(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
