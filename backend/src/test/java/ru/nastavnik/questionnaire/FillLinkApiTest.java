package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static ru.nastavnik.support.Api.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class FillLinkApiTest {

    private static final String SCHOOL = "/api/schools/" + Demo.SCHOOL_A1;
    private static final String PREFERENCE = "61000000-0000-0000-0000-000000000003";
    private static final String MENTOR_APPLICATION = "61000000-0000-0000-0000-000000000001";

    @Inject
    EntityManager em;

    private static String links(UUID participant) {
        return SCHOOL + "/participants/" + participant + "/fill-links";
    }

    private static JsonPath send(UUID participant, String templateId) {
        return as(Tokens.school()).body(Map.of("templateId", templateId)).post(links(participant)).then()
                .statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> answers(String... requests) {
        return Map.of("answers", Map.of("requests", List.of(requests), "mentorKind", "older", "availability",
                "По средам после уроков"));
    }

    @Test
    void theParticipantFillsTheQuestionnaireWithoutAnAccountAndTheCuratorSeesTheAnswers() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        JsonPath link = send(p, Api.MENTEE_REQUEST);
        String token = link.getString("token");
        assertThat(link.getString("url")).endsWith("/fill/" + token);
        assertThat(link.getString("status")).isEqualTo("ACTIVE");

        as(null).get("/api/fill/" + token).then().statusCode(200)
                .body("title", equalTo("Анкета наставляемого"))
                .body("questions.id", hasItem("requests"))
                .body("competencies.code", hasItem("subject-math"))
                .body("candidates", emptyIterable());
        as(null).body(answers("career", "exams")).post("/api/fill/" + token).then().statusCode(201)
                .body("title", equalTo("Анкета наставляемого")).body("submittedAt", notNullValue());

        as(Tokens.school()).get(SCHOOL + "/participants/" + p + "/responses").then().statusCode(200)
                .body("channel", contains("LINK")).body("answers[0].requests", contains("career", "exams"));
        as(Tokens.school()).get(SCHOOL + "/participants/" + p).then()
                .body("menteeProfile.requests", contains("career", "exams"))
                .body("menteeProfile.availability", equalTo("По средам после уроков"));
        as(Tokens.school()).get(links(p)).then().statusCode(200)
                .body("status", contains("USED")).body("[0].token", nullValue()).body("[0].usedAt", notNullValue());
    }

    @Test
    void aLinkIsUsedOnceAndThenRefusedWithAClearReason() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String token = send(p, Api.MENTEE_REQUEST).getString("token");
        as(null).body(answers("career")).post("/api/fill/" + token).then().statusCode(201);
        as(null).body(answers("exams")).post("/api/fill/" + token).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nastavnik:problem:fill-link-used"))
                .body("title", equalTo("Анкета уже заполнена"));
        as(null).get("/api/fill/" + token).then().statusCode(410);
        as(Tokens.school()).get(SCHOOL + "/participants/" + p + "/responses").then().body("size()", equalTo(1));
    }

    @Test
    void aRevokedLinkNoLongerOpensAndCannotBeRevokedTwice() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        JsonPath link = send(p, Api.MENTEE_REQUEST);
        String revoke = links(p) + "/" + link.getString("id") + "/revoke";
        as(Tokens.school()).post(revoke).then().statusCode(200).body("status", equalTo("REVOKED"));
        as(null).get("/api/fill/" + link.getString("token")).then().statusCode(410)
                .body("type", equalTo("urn:nastavnik:problem:fill-link-revoked"));
        as(Tokens.school()).post(revoke).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:fill-link-closed"));
    }

    @Test
    void anExpiredLinkIsRefused() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        JsonPath link = send(p, Api.MENTEE_REQUEST);
        QuarkusTransaction.requiringNew().run(() -> {
            RowScope.apply(em, "system", null, null, null);
            em.createNativeQuery("UPDATE fill_link SET created_at = now() - interval '20 days',"
                    + " expires_at = now() - interval '1 day' WHERE id = ?1")
                    .setParameter(1, UUID.fromString(link.getString("id"))).executeUpdate();
        });
        as(null).get("/api/fill/" + link.getString("token")).then().statusCode(410)
                .body("type", equalTo("urn:nastavnik:problem:fill-link-expired"))
                .body("title", equalTo("Срок действия ссылки истёк"));
        as(Tokens.school()).get(links(p)).then().body("status", contains("EXPIRED"));
    }

    @Test
    void aGuessedOrMangledTokenFindsNothing() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String token = send(p, Api.MENTEE_REQUEST).getString("token");
        String guessed = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        for (String bad : List.of(guessed, token.substring(1), token + "A", "x")) {
            as(null).get("/api/fill/" + bad).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:nastavnik:problem:fill-link-unknown"));
        }
        as(null).body(answers("career")).post("/api/fill/" + guessed).then().statusCode(404);
        as(null).get("/api/fill/" + token).then().statusCode(200);
    }

    @Test
    void aNewLinkToTheSameQuestionnaireReplacesTheOldOne() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String first = send(p, Api.MENTEE_REQUEST).getString("token");
        String second = send(p, Api.MENTEE_REQUEST).getString("token");
        as(null).get("/api/fill/" + first).then().statusCode(410);
        as(null).get("/api/fill/" + second).then().statusCode(200);
        as(Tokens.school()).get(links(p)).then().body("status", contains("ACTIVE", "REVOKED"));
    }

    @Test
    void wrongAnswersAreRefusedFieldByFieldAndTheLinkStaysUsable() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String token = send(p, Api.MENTEE_REQUEST).getString("token");
        as(null).body(Map.of("answers", Map.of("requests", List.of("no-such-code"), "surprise", "x")))
                .post("/api/fill/" + token).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("answers.requests", "answers.mentorKind", "answers.availability",
                        "answers.surprise"));
        as(Tokens.school()).get(SCHOOL + "/participants/" + p + "/responses").then().body("size()", equalTo(0));
        as(null).body(answers("career")).post("/api/fill/" + token).then().statusCode(201);
    }

    @Test
    void withdrawingConsentClosesTheParticipantsLinksAtOnce() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String token = send(p, Api.MENTEE_REQUEST).getString("token");
        as(Tokens.school()).body(Map.of("withdrawnOn", "2025-10-01"))
                .post(SCHOOL + "/participants/" + p + "/consents/withdraw").then().statusCode(200);
        as(null).get("/api/fill/" + token).then().statusCode(410)
                .body("type", equalTo("urn:nastavnik:problem:fill-link-revoked"));
        as(null).body(answers("career")).post("/api/fill/" + token).then().statusCode(410);
    }

    @Test
    void noLinkIsSentWithoutConsentOrForAQuestionnaireOfTheOtherSide() {
        UUID none = UUID.fromString(as(Tokens.school()).body(Map.of("kind", "PUPIL", "fullName", "Без согласия",
                "menteeCandidate", true)).post(SCHOOL + "/participants").then().statusCode(201).extract().path("id"));
        as(Tokens.school()).body(Map.of("templateId", Api.MENTEE_REQUEST)).post(links(none)).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:no-consent"));
        UUID mentee = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        as(Tokens.school()).body(Map.of("templateId", MENTOR_APPLICATION)).post(links(mentee)).then()
                .statusCode(400).body("errors[0].field", equalTo("templateId"));
        as(Tokens.school()).body(Map.of("templateId", Api.MENTEE_REQUEST, "validDays", 90)).post(links(mentee))
                .then().statusCode(400).body("errors[0].field", equalTo("validDays"));
        as(Tokens.school()).get(links(mentee)).then().body("size()", equalTo(0));
    }

    @Test
    void theRankingOffersOnlyConsentedPeopleOfTheOtherSideOfTheSameSchoolAndFeedsThePreferences() {
        UUID mentee = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        UUID mentor = mentor(Tokens.school(), Demo.SCHOOL_A1, "Наставник " + UUID.randomUUID());
        UUID otherMentee = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        UUID stranger = mentor(Tokens.school2(), Demo.SCHOOL_B1, "Чужой наставник");
        String token = send(mentee, PREFERENCE).getString("token");
        JsonPath form = as(null).get("/api/fill/" + token).then().statusCode(200).extract().jsonPath();
        List<String> offered = form.getList("candidates.id");
        assertThat(offered).contains(mentor.toString())
                .doesNotContain(mentee.toString(), otherMentee.toString(), stranger.toString());

        as(null).body(Map.of("answers", Map.of("preferences", List.of(stranger.toString()))))
                .post("/api/fill/" + token).then().statusCode(400)
                .body("errors[0].field", equalTo("answers.preferences"));
        as(null).body(Map.of("answers", Map.of("preferences", List.of(mentor.toString()))))
                .post("/api/fill/" + token).then().statusCode(201);
        as(Tokens.school()).get(SCHOOL + "/participants/" + mentee).then()
                .body("preferences", contains(mentor.toString()));
    }

    @Test
    void theFillPageNeedsNoTokenAndIgnoresTheCallersRole() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String token = send(p, Api.MENTEE_REQUEST).getString("token");
        as(Tokens.school2()).get("/api/fill/" + token).then().statusCode(200)
                .body("participantName", startsWith("Участник"))
                .body("$", not(org.hamcrest.Matchers.hasKey("participantId")));
    }

    static UUID mentor(String token, UUID school, String name) {
        Map<String, Object> consent = Map.of("givenBy", "SELF", "giverName", name, "givenOn", "2025-09-01", "scope",
                "Программа наставничества", "documentRef", "Заявление");
        return UUID.fromString(as(token).body(Map.of("kind", "TEACHER", "fullName", name, "mentorCandidate", true,
                "consent", consent, "mentorProfile", Map.of("competencies", List.of("subject-math"), "capacity", 2)))
                .post("/api/schools/" + school + "/participants").then().statusCode(201).extract().path("id"));
    }
}
