package ru.nastavnik.participant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class ParticipantApiTest {

    private static final String PARTICIPANTS = "/api/schools/" + Demo.SCHOOL_A1 + "/participants";

    private static int total(Map<String, ?> query) {
        return as(Tokens.school()).queryParams(query).get(PARTICIPANTS).then().statusCode(200).extract().path("total");
    }

    @Test
    void aCuratorAddsAMinorWithTheirParentsConsentAndSeesTheirData() {
        as(Tokens.school()).body(Api.pupilWithConsent("Смирнов Артём")).post(PARTICIPANTS).then().statusCode(201)
                .body("consentStatus", equalTo("VALID"))
                .body("minor", equalTo(true))
                .body("birthDate", equalTo("2012-03-15"))
                .body("menteeProfile.requests", contains("subject-math", "olympiads"))
                .body("menteeProfile.desiredForms", contains("PUPIL_PUPIL"));
    }

    @Test
    void aMinorCannotConsentForThemselvesAndNothingIsSaved() {
        int before = total(Map.of());
        Map<String, Object> body = Api.pupilWithConsent("Несовершеннолетний сам");
        consent(body).put("givenBy", "SELF");
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("consent.givenBy"))
                .body("errors[0].message", equalTo("За несовершеннолетнего согласие даёт родитель или законный представитель"));
        org.assertj.core.api.Assertions.assertThat(total(Map.of())).isEqualTo(before);
    }

    @Test
    void anAdultGivesTheirOwnConsent() {
        Map<String, Object> body = Api.pupilWithConsent("Выпускник колледжа");
        body.put("kind", "STUDENT");
        body.put("birthDate", "2001-01-01");
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .body("errors[0].field", equalTo("consent.givenBy"));
        consent(body).put("givenBy", "SELF");
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(201).body("minor", equalTo(false));
    }

    @Test
    void aPupilsConsentNeedsTheirBirthDate() {
        Map<String, Object> body = Api.pupilWithConsent("Без даты рождения");
        body.remove("birthDate");
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .body("errors[0].field", equalTo("consent.birthDate"));
    }

    @Test
    void withoutConsentOnlyANameAndRolesAreAccepted() {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PUPIL", "fullName", "Только имя", "menteeCandidate", true,
                "email", "child@example.ru"));
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .body("errors[0].field", equalTo("consent"))
                .body("errors[0].message", equalTo("Сначала оформите согласие на обработку персональных данных"));
        body.remove("email");
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(201)
                .body("consentStatus", equalTo("NONE"))
                .body("fullName", equalTo("Только имя"))
                .body("birthDate", nullValue())
                .body("menteeProfile", nullValue());
    }

    @Test
    void aBirthDateInTheFutureAndAnUnknownCompetencyAreFieldErrors() {
        Map<String, Object> body = Api.pupilWithConsent("Из будущего");
        body.put("birthDate", "2999-01-01");
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .body("errors.field", hasItem("birthDate"));
        Map<String, Object> unknown = Api.pupilWithConsent("Неизвестная компетенция");
        unknown.put("menteeProfile", Map.of("requests", List.of("astrology")));
        as(Tokens.school()).body(unknown).post(PARTICIPANTS).then().statusCode(400)
                .body("errors[0].field", equalTo("menteeProfile.requests"));
    }

    @Test
    void anExternalIdIsUniqueWithinASchoolOnly() {
        String externalId = "ext-" + UUID.randomUUID();
        Map<String, Object> body = Api.pupilWithConsent("Первый с кодом");
        body.put("externalId", externalId);
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(201);
        as(Tokens.school()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .body("errors[0].field", equalTo("externalId"));
        as(Tokens.school2()).body(body).post("/api/schools/" + Demo.SCHOOL_B1 + "/participants").then()
                .statusCode(201);
    }

    @Test
    void withdrawingConsentErasesPersonalDataButKeepsTheNameAndTheRecord() {
        UUID id = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String path = PARTICIPANTS + "/" + id;
        as(Tokens.school()).body(Map.of("withdrawnOn", "2025-09-01", "reason", "Заявление родителя")).post(path
                + "/consents/withdraw").then().statusCode(200)
                .body("consentStatus", equalTo("WITHDRAWN"))
                .body("birthDate", nullValue())
                .body("email", nullValue());
        as(Tokens.school()).get(path).then().statusCode(200)
                .body("fullName", org.hamcrest.Matchers.startsWith("Участник"))
                .body("birthDate", nullValue()).body("menteeProfile", nullValue());
        as(Tokens.school()).get(path + "/consents").then().statusCode(200)
                .body("withdrawnOn", contains("2025-09-01"));
        as(Tokens.school()).queryParam("consent", "withdrawn").queryParam("size", 100).get(PARTICIPANTS).then()
                .body("items.id", hasItem(id.toString()));
        as(Tokens.school()).queryParam("consent", "valid").queryParam("size", 100).get(PARTICIPANTS).then()
                .body("items.id", not(hasItem(id.toString())));
        as(Tokens.school()).body(Map.of("withdrawnOn", "2025-09-02")).post(path + "/consents/withdraw").then()
                .statusCode(409);
    }

    @Test
    void personalDataCannotBeAddedToAParticipantWithoutConsent() {
        UUID id = UUID.fromString(as(Tokens.school()).body(Map.of("kind", "TEACHER", "fullName", "Учитель без согласия"))
                .post(PARTICIPANTS).then().statusCode(201).extract().path("id"));
        Map<String, Object> update = new HashMap<>(Map.of("kind", "TEACHER", "fullName", "Учитель без согласия",
                "subject", "Физика", "version", 0));
        as(Tokens.school()).body(update).put(PARTICIPANTS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("consent"));
        as(Tokens.school()).body(Map.of("givenBy", "SELF", "giverName", "Учитель", "givenOn", "2025-09-01", "scope",
                "Программа наставничества", "documentRef", "№ 7")).post(PARTICIPANTS + "/" + id + "/consents").then()
                .statusCode(201);
        as(Tokens.school()).body(update).put(PARTICIPANTS + "/" + id).then().statusCode(200)
                .body("subject", equalTo("Физика")).body("consentStatus", equalTo("VALID"));
        as(Tokens.school()).body(update).put(PARTICIPANTS + "/" + id).then().statusCode(409);
        as(Tokens.school()).body(Map.of("givenBy", "SELF", "giverName", "Учитель", "givenOn", "2025-09-02", "scope",
                "Программа", "documentRef", "№ 8")).post(PARTICIPANTS + "/" + id + "/consents").then()
                .statusCode(409).body("type", equalTo("urn:nastavnik:problem:consent-exists"));
        as(Tokens.school()).delete(PARTICIPANTS + "/" + id).then().statusCode(409);
    }

    @Test
    void listsFilterByRoleAndConsent() {
        as(Tokens.school()).body(Map.of("kind", "TEACHER", "fullName", "Наставник без согласия", "mentorCandidate",
                true)).post(PARTICIPANTS).then().statusCode(201);
        as(Tokens.school()).queryParams(Map.of("role", "mentor", "size", 100)).get(PARTICIPANTS).then()
                .body("items.mentorCandidate", everyItem(equalTo(true)));
        as(Tokens.school()).queryParams(Map.of("consent", "none", "size", 100)).get(PARTICIPANTS).then()
                .body("items.consentStatus", everyItem(equalTo("NONE")))
                .body("items.email", everyItem(nullValue()));
    }

    @Test
    void theCompetencyCatalogueIsSeeded() {
        as(Tokens.region()).get("/api/competencies").then().statusCode(200)
                .body("code", hasItem("subject-math")).body("find { it.code == 'career' }.name",
                        equalTo("Профориентация и выбор профессии"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> consent(Map<String, Object> body) {
        return (Map<String, Object>) body.get("consent");
    }
}
