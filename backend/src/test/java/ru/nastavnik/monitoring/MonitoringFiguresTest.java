package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.Api.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

/**
 * The figures of a region known by hand (monitoring/known-region.sql, whose comments tell each pair's story), for
 * the academic year 2026/27, its halves and a date within it. Every number below is counted in the comment above it.
 */
@QuarkusTest
class MonitoringFiguresTest {

    /** The last day of 2026/27: the whole year counts. */
    private static final String YEAR = "?year=2026&asOf=2027-08-31";

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    private static boolean targetsSet;

    @BeforeEach
    void knownRegion() {
        KnownRegion.ensure(owner);
        if (!targetsSet) {
            putTarget(null, "50", "12-од");
            putTarget(KnownRegion.M1, "35", "15-од");
            targetsSet = true;
        }
    }

    private static void putTarget(java.util.UUID municipality, String value, String number) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("indicator", "PUPILS_GENERAL", "startYear", 2026,
                "value", new BigDecimal(value), "documentNumber", number, "documentDate", "2026-08-20"));
        if (municipality != null) {
            body.put("municipalityId", municipality.toString());
        }
        as(KnownRegion.regional()).body(body).put("/api/regions/" + KnownRegion.REGION + "/targets").then()
                .statusCode(201);
    }

    @Test
    void theRegionCountsEachPersonOnceInTheirOwnSchoolAgainstTheContingentOfTheYear() {
        JsonPath j = figures(KnownRegion.regional(), "/api/regions/" + KnownRegion.REGION + "/figures" + YEAR);
        assertThat(j.getString("period.key")).isEqualTo("2026");
        assertThat(j.getString("period.from")).isEqualTo("2026-09-01");
        assertThat(j.getString("period.to")).isEqualTo("2027-08-31");
        // School 1: P1 (in two pairs, once), P2, P3; P4 only proposed or the year before. School 2: P5, P9.
        // School 3 has no contingent: its pupil P8 is in neither side, and it is reported.
        expect(j, "PUPILS_GENERAL", "3.3", "5", "150");
        assertThat(figure(j, "PUPILS_GENERAL").get("schoolsWithoutContingent")).isEqualTo(1);
        // T1, T2 (mentoring in school 2, counted in school 1), Y2, Y4, T3, T5, Y3; Y1 was only in a terminated pair.
        expect(j, "TEACHERS", "9.0", "7", "78");
        expect(j, "YOUNG_TEACHERS", "27.3", "3", "11");
        expect(j, "PUPILS_ADDITIONAL", "1.0", "2", "200");
        expect(j, "COLLEGE_STUDENTS", "2", "2", null);
        // m02 effective, m03 not; m06 ended the year before.
        expect(j, "EFFECTIVE_PAIRS", "50.0", "1", "2");
        // Mentors T1 (certified), P1, T2 (trained), T3, S1, P7, T5 (trained), T4.
        expect(j, "MENTORS_TRAINED", "37.5", "3", "8");
        expect(j, "MENTORS_CERTIFIED", "12.5", "1", "8");
        // P2's later answer (8) and P3's (6); P1's answer was erased.
        expect(j, "MENTEE_SATISFACTION", "7.00", "14", "2");
        expect(j, "MENTOR_SATISFACTION", "9.00", "9", "1");
        expect(j, "REWARDS", "1", "1", null);
        expect(j, "BEST_PRACTICES", "1", "1", null);

        // By form each person counts once per form: P1 is in both.
        assertThat(form(j, "PUPILS_GENERAL", "TEACHER_PUPIL").get("numerator")).isEqualTo(4);
        assertThat(form(j, "PUPILS_GENERAL", "PUPIL_PUPIL").get("numerator")).isEqualTo(2);

        // Drill-down: the first district has its own target, the second the region's and no contingent.
        Map<String, Object> first = unit(j, "PUPILS_GENERAL", KnownRegion.M1);
        assertThat(number(((Map<?, ?>) first.get("figure")).get("value"))).isEqualByComparingTo("3.3");
        assertThat(((Map<?, ?>) first.get("target")).get("documentNumber")).isEqualTo("15-од");
        Map<String, Object> second = unit(j, "PUPILS_GENERAL", KnownRegion.M2);
        assertThat(((Map<?, ?>) second.get("figure")).get("value")).isNull();
        assertThat(((Map<?, ?>) second.get("figure")).get("noData")).isEqualTo("NO_CONTINGENT");
        assertThat(((Map<?, ?>) second.get("target")).get("documentNumber")).isEqualTo("12-од");
        assertThat(j.getMap("indicators.find { it.indicator == 'PUPILS_GENERAL' }.target"))
                .containsEntry("documentNumber", "12-од").containsEntry("municipal", false);
    }

    @Test
    void aMunicipalityHasItsOwnTargetItsSchoolsAndTheTrendByHalfYear() {
        JsonPath j = figures(KnownRegion.municipal(KnownRegion.M1),
                "/api/municipalities/" + KnownRegion.M1 + "/figures" + YEAR);
        expect(j, "PUPILS_GENERAL", "3.3", "5", "150");
        assertThat(j.getMap("indicators.find { it.indicator == 'PUPILS_GENERAL' }.target"))
                .containsEntry("documentNumber", "15-од").containsEntry("municipal", true);
        assertThat(j.getList("indicators.find { it.indicator == 'PUPILS_GENERAL' }.breakdown.name"))
                .containsExactly("ДДТ", "Детсад", "Колледж", "Школа 1", "Школа 2");
        // The college is no general school: that indicator does not apply to it.
        assertThat(((Map<?, ?>) unit(j, "PUPILS_GENERAL", KnownRegion.COLLEGE).get("figure")).get("noData"))
                .isEqualTo("NO_SCHOOLS");

        List<Map<String, Object>> trend = j.getList("indicators.find { it.indicator == 'PUPILS_GENERAL' }.trend");
        assertThat(trend).extracting(p -> p.get("key")).containsExactly("2025-1", "2025-2", "2026-1", "2026-2");
        // 2025/26 II: P4's pair of the year before, against the contingent of 2025/26, which only school 1 recorded.
        Map<?, ?> before = (Map<?, ?>) trend.get(1).get("figure");
        assertThat(number(before.get("value"))).isEqualByComparingTo("0.1");
        assertThat(before.get("denominator")).isEqualTo(1000);
        assertThat(before.get("schoolsWithoutContingent")).isEqualTo(1);
        // 2026/27 I: P1, P2, P3, P5 (P9's pair was approved in February); II: P1, P3, P5, P9.
        assertThat(number(((Map<?, ?>) trend.get(2).get("figure")).get("numerator"))).isEqualByComparingTo("4");
        assertThat(number(((Map<?, ?>) trend.get(3).get("figure")).get("numerator"))).isEqualByComparingTo("4");
    }

    @Test
    void aPairSpanningBothHalvesCountsInEachAndIsCompletedInTheSecond() {
        String path = "/api/municipalities/" + KnownRegion.M1 + "/figures";
        JsonPath first = figures(KnownRegion.municipal(KnownRegion.M1), path + "?half=2026-1&asOf=2027-08-31");
        assertThat(first.getString("period.to")).isEqualTo("2027-01-31");
        expect(first, "PUPILS_GENERAL", "2.7", "4", "150");
        expect(first, "EFFECTIVE_PAIRS", "100.0", "1", "1");
        expect(first, "MENTEE_SATISFACTION", "8.00", "8", "1");
        expect(first, "BEST_PRACTICES", "1", "1", null);
        expect(first, "REWARDS", "1", "1", null);

        JsonPath second = figures(KnownRegion.municipal(KnownRegion.M1), path + "?half=2026-2&asOf=2027-08-31");
        assertThat(second.getString("period.from")).isEqualTo("2027-02-01");
        expect(second, "PUPILS_GENERAL", "2.7", "4", "150");
        expect(second, "EFFECTIVE_PAIRS", "0.0", "0", "1");
        expect(second, "BEST_PRACTICES", "0", "0", null);
        expect(second, "REWARDS", "0", "0", null);
    }

    @Test
    void asOfADateTheYearEndsThere() {
        JsonPath j = figures(KnownRegion.municipal(KnownRegion.M1),
                "/api/municipalities/" + KnownRegion.M1 + "/figures?year=2026&asOf=2026-12-31");
        assertThat(j.getString("period.to")).isEqualTo("2026-12-31");
        // P9's pair was approved later, m03 completed later.
        expect(j, "PUPILS_GENERAL", "2.7", "4", "150");
        expect(j, "EFFECTIVE_PAIRS", "100.0", "1", "1");
    }

    @Test
    void aSchoolCountsItsOwnPeopleAlsoWhereTheyMentorElsewhere() {
        JsonPath one = figures(KnownRegion.school(KnownRegion.SCHOOL_1),
                "/api/schools/" + KnownRegion.SCHOOL_1 + "/figures" + YEAR);
        expect(one, "PUPILS_GENERAL", "3.0", "3", "100");
        expect(one, "TEACHERS", "10.0", "2", "20");
        expect(one, "YOUNG_TEACHERS", "0.0", "0", "4");
        expect(one, "MENTORS_TRAINED", "66.7", "2", "3");
        assertThat(one.getList("indicators.find { it.indicator == 'PUPILS_GENERAL' }.breakdown")).isEmpty();
        assertThat(one.getMap("indicators.find { it.indicator == 'PUPILS_GENERAL' }.target"))
                .containsEntry("documentNumber", "15-од");

        JsonPath two = figures(KnownRegion.school(KnownRegion.SCHOOL_2),
                "/api/schools/" + KnownRegion.SCHOOL_2 + "/figures" + YEAR);
        expect(two, "TEACHERS", "30.0", "3", "10");
    }

    @Test
    void withoutAContingentTheFigureIsNoDataNeverZeroAndARecordedOneShowsAtOnce() {
        String path = "/api/schools/" + KnownRegion.SCHOOL_3 + "/figures" + YEAR;
        Map<String, Object> none = figure(figures(KnownRegion.regional(), path), "PUPILS_GENERAL");
        assertThat(none.get("value")).isNull();
        assertThat(none.get("noData")).isEqualTo("NO_CONTINGENT");
        assertThat((String) none.get("noDataText")).contains("контингент");
        assertThat(none.get("schoolsWithoutContingent")).isEqualTo(1);

        String contingent = "/api/schools/" + KnownRegion.SCHOOL_3 + "/contingents/2026";
        as(KnownRegion.regional()).body(Map.of("pupils", 40, "teachers", 5, "youngTeachers", 1, "additionalPupils", 0))
                .put(contingent).then().statusCode(201);
        try {
            expect(figures(KnownRegion.regional(), path), "PUPILS_GENERAL", "2.5", "1", "40");
        } finally {
            as(KnownRegion.regional()).delete(contingent).then().statusCode(204);
        }
        assertThat(figure(figures(KnownRegion.regional(), path), "PUPILS_GENERAL").get("noData"))
                .isEqualTo("NO_CONTINGENT");
    }

    @Test
    void noAnswerNamesAPersonOrAPair() {
        for (String body : List.of(
                as(KnownRegion.regional()).get("/api/regions/" + KnownRegion.REGION + "/figures" + YEAR).asString(),
                as(KnownRegion.municipal(KnownRegion.M1))
                        .get("/api/municipalities/" + KnownRegion.M1 + "/figures" + YEAR).asString(),
                as(KnownRegion.school(KnownRegion.SCHOOL_1))
                        .get("/api/schools/" + KnownRegion.SCHOOL_1 + "/figures" + YEAR).asString())) {
            assertThat(body).contains("PUPILS_GENERAL").doesNotContain("a7000000-0000-0000-0003-")
                    .doesNotContain("a7000000-0000-0000-0005-").doesNotContain("\"Т1\"").doesNotContain("\"P1\"");
        }
    }

    @Test
    void aPeriodAskedForTwiceOrWronglyIsRefusedWithTheField() {
        String path = "/api/regions/" + KnownRegion.REGION + "/figures";
        Response both = as(KnownRegion.regional()).get(path + "?year=2026&half=2026-1");
        both.then().statusCode(400).contentType("application/problem+json");
        assertThat(both.jsonPath().getString("errors[0].field")).isEqualTo("half");
        Response bad = as(KnownRegion.regional()).get(path + "?half=2026-3");
        bad.then().statusCode(400);
        assertThat(bad.jsonPath().getString("errors[0].message")).contains("2026-1");
        Response early = as(KnownRegion.regional()).get(path + "?year=2026&asOf=2026-08-31");
        early.then().statusCode(400);
        assertThat(early.jsonPath().getString("errors[0].field")).isEqualTo("asOf");
    }

    private static JsonPath figures(String token, String path) {
        String body = as(token).get(path).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> figure(JsonPath j, String indicator) {
        return j.getMap("indicators.find { it.indicator == '" + indicator + "' }.figure");
    }

    private static Map<String, Object> form(JsonPath j, String indicator, String form) {
        return j.getMap("indicators.find { it.indicator == '" + indicator + "' }.byForm.find { it.form == '" + form
                + "' }.figure");
    }

    private static Map<String, Object> unit(JsonPath j, String indicator, java.util.UUID id) {
        return j.getMap("indicators.find { it.indicator == '" + indicator + "' }.breakdown.find { it.id == '" + id
                + "' }");
    }

    private static void expect(JsonPath j, String indicator, String value, String numerator, String denominator) {
        Map<String, Object> f = figure(j, indicator);
        assertThat(number(f.get("value"))).as(indicator + " value").isEqualByComparingTo(value);
        assertThat(number(f.get("numerator"))).as(indicator + " numerator").isEqualByComparingTo(numerator);
        if (denominator == null) {
            assertThat(f.get("denominator")).as(indicator + " denominator").isNull();
        } else {
            assertThat(number(f.get("denominator"))).as(indicator + " denominator").isEqualByComparingTo(denominator);
        }
    }

    private static BigDecimal number(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
