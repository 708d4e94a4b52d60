package ru.nastavnik.questionnaire;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static ru.nastavnik.support.Api.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import ru.nastavnik.support.Api;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class QuestionnaireApiTest {

    private static final String BUILT_IN_MENTOR_APPLICATION = "61000000-0000-0000-0000-000000000001";

    @Test
    void theMethodologysQuestionnairesAreBuiltInForEveryone() {
        as(Tokens.school()).queryParams(Map.of("size", 100)).get("/api/questionnaires").then().statusCode(200)
                .body("items.title", hasItems("Анкета наставника", "Анкета наставляемого",
                        "Предпочтения после общей встречи", "Промежуточная обратная связь",
                        "Удовлетворённость участием (наставляемый)", "Удовлетворённость участием (наставник)",
                        "Качество программы наставничества", "Входная самооценка"));
        as(Tokens.otherRegion()).get("/api/questionnaires/" + BUILT_IN_MENTOR_APPLICATION).then().statusCode(200)
                .body("owner", equalTo("BUILT_IN")).body("status", equalTo("PUBLISHED"))
                .body("editable", equalTo(false))
                .body("questions.type", hasItem("COMPETENCIES"));
    }

    @Test
    void aPublishedVersionIsFrozenAndChangesGoIntoANewVersion() {
        UUID v1 = Api.createTemplate(Tokens.school());
        String path = "/api/questionnaires/" + v1;
        as(Tokens.school()).get(path).then().body("status", equalTo("DRAFT")).body("editable", equalTo(true));
        as(Tokens.school()).post(path + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as(Tokens.school()).body(Api.current(Tokens.school(), path, "QuestionnaireTemplateInput")).put(path).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:template-frozen"));
        String v2 = as(Tokens.school()).post(path + "/versions").then().statusCode(201)
                .body("versionNo", equalTo(2)).body("status", equalTo("DRAFT")).extract().path("id");
        as(Tokens.school()).post(path + "/versions").then().statusCode(409);
        Map<String, Object> draft = Api.current(Tokens.school(), "/api/questionnaires/" + v2, "QuestionnaireTemplateInput");
        draft.put("title", "Анкета наставляемого, версия 2");
        as(Tokens.school()).body(draft).put("/api/questionnaires/" + v2).then().statusCode(200);
        as(Tokens.school()).post("/api/questionnaires/" + v2 + "/publish").then().statusCode(200);
        as(Tokens.school()).get(path).then().body("status", equalTo("RETIRED"));
        as(Tokens.school()).get(path + "/versions").then().body("versionNo", contains(2, 1));
        as(Tokens.school()).queryParams(Map.of("size", 100)).get("/api/questionnaires").then()
                .body("items.id", hasItem(v2)).body("items.id", not(hasItem(v1.toString())));
    }

    @Test
    void aSchoolsOwnQuestionnaireStaysInItsScope() {
        UUID id = Api.createTemplate(Tokens.school());
        as(Tokens.school2()).get("/api/questionnaires/" + id).then().statusCode(404);
        as(Tokens.muni2()).get("/api/questionnaires/" + id).then().statusCode(404);
        as(Tokens.muni()).get("/api/questionnaires/" + id).then().statusCode(200).body("owner", equalTo("SCHOOL"))
                .body("editable", equalTo(false));
    }

    @Test
    void theRegionKeepsRegionWideQuestionnairesThatSchoolsUseButCannotChange() {
        UUID id = Api.createTemplate(Tokens.region());
        String path = "/api/questionnaires/" + id;
        as(Tokens.region()).post(path + "/publish").then().statusCode(200).body("owner", equalTo("REGION"));
        as(Tokens.school()).get(path).then().statusCode(200).body("editable", equalTo(false));
        as(Tokens.school()).post(path + "/versions").then().statusCode(403);
        as(Tokens.otherRegion()).get(path).then().statusCode(404);
    }

    @Test
    void aRegionsNewVersionOfABuiltInQuestionnaireStaysInThatRegion() {
        String path = "/api/questionnaires/" + BUILT_IN_MENTOR_APPLICATION;
        as(Tokens.school()).post(path + "/versions").then().statusCode(403);
        String draft = as(Tokens.region()).post(path + "/versions").then().statusCode(201)
                .body("owner", equalTo("REGION")).body("versionNo", equalTo(2)).extract().path("id");
        as(Tokens.otherRegion()).get("/api/questionnaires/" + draft).then().statusCode(404);
        as(Tokens.otherRegion()).queryParams(Map.of("size", 100, "purpose", "APPLICATION")).get("/api/questionnaires")
                .then().body("items.id", hasItem(BUILT_IN_MENTOR_APPLICATION));
        as(Tokens.region()).delete("/api/questionnaires/" + draft).then().statusCode(204);
    }

    @Test
    void malformedQuestionsAreFieldErrorsNamingTheQuestion() {
        Map<String, Object> body = Api.templateBody("Неправильная анкета");
        body.put("questions", List.of(
                Map.of("id", "a", "type", "SINGLE", "text", "Один вариант?", "options",
                        List.of(Map.of("value", "x", "label", "X"))),
                Map.of("id", "a", "type", "SCALE", "text", "Шкала наоборот", "min", 10, "max", 1),
                Map.of("id", "c", "type", "DATE", "text", "Дата", "feeds", "requests")));
        as(Tokens.school()).body(body).post("/api/questionnaires").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("questions[0].options", "questions[1].id", "questions[1].max",
                        "questions[2].feeds"));
        body.put("questions", List.of());
        as(Tokens.school()).body(body).post("/api/questionnaires").then().statusCode(400)
                .body("errors[0].field", equalTo("questions"));
    }

    @Test
    void municipalCoordinatorsDoNotWriteQuestionnaires() {
        as(Tokens.muni()).body(Api.templateBody("Муниципальная")).post("/api/questionnaires").then().statusCode(403);
        as(Tokens.school()).queryParam("size", 100).get("/api/questionnaires").then().statusCode(200);
    }

    @Test
    void eachFormHasItsOwnMentorAndMenteeQuestionnaire() {
        for (String form : List.of("PUPIL_PUPIL", "TEACHER_TEACHER", "STUDENT_PUPIL", "EMPLOYER_PUPIL",
                "STUDENT_STUDENT", "EMPLOYER_STUDENT")) {
            as(Tokens.school()).queryParams(Map.of("form", form, "status", "PUBLISHED")).get("/api/questionnaires")
                    .then().statusCode(200).body("items.audience", hasItems("MENTOR", "MENTEE"))
                    .body("items.form", everyItem(equalTo(form)));
        }
    }

    @Test
    void onlyAnswersThatFitAProfileFieldMayFeedIt() {
        Map<String, Object> body = Api.templateBody("Анкета с ёмкостью");
        body.put("questions", List.of(
                Map.of("id", "cap", "type", "SINGLE", "text", "Сколько?", "feeds", "capacity", "options",
                        List.of(Map.of("value", "one", "label", "Один"), Map.of("value", "2", "label", "Два"))),
                Map.of("id", "forms", "type", "MULTIPLE", "text", "Формы?", "feeds", "formsAccepted", "options",
                        List.of(Map.of("value", "PUPIL_PUPIL", "label", "Ученик — ученик"),
                                Map.of("value", "chess", "label", "Шахматы"))),
                Map.of("id", "who", "type", "RANKING", "text", "Кого?", "feeds", "requests")));
        as(Tokens.school()).body(body).post("/api/questionnaires").then().statusCode(400)
                .body("errors.field", contains("questions[0].options", "questions[1].options", "questions[2].feeds"));
    }
}
