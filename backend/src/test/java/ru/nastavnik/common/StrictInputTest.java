package ru.nastavnik.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.nastavnik.support.Api.as;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

/**
 * What a client sends is taken exactly as written or refused with 400 naming the field: no fraction is cut off,
 * no string is read as a number, no misspelt property is silently ignored, and a refused request changes nothing.
 */
@QuarkusTest
class StrictInputTest {

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nastavnik:problem:validation"))
                .body("errors.field", hasItem(field));
    }

    private static Map<String, Object> school(UUID id) {
        return Api.current(Tokens.region(), "/api/schools/" + id, "SchoolInput");
    }

    @Test
    void aVersionWithAFractionIsRefusedAndTheUpdateIsNotPerformed() {
        UUID id = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        Map<String, Object> body = school(id);
        Object version = body.get("version");
        body.put("version", 1.5);
        body.put("shortName", "Не должно сохраниться");
        refused(as(Tokens.region()).body(body).put("/api/schools/" + id).then(), "version")
                .body("errors.find { it.field == 'version' }.message", equalTo("Ожидается целое число"));
        assertThat(school(id)).containsEntry("version", version).doesNotContainEntry("shortName", "Не должно сохраниться");
    }

    @Test
    void aMisspeltPropertyIsRefusedNamingItInsteadOfBeingIgnored() {
        UUID id = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        Map<String, Object> body = school(id);
        body.put("site", "https://school.example.ru");
        refused(as(Tokens.region()).body(body).put("/api/schools/" + id).then(), "site")
                .body("errors.find { it.field == 'site' }.message", equalTo("Неизвестное поле"));
        assertThat(school(id).get("website")).isNull();
    }

    @Test
    void aStringForANumberIsRefused() {
        int year = Api.uniqueYear();
        String path = "/api/schools/" + Demo.SCHOOL_A1 + "/contingents/" + year;
        // Years are few, and other tests leave contingents behind: this year must be absent before the request.
        as(Tokens.school()).delete(path);
        Map<String, Object> body = Api.contingentBody(null);
        body.put("pupils", "500");
        refused(as(Tokens.school()).body(body).put(path).then(), "pupils").body("errors.find { it.field == 'pupils' }.message", equalTo("Ожидается целое число"));
        as(Tokens.school()).get("/api/schools/" + Demo.SCHOOL_A1 + "/contingents").then().statusCode(200)
                .body("startYear", org.hamcrest.Matchers.not(hasItem(year)));
    }

    @Test
    void aNumberForAStringAndAStringForABooleanAreRefused() {
        Map<String, Object> pupil = Api.pupilWithConsent("Строгий Ввод Проверкин");
        pupil.put("gradeOrPosition", 8);
        pupil.put("menteeCandidate", "true");
        ValidatableResponse response = as(Tokens.school()).body(pupil)
                .post("/api/schools/" + Demo.SCHOOL_A1 + "/participants").then();
        refused(response, "gradeOrPosition");
        as(Tokens.school()).queryParam("q", "Строгий Ввод").get("/api/schools/" + Demo.SCHOOL_A1 + "/participants")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        Map<String, Object> pupil = Api.pupilWithConsent("Вложенный Путь Проверкин");
        Map<String, Object> consent = new HashMap<>(castMap(pupil.get("consent")));
        consent.put("givenBy", "SOSED");
        pupil.put("consent", consent);
        refused(as(Tokens.school()).body(pupil).post("/api/schools/" + Demo.SCHOOL_A1 + "/participants").then(),
                "consent.givenBy").body("errors.find { it.field == 'consent.givenBy' }.message",
                        containsString("PARENT"));
    }

    @Test
    void anElementOfAListIsNamedByItsIndex() {
        Map<String, Object> template = Api.templateBody("Анкета со строгим вводом");
        List<Object> questions = new java.util.ArrayList<>(castList(template.get("questions")));
        Map<String, Object> question = new HashMap<>(castMap(questions.get(2)));
        question.put("colour", "red");
        questions.set(2, question);
        template.put("questions", questions);
        refused(as(Tokens.school()).body(template).post("/api/questionnaires").then(), "questions[2].colour");
    }

    @Test
    void aMalformedQueryParameterIsRefusedNamingIt() {
        refused(as(Tokens.region()).queryParam("page", "1.5").get("/api/schools").then(), "page");
        refused(as(Tokens.region()).queryParam("size", "много").get("/api/schools").then(), "size");
        refused(as(Tokens.region()).queryParam("kind", "CASTLE").get("/api/schools").then(), "kind")
                .body("errors.find { it.field == 'kind' }.message", containsString("GENERAL"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsMalformed() {
        as(Tokens.region()).body("{\"name\": ").post("/api/municipalities").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:nastavnik:problem:malformed-request"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }
}
