package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Roadmaps;
import ru.nastavnik.support.TestClock;
import ru.nastavnik.support.Tokens;

/**
 * Overdue items and progress upward on a known dataset: a municipality of its own with three schools (two with a
 * roadmap for 2025/2026, one without) and its own roadmap, on 15 January 2026. The year is this test's alone.
 */
@QuarkusTest
class RoadmapProgressTest {

    private static final int YEAR = 2025;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Map<String, Object> item(String activity, String deadline, String status, String doneOn) {
        Map<String, Object> body = Roadmaps.item(1, activity, deadline);
        body.put("status", status);
        if (doneOn != null) {
            body.put("doneOn", doneOn);
        }
        return body;
    }

    private static List<Integer> counts(JsonPath json, String path) {
        return List.of(json.getInt(path + ".total"), json.getInt(path + ".done"), json.getInt(path + ".inProgress"),
                json.getInt(path + ".overdue"));
    }

    @Test
    void overdueItemsAreFlaggedAndCountedUpToTheRegion() {
        clock.set(LocalDate.of(2026, 1, 15));
        UUID municipality = Api.createMunicipality(Tokens.region());
        String coordinator = Roadmaps.coordinator(Demo.REGION, municipality);
        UUID s1 = Api.createSchool(Tokens.region(), municipality);
        UUID s2 = Api.createSchool(Tokens.region(), municipality);
        UUID s3 = Api.createSchool(Tokens.region(), municipality);

        String first = Roadmaps.create(Tokens.forSchool(s1), Roadmaps.school(s1), YEAR);
        for (Map<String, Object> i : List.of(
                item("Просрочен день", "до 01.10.2025", "PLANNED", null),
                item("Просрочен месяц", "сентябрь", "IN_PROGRESS", null),
                item("Месяц ещё идёт", "январь", "PLANNED", null),
                item("Срок сегодня", "до 15.01.2026", "PLANNED", null),
                item("Выполнено вовремя", "до 14.01.2026", "DONE", "2026-01-10"),
                item("Отменено", "декабрь", "CANCELLED", null),
                item("Весь год", "в течение года", "PLANNED", null),
                item("Просрочен промежуток", "сентябрь – декабрь", "PLANNED", null))) {
            Roadmaps.addItem(Tokens.forSchool(s1), first, i);
        }
        String second = Roadmaps.create(Tokens.forSchool(s2), Roadmaps.school(s2), YEAR);
        Roadmaps.addItem(Tokens.forSchool(s2), second, item("Выполнено", "ноябрь", "DONE", "2025-11-20"));
        Roadmaps.addItem(Tokens.forSchool(s2), second, item("Просрочено", "до 10.01.2026", "IN_PROGRESS", null));
        String own = Roadmaps.create(coordinator, Roadmaps.municipality(municipality), YEAR);
        Roadmaps.addItem(coordinator, own, item("Совещание руководителей", "октябрь", "PLANNED", null));
        Roadmaps.addItem(coordinator, own, item("Консультации", "по мере необходимости", "PLANNED", null));

        String s1Token = Tokens.forSchool(s1);
        JsonPath all = as(s1Token).get(first + "/items?size=100").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.findAll { it.overdue }.activity", String.class))
                .containsExactlyInAnyOrder("Просрочен день", "Просрочен месяц", "Просрочен промежуток");
        assertThat(as(s1Token).get(first + "/items?overdue=true&size=100").then().statusCode(200).extract()
                .jsonPath().getList("items.activity", String.class))
                .containsExactlyInAnyOrder("Просрочен день", "Просрочен месяц", "Просрочен промежуток");
        as(s1Token).get(first + "/items?overdue=false").then().body("total", equalTo(5));
        as(s1Token).get(first + "/items?overdue=true&status=IN_PROGRESS").then().body("total", equalTo(1));
        assertThat(counts(as(s1Token).get(first).then().extract().jsonPath(), "progress"))
                .containsExactly(7, 1, 1, 3);

        JsonPath school = as(s1Token).get(Roadmaps.school(s1) + "/progress?year=" + YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertThat(school.getString("asOf")).isEqualTo("2026-01-15");
        assertThat(counts(school, "own")).containsExactly(7, 1, 1, 3);
        assertThat(school.getList("units")).isEmpty();

        JsonPath muni = as(coordinator).get(Roadmaps.municipality(municipality) + "/progress?year=" + YEAR).then()
                .statusCode(200).extract().jsonPath();
        assertThat(muni.getBoolean("hasRoadmap")).isTrue();
        assertThat(counts(muni, "own")).containsExactly(2, 0, 0, 1);
        assertThat(counts(muni, "units.find { it.id == '" + s1 + "' }.progress")).containsExactly(7, 1, 1, 3);
        assertThat(counts(muni, "units.find { it.id == '" + s2 + "' }.progress")).containsExactly(2, 1, 1, 1);
        assertThat(muni.getBoolean("units.find { it.id == '" + s3 + "' }.hasRoadmap")).isFalse();
        assertThat(counts(muni, "units.find { it.id == '" + s3 + "' }.progress")).containsExactly(0, 0, 0, 0);

        JsonPath region = as(Tokens.region()).get(Roadmaps.region(Demo.REGION) + "/progress?year=" + YEAR).then()
                .statusCode(200).extract().jsonPath();
        String unit = "units.find { it.id == '" + municipality + "' }";
        assertThat(counts(region, unit + ".progress")).containsExactly(2, 0, 0, 1);
        assertThat(region.getInt(unit + ".schools.schools")).isEqualTo(3);
        assertThat(region.getInt(unit + ".schools.withRoadmap")).isEqualTo(2);
        assertThat(counts(region, unit + ".schools.progress")).containsExactly(9, 2, 2, 4);
        assertThat(region.getInt("schools.withRoadmap")).isEqualTo(2);
        assertThat(counts(region, "schools.progress")).containsExactly(9, 2, 2, 4);
        assertThat(region.getBoolean("hasRoadmap")).isFalse();
        assertThat(region.getString("units.find { it.id == '" + Demo.MUNI_A + "' }.name"))
                .isEqualTo(as(Tokens.region()).get("/api/municipalities/" + Demo.MUNI_A).then().extract()
                        .path("name"));

        as(Tokens.region()).get(Roadmaps.municipality(municipality) + "/progress?year=" + YEAR).then()
                .statusCode(200).body("units.size()", equalTo(3));
        as(Tokens.region()).get(Roadmaps.school(s1) + "/progress?year=" + YEAR).then().statusCode(403);
        as(coordinator).get(Roadmaps.region(Demo.REGION) + "/progress?year=" + YEAR).then().statusCode(403);
        as(Tokens.muni()).get(Roadmaps.municipality(municipality) + "/progress?year=" + YEAR).then().statusCode(404);
        as(Tokens.otherRegion()).get(Roadmaps.region(Demo.REGION) + "/progress").then().statusCode(404);
        as(coordinator).get(Roadmaps.municipality(municipality) + "/progress?year=1999").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));

        clock.set(LocalDate.of(2026, 2, 1));
        assertThat(counts(as(s1Token).get(Roadmaps.school(s1) + "/progress?year=" + YEAR).then().extract().jsonPath(),
                "own")).containsExactly(7, 1, 1, 5);
        as(s1Token).get(first + "/items?overdue=true").then().body("total", equalTo(5));
        as(s1Token).get(Roadmaps.school(s1) + "/progress").then().statusCode(200).body("startYear", equalTo(2025));
    }
}
