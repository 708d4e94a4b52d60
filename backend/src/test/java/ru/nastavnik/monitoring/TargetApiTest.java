package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

/** The region's coordinator sets targets with the document behind them; the region's other users read them. */
@QuarkusTest
class TargetApiTest {

    private static final String TARGETS = "/api/regions/" + Demo.REGION + "/targets";

    /** Targets are never deleted: each test sets them for academic years of its own. */
    private static final AtomicInteger YEAR = new AtomicInteger(2070);

    private static Map<String, Object> body(String indicator, int year, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", indicator);
        body.put("startYear", year);
        body.put("value", value);
        body.put("documentNumber", "Приказ № 45-од");
        body.put("documentDate", "2026-08-25");
        body.put("documentTitle", "Об утверждении целевых показателей");
        return body;
    }

    @Test
    void aTargetIsCreatedThenChangedFromItsVersionAndReadBackWithItsDocument() {
        int year = YEAR.getAndIncrement();
        Response created = as(Tokens.region()).body(body("PUPILS_GENERAL", year, 35)).put(TARGETS);
        created.then().statusCode(201);
        assertThat(created.jsonPath().getString("academicYear")).isEqualTo(year + "/" + (year + 1));
        assertThat(created.jsonPath().getString("updatedBy")).contains("region");

        Map<String, Object> again = body("PUPILS_GENERAL", year, 50);
        as(Tokens.region()).body(again).put(TARGETS).then().statusCode(409);
        again.put("version", created.jsonPath().getInt("version") + 1);
        as(Tokens.region()).body(again).put(TARGETS).then().statusCode(409);
        again.put("version", created.jsonPath().getInt("version"));
        as(Tokens.region()).body(again).put(TARGETS).then().statusCode(200);

        assertThat(values(Tokens.muni(), year)).containsExactly("50");
        List<Map<String, Object>> listed = as(Tokens.muni()).queryParam("year", year).get(TARGETS).then()
                .statusCode(200).extract().jsonPath().getList("");
        assertThat(listed.get(0)).containsEntry("documentNumber", "Приказ № 45-од")
                .containsEntry("documentTitle", "Об утверждении целевых показателей");
    }

    @Test
    void aMunicipalitysOwnTargetIsReadByItAloneBesideTheRegionWideOne() {
        int year = YEAR.getAndIncrement();
        as(Tokens.region()).body(body("TEACHERS", year, 60)).put(TARGETS).then().statusCode(201);
        Map<String, Object> own = body("TEACHERS", year, 70);
        own.put("municipalityId", Demo.MUNI_A.toString());
        as(Tokens.region()).body(own).put(TARGETS).then().statusCode(201);
        Map<String, Object> other = body("TEACHERS", year, 40);
        other.put("municipalityId", Demo.MUNI_B.toString());
        as(Tokens.region()).body(other).put(TARGETS).then().statusCode(201);

        assertThat(values(Tokens.muni(), year)).containsExactlyInAnyOrder("60", "70");
        assertThat(values(Tokens.muni2(), year)).containsExactlyInAnyOrder("60", "40");
        assertThat(values(Tokens.region(), year)).containsExactlyInAnyOrder("60", "70", "40");
    }

    @Test
    void aWrongTargetIsRefusedFieldByFieldAndNothingIsWritten() {
        int year = YEAR.getAndIncrement();
        Map<String, Object> bad = body("PUPILS_GENERAL", year, 120);
        bad.put("municipalityId", Demo.OTHER_MUNI.toString());
        bad.put("documentNumber", " ");
        Response r = as(Tokens.region()).body(bad).put(TARGETS);
        r.then().statusCode(400).contentType("application/problem+json");
        assertThat(r.jsonPath().getList("errors.field")).contains("documentNumber");

        Map<String, Object> percent = body("PUPILS_GENERAL", year, 120);
        Response over = as(Tokens.region()).body(percent).put(TARGETS);
        over.then().statusCode(400);
        assertThat(over.jsonPath().getList("errors.field")).containsExactly("value");
        assertThat(over.jsonPath().getString("errors[0].message")).isEqualTo("Доля в процентах — от 0 до 100");

        Map<String, Object> foreign = body("PUPILS_GENERAL", year, 70);
        foreign.put("municipalityId", Demo.OTHER_MUNI.toString());
        Response outside = as(Tokens.region()).body(foreign).put(TARGETS);
        outside.then().statusCode(400);
        assertThat(outside.jsonPath().getString("errors[0].field")).isEqualTo("municipalityId");

        Response score = as(Tokens.region()).body(body("MENTEE_SATISFACTION", year, 11)).put(TARGETS);
        assertThat(score.jsonPath().getString("errors[0].message")).isEqualTo("Средний балл — от 1 до 10");
        Response count = as(Tokens.region()).body(body("REWARDS", year, 2.5)).put(TARGETS);
        assertThat(count.jsonPath().getString("errors[0].message")).isEqualTo("Число — целое, не меньше 0");
        Response missing = as(Tokens.region()).body(Map.of("startYear", year)).put(TARGETS);
        assertThat(missing.jsonPath().getList("errors.field")).contains("indicator", "value", "documentNumber",
                "documentDate");

        assertThat(values(Tokens.region(), year)).isEmpty();
    }

    @Test
    void theIndicatorsAreListedWithTheirDefinitions() {
        List<Map<String, Object>> indicators = as(Tokens.school()).get("/api/indicators").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(indicators).extracting(i -> i.get("code")).contains("PUPILS_GENERAL", "YOUNG_TEACHERS",
                "PUPILS_ADDITIONAL", "TEACHERS", "COLLEGE_STUDENTS", "EFFECTIVE_PAIRS", "MENTOR_SATISFACTION",
                "MENTEE_SATISFACTION", "MENTORS_TRAINED", "MENTORS_CERTIFIED", "BEST_PRACTICES", "REWARDS");
        Map<String, Object> pupils = indicators.get(0);
        assertThat((String) pupils.get("denominator")).contains("контингенту");
        assertThat((String) pupils.get("period")).contains("31 января");
    }

    /** The values of a year's targets, as written: 60 for 60.00. */
    private static List<String> values(String token, int year) {
        return as(token).queryParam("year", year).get(TARGETS).then().statusCode(200).extract().jsonPath()
                .getList("value").stream().map(v -> new java.math.BigDecimal(v.toString()).stripTrailingZeros()
                        .toPlainString()).toList();
    }
}
