package ru.nastavnik.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static ru.nastavnik.support.Api.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class SchoolApiTest {

    @Test
    void aSchoolUserListsOnlyTheirOwnSchool() {
        as(Tokens.school()).get("/api/schools").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(Demo.SCHOOL_A1.toString()));
    }

    @Test
    void aMunicipalUserListsOnlyTheirMunicipalitysSchools() {
        as(Tokens.muni2()).queryParam("size", 100).get("/api/schools").then().statusCode(200)
                .body("items.municipalityId", everyItem(equalTo(Demo.MUNI_B.toString())))
                .body("items.id", hasItem(Demo.SCHOOL_B1.toString()));
    }

    @Test
    void filteringByAForeignMunicipalityYieldsNothingRatherThanItsSchools() {
        as(Tokens.muni()).queryParam("municipalityId", Demo.MUNI_B).get("/api/schools").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void theListPagesSortsAndSearches() {
        as(Tokens.region()).queryParams(Map.of("size", 2, "page", 1)).get("/api/schools").then()
                .statusCode(200).body("items", hasSize(2)).body("page", equalTo(1)).body("size", equalTo(2));
        List<String> inns = as(Tokens.region()).queryParams(Map.of("size", 100, "sort", "inn,desc"))
                .get("/api/schools").then().statusCode(200).extract().jsonPath().getList("items.inn", String.class);
        assertThat(inns).hasSizeGreaterThan(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        as(Tokens.region()).queryParams(Map.of("q", "конаковская")).get("/api/schools").then().statusCode(200)
                .body("items.shortName", contains("МБОУ Конаковская СОШ № 1"));
        as(Tokens.region()).queryParams(Map.of("kind", "PRESCHOOL")).get("/api/schools").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("PRESCHOOL")));
    }

    @Test
    void aSearchForPercentMatchesOnlyALiteralPercent() {
        as(Tokens.region()).queryParam("q", "%").get("/api/schools").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anUnknownSortFieldOrPageSizeIsAFieldError() {
        as(Tokens.region()).queryParam("sort", "password,asc").get("/api/schools").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
        as(Tokens.region()).queryParam("size", 1000).get("/api/schools").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void anInvalidSchoolIsRefusedWithRussianMessagesPerFieldAndNothingIsSaved() {
        Map<String, Object> body = Api.schoolBody(Demo.MUNI_A, "Школа с ошибками");
        body.put("inn", "1234567890");
        body.put("fullName", " ");
        body.put("website", "school.ru");
        long before = as(Tokens.region()).get("/api/schools").then().extract().jsonPath().getLong("total");
        as(Tokens.region()).body(body).post("/api/schools").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nastavnik:problem:validation"))
                .body("title", equalTo("Проверьте заполнение полей"))
                .body("errors.field", contains("fullName", "inn", "website"))
                .body("errors.find { it.field == 'inn' }.message", startsWith("ИНН организации"));
        as(Tokens.region()).get("/api/schools").then().body("total", equalTo((int) before));
    }

    @Test
    void malformedJsonAndWrongTypesAreProblemsNotServerErrors() {
        as(Tokens.region()).body("{\"fullName\": ").post("/api/schools").then().statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.region()).body("{\"kind\": \"UNIVERSITY\"}").post("/api/schools").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(Tokens.region()).get("/api/schools/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSecondSchoolWithTheSameInnIsAFieldError() {
        Map<String, Object> body = Api.schoolBody(Demo.MUNI_A, "Дубликат");
        body.put("inn", "6952601817");
        as(Tokens.region()).body(body).post("/api/schools").then().statusCode(400)
                .body("errors[0].field", equalTo("inn"))
                .body("errors[0].message", equalTo("Организация с таким ИНН уже зарегистрирована"));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsAConflictAndChangesNothing() {
        UUID id = Api.createSchool(Tokens.muni(), Demo.MUNI_A);
        Map<String, Object> read = Api.current(Tokens.muni(), "/api/schools/" + id, "SchoolInput");
        read.put("shortName", "Первое изменение");
        as(Tokens.muni()).body(read).put("/api/schools/" + id).then().statusCode(200).body("version", equalTo(1));
        read.put("shortName", "Изменение по старой версии");
        as(Tokens.muni()).body(read).put("/api/schools/" + id).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:conflict"));
        as(Tokens.muni()).get("/api/schools/" + id).then().body("shortName", equalTo("Первое изменение"));
    }

    @Test
    void aSchoolUserCannotMoveTheirSchoolToAnotherMunicipality() {
        Map<String, Object> read = Api.current(Tokens.school(), "/api/schools/" + Demo.SCHOOL_A1, "SchoolInput");
        read.put("municipalityId", Demo.MUNI_B.toString());
        as(Tokens.school()).body(read).put("/api/schools/" + Demo.SCHOOL_A1).then().statusCode(400)
                .body("errors[0].field", equalTo("municipalityId"));
    }

    @Test
    void aMunicipalUserCannotMoveASchoolOutOfTheirMunicipality() {
        UUID id = Api.createSchool(Tokens.muni(), Demo.MUNI_A);
        Map<String, Object> read = Api.current(Tokens.muni(), "/api/schools/" + id, "SchoolInput");
        read.put("municipalityId", Demo.MUNI_B.toString());
        as(Tokens.muni()).body(read).put("/api/schools/" + id).then().statusCode(404);
        as(Tokens.muni()).get("/api/schools/" + id).then().body("municipalityId", equalTo(Demo.MUNI_A.toString()));
    }

    @Test
    void aSchoolWithDataIsArchivedNotDeletedAndArchivedSchoolsLeaveTheDefaultList() {
        UUID id = Api.createSchool(Tokens.region(), Demo.MUNI_C);
        Api.createCurator(Tokens.region(), id);
        as(Tokens.region()).delete("/api/schools/" + id).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:school-has-data"));
        as(Tokens.region()).post("/api/schools/" + id + "/archive").then().statusCode(200)
                .body("archived", equalTo(true));
        as(Tokens.region()).queryParam("size", 100).get("/api/schools").then()
                .body("items.id", not(hasItem(id.toString())));
        as(Tokens.region()).queryParams(Map.of("status", "archived", "size", 100)).get("/api/schools").then()
                .body("items.id", hasItem(id.toString()));
        as(Tokens.region()).body(Api.curatorBody("Ещё один")).post("/api/schools/" + id + "/curators").then()
                .statusCode(409).body("type", equalTo("urn:nastavnik:problem:school-archived"));
        as(Tokens.region()).post("/api/schools/" + id + "/restore").then().statusCode(200)
                .body("archived", equalTo(false));
    }

    @Test
    void anEmptySchoolCanBeDeleted() {
        UUID id = Api.createSchool(Tokens.region(), Demo.MUNI_C);
        as(Tokens.region()).delete("/api/schools/" + id).then().statusCode(204);
        as(Tokens.region()).get("/api/schools/" + id).then().statusCode(404);
    }

    @Test
    void theContingentIsUpsertedPerAcademicYearWithItsRules() {
        UUID id = Api.createSchool(Tokens.region(), Demo.MUNI_C);
        String path = "/api/schools/" + id + "/contingents/2025";
        as(Tokens.region()).body(Api.contingentBody(null)).put(path).then().statusCode(201)
                .body("academicYear", equalTo("2025/2026")).body("version", equalTo(0));
        as(Tokens.region()).body(Api.contingentBody(null)).put(path).then().statusCode(409);
        Map<String, Object> changed = Api.contingentBody(0);
        changed.put("pupils", 510);
        as(Tokens.region()).body(changed).put(path).then().statusCode(200).body("version", equalTo(1));
        Map<String, Object> tooManyYoung = Api.contingentBody(1);
        tooManyYoung.put("youngTeachers", 41);
        as(Tokens.region()).body(tooManyYoung).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("youngTeachers"));
        Map<String, Object> negative = Api.contingentBody(1);
        negative.put("pupils", -1);
        as(Tokens.region()).body(negative).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("pupils"));
        as(Tokens.region()).body(Api.contingentBody(null)).put("/api/schools/" + id + "/contingents/1999").then()
                .statusCode(400).body("errors[0].field", equalTo("startYear"));
        as(Tokens.region()).get("/api/schools/" + id + "/contingents").then().statusCode(200)
                .body("startYear", contains(2025)).body("[0].pupils", equalTo(510));
    }

    @Test
    void aCuratorNeedsANameAPositionAndAnOrderNotFromTheFuture() {
        Map<String, Object> body = Api.curatorBody("");
        body.put("orderDate", "2999-01-01");
        body.put("email", "not-an-email");
        as(Tokens.school()).body(body).post("/api/schools/" + Demo.SCHOOL_A1 + "/curators").then().statusCode(400)
                .body("errors.field", contains("email", "fullName", "orderDate"));
    }

    @Test
    void aCuratorOfAnotherSchoolIsNotReachableThroughYourOwnSchool() {
        as(Tokens.school()).get("/api/schools/" + Demo.SCHOOL_A1 + "/curators/" + Demo.CURATOR_B1).then()
                .statusCode(404);
        as(Tokens.school()).get("/api/schools/" + Demo.SCHOOL_A1 + "/curators").then().statusCode(200)
                .body("schoolId", everyItem(equalTo(Demo.SCHOOL_A1.toString())));
    }

    @Test
    void aForeignWriteChangesNothing() {
        Map<String, Object> read = Api.current(Tokens.region(), "/api/schools/" + Demo.SCHOOL_B1, "SchoolInput");
        read.put("shortName", "Чужая правка");
        as(Tokens.muni()).body(read).put("/api/schools/" + Demo.SCHOOL_B1).then().statusCode(404)
                .body("title", equalTo("Организация не найдена"));
        as(Tokens.region()).get("/api/schools/" + Demo.SCHOOL_B1).then()
                .body("shortName", equalTo("МБОУ Конаковская СОШ № 1"));
    }

    @Test
    void municipalitiesAreListedWithTheirSchoolCountsAndValidated() {
        int activeInB = as(Tokens.region()).queryParam("municipalityId", Demo.MUNI_B).get("/api/schools").then()
                .extract().path("total");
        assertThat(activeInB).isGreaterThanOrEqualTo(2);
        as(Tokens.region()).queryParam("sort", "oktmo,asc").get("/api/municipalities").then().statusCode(200)
                .body("items.find { it.id == '" + Demo.MUNI_B + "' }.schoolCount", equalTo(activeInB));
        as(Tokens.region()).body(Map.of("name", "Без кода", "oktmo", "12")).post("/api/municipalities").then()
                .statusCode(400).body("errors[0].field", equalTo("oktmo"));
        as(Tokens.region()).delete("/api/municipalities/" + Demo.MUNI_B).then().statusCode(409);
        as(Tokens.muni()).get("/api/municipalities").then().body("items.id", equalTo(List.of(Demo.MUNI_A.toString())));
    }
}
