package ru.nastavnik.questionnaire;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
class ResponseApiTest {

    private static final String SCHOOL = "/api/schools/" + Demo.SCHOOL_A1;
    private static final String SATISFACTION = "61000000-0000-0000-0000-000000000005";
    private static final String MENTOR_APPLICATION = "61000000-0000-0000-0000-000000000001";
    private static final String PREFERENCE = "61000000-0000-0000-0000-000000000003";
    private static final String TEACHER_TEACHER_MENTOR = "61000000-0000-0000-0000-000000000012";

    private static String responses(UUID participant) {
        return SCHOOL + "/participants/" + participant + "/responses";
    }

    @Test
    void aPaperQuestionnaireEnteredByTheCuratorUpdatesTheMenteesRequests() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        as(Tokens.school()).body(Api.menteeRequestAnswers("career", "projects")).post(responses(p)).then()
                .statusCode(201).body("channel", equalTo("PAPER")).body("enteredBy", equalTo("school"))
                .body("templateTitle", equalTo("Анкета наставляемого"));
        as(Tokens.school()).get(SCHOOL + "/participants/" + p).then()
                .body("menteeProfile.requests", contains("career", "projects"));
    }

    @Test
    void answersAreCheckedAgainstTheQuestionsAndNothingIsSavedOnError() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        as(Tokens.school()).body(Map.of("templateId", Api.MENTEE_REQUEST, "answers",
                Map.of("mentorKind", "wizard", "unknown", "x", "availability", 5))).post(responses(p)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("answers.requests", "answers.mentorKind", "answers.availability",
                        "answers.unknown"))
                .body("errors[0].message", equalTo("Ответьте на обязательный вопрос"));
        as(Tokens.school()).get(responses(p)).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aScaleAnswerOutOfRangeIsRefused() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        Map<String, Object> answers = Map.of("useful", 11, "comfort", 8, "frequency", 7, "expectations", 9,
                "curator", 10, "again", "yes");
        as(Tokens.school()).body(Map.of("templateId", SATISFACTION, "answers", answers)).post(responses(p)).then()
                .statusCode(400).body("errors[0].field", equalTo("answers.useful"))
                .body("errors[0].message", equalTo("Оценка — целое число от 1 до 10"));
    }

    @Test
    void aNewResponseSupersedesTheOldOneWhichStaysUnchanged() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        as(Tokens.school()).body(Api.menteeRequestAnswers("exams")).post(responses(p)).then().statusCode(201);
        as(Tokens.school()).body(Api.menteeRequestAnswers("olympiads")).post(responses(p)).then().statusCode(201);
        as(Tokens.school()).get(responses(p)).then().statusCode(200)
                .body("superseded", contains(false, true))
                .body("answers.requests", contains(List.of("olympiads"), List.of("exams")));
    }

    @Test
    void aQuestionnaireForMentorsIsNotTakenFromAMenteeOnly() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        as(Tokens.school()).body(Map.of("templateId", MENTOR_APPLICATION, "answers", Map.of())).post(responses(p))
                .then().statusCode(400).body("errors[0].field", equalTo("templateId"));
    }

    @Test
    void aParticipantCannotRankThemselvesOrStrangers() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        UUID other = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        UUID stranger = Api.createParticipant(Tokens.school2(), Demo.SCHOOL_B1);
        for (UUID bad : List.of(p, stranger)) {
            as(Tokens.school()).body(Map.of("templateId", PREFERENCE, "answers",
                    Map.of("preferences", List.of(other.toString(), bad.toString())))).post(responses(p)).then()
                    .statusCode(400).body("errors[0].field", equalTo("answers.preferences"));
        }
        as(Tokens.school()).body(Map.of("templateId", PREFERENCE, "answers",
                Map.of("preferences", List.of(other.toString())))).post(responses(p)).then().statusCode(201);
    }

    @Test
    void withoutConsentNoQuestionnaireIsTakenAndWithdrawalErasesTheAnswers() {
        UUID none = UUID.fromString(as(Tokens.school()).body(Map.of("kind", "PUPIL", "fullName", "Без согласия",
                "menteeCandidate", true)).post(SCHOOL + "/participants").then().statusCode(201).extract().path("id"));
        as(Tokens.school()).body(Api.menteeRequestAnswers("career")).post(responses(none)).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:no-consent"));

        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        as(Tokens.school()).body(Api.menteeRequestAnswers("leadership")).post(responses(p)).then().statusCode(201);
        String summary = SCHOOL + "/questionnaires/" + Api.MENTEE_REQUEST + "/summary";
        int before = as(Tokens.school()).get(summary).then().statusCode(200).extract().path("responses");
        as(Tokens.school()).body(Map.of("withdrawnOn", "2025-09-01")).post(SCHOOL + "/participants/" + p
                + "/consents/withdraw").then().statusCode(200);
        as(Tokens.school()).get(summary).then().body("responses", equalTo(before - 1));
    }

    @Test
    void theSummaryCountsTheCurrentAnswersPerOption() {
        UUID p = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        as(Tokens.school()).body(Api.menteeRequestAnswers("digital-tools")).post(responses(p)).then().statusCode(201);
        as(Tokens.school()).get(SCHOOL + "/questionnaires/" + Api.MENTEE_REQUEST + "/summary").then().statusCode(200)
                .body("questions.questionId", hasItem("requests"))
                .body("questions.find { it.questionId == 'requests' }.counts.find { it.value == 'digital-tools' }.label",
                        equalTo("Цифровые образовательные ресурсы"))
                .body("questions.find { it.questionId == 'mentorKind' }.counts.value",
                        contains("peer", "older", "teacher", "professional"));
    }

    @Test
    void aMentorQuestionnaireOfAFormFeedsCapacityTimeAndTheForm() {
        UUID mentor = FillLinkApiTest.mentor(Tokens.school(), Demo.SCHOOL_A1, "Учитель " + UUID.randomUUID());
        Map<String, Object> answers = Map.of("category", "highest", "mentoring", "gt3", "competencies",
                List.of("lesson-planning", "classroom-management"), "capacity", "3", "formats", List.of("lessons"),
                "availability", "Понедельник после 15:00");
        as(Tokens.school()).body(Map.of("templateId", TEACHER_TEACHER_MENTOR, "answers", answers))
                .post(responses(mentor)).then().statusCode(201);
        as(Tokens.school()).get(SCHOOL + "/participants/" + mentor).then()
                .body("mentorProfile.capacity", equalTo(3))
                .body("mentorProfile.availability", equalTo("Понедельник после 15:00"))
                .body("mentorProfile.formsAccepted", contains("TEACHER_TEACHER"))
                .body("mentorProfile.competencies", contains("lesson-planning", "classroom-management"));
    }
}
