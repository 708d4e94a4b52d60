package ru.nastavnik.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Recognition;
import ru.nastavnik.support.Tokens;

/** Best practices from the school's proposal through the municipal review, and what leaves the school on the way. */
@QuarkusTest
class BestPracticeApiTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;
    private static final String PRACTICES = Recognition.practices(SCHOOL);
    private static final String MUNICIPAL = Recognition.municipal(Demo.MUNI_A);
    private static final String REGIONAL = Recognition.regional(Demo.REGION);
    private static final String PARTICIPANTS = "/api/schools/" + SCHOOL + "/participants";

    private static String curator() {
        return Tokens.school();
    }

    private static String coordinator() {
        return Tokens.muni();
    }

    private static JsonPath practice(UUID id) {
        return Recognition.get(curator(), SCHOOL, id);
    }

    private static String participant(JsonPath practice, String role) {
        return practice.getString("participants.find { it.role == '" + role + "' }.participantId");
    }

    private static String name(JsonPath practice, String role) {
        return practice.getString("participants.find { it.role == '" + role + "' }.fullName");
    }

    @Test
    void onlyACompletedPairCanBeProposedAndOnlyOnce() {
        UUID active = Pairs.approvedPair(curator(), SCHOOL);
        as(curator()).body(Map.of("version", Pairs.version(curator(), SCHOOL, active)))
                .post(Pairs.mentorships(SCHOOL) + "/" + active + "/activate").then().statusCode(200);
        long before = as(curator()).get(PRACTICES + "?size=1").then().extract().jsonPath().getLong("total");
        as(curator()).body(Recognition.proposal(active, "Действующая пара")).post(PRACTICES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("mentorshipId"))
                .body("errors[0].message", containsString("Пара ещё не завершена"));

        UUID terminated = Pairs.proposedPair(curator(), SCHOOL);
        as(curator()).body(Map.of("version", Pairs.version(curator(), SCHOOL, terminated), "reason", "MUTUAL_DECISION"))
                .post(Pairs.mentorships(SCHOOL) + "/" + terminated + "/terminate").then().statusCode(200);
        as(curator()).body(Recognition.proposal(terminated, "Прекращённая пара")).post(PRACTICES).then()
                .statusCode(400).body("errors[0].message", containsString("прекращена досрочно"));

        UUID foreign = Recognition.completedPair(Tokens.school2(), Demo.SCHOOL_B1);
        as(curator()).body(Recognition.proposal(foreign, "Чужая пара")).post(PRACTICES).then().statusCode(400)
                .body("errors[0].field", equalTo("mentorshipId"))
                .body("errors[0].message", equalTo("Наставническая пара не найдена в организации"));

        UUID completed = Recognition.completedPair(curator(), SCHOOL);
        Response created = as(curator()).body(Recognition.proposal(completed, "Геометрия вдвоём")).post(PRACTICES);
        created.then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("mentorship.id", equalTo(completed.toString()))
                .body("participants.role", contains("MENTOR", "MENTEE"))
                .body("participants.find { it.role == 'MENTEE' }.minor", equalTo(true))
                .body("allowedActions", contains("EDIT", "SUBMIT", "DELETE"));
        assertThat(created.header("Location")).endsWith(PRACTICES + "/" + created.jsonPath().getString("id"));
        as(curator()).body(Recognition.proposal(completed, "Ещё раз")).post(PRACTICES).then().statusCode(400)
                .body("errors[0].message", equalTo("Эта пара уже предложена как лучшая практика"));
        assertThat(as(curator()).get(PRACTICES + "?size=1").then().extract().jsonPath().getLong("total"))
                .isEqualTo(before + 1);
    }

    @Test
    void withoutEveryParticipantsConsentToPublishThePracticeIsNotSubmitted() {
        UUID id = Recognition.draft(curator(), SCHOOL);
        JsonPath p = practice(id);
        String mentor = participant(p, "MENTOR");
        Recognition.recordConsent(curator(), SCHOOL, id, mentor,
                Recognition.consentBody("NAME", "SELF", name(p, "MENTOR"))).then().statusCode(200);
        String mentee = participant(p, "MENTEE");
        Recognition.submit(curator(), SCHOOL, id).then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("consents." + mentee))
                .body("errors[0].message", equalTo(name(p, "MENTEE") + ": нет согласия на публикацию"));
        assertThat(practice(id).getString("status")).isEqualTo("DRAFT");
        assertThat(as(curator()).get(PRACTICES + "/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getList("")).isEmpty();

        Recognition.recordConsent(curator(), SCHOOL, id, mentee,
                Recognition.consentBody("ANONYMOUS", "PARENT", "Родитель")).then().statusCode(200);
        Recognition.submit(curator(), SCHOOL, id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("allowedActions", empty());
    }

    @Test
    void aMinorsConsentToPublishIsGivenByAParentOrGuardianAndAnAdultsByThemselves() {
        UUID id = Recognition.draft(curator(), SCHOOL);
        JsonPath p = practice(id);
        String mentee = participant(p, "MENTEE");
        Recognition.recordConsent(curator(), SCHOOL, id, mentee,
                Recognition.consentBody("NAME", "SELF", name(p, "MENTEE"))).then().statusCode(400)
                .body("errors[0].field", equalTo("givenBy"))
                .body("errors[0].message", equalTo("За несовершеннолетнего согласие даёт родитель или законный представитель"));
        Recognition.recordConsent(curator(), SCHOOL, id, participant(p, "MENTOR"),
                Recognition.consentBody("NAME", "PARENT", "Мать наставника")).then().statusCode(400)
                .body("errors[0].message", equalTo("Совершеннолетний участник даёт согласие сам"));
        assertThat(practice(id).getList("participants.consent")).containsOnlyNulls();

        Recognition.recordConsent(curator(), SCHOOL, id, mentee,
                Recognition.consentBody("NAME", "GUARDIAN", "Опекун Иванова Н. П.")).then().statusCode(200)
                .body("participants.find { it.role == 'MENTEE' }.consent.givenBy", equalTo("GUARDIAN"))
                .body("participants.find { it.role == 'MENTEE' }.consent.giverName", equalTo("Опекун Иванова Н. П."))
                .body("participants.find { it.role == 'MENTEE' }.consent.recordedBy",
                        equalTo("Тестовый пользователь school"));
    }

    @Test
    void someoneOutsideThePairOrWithoutAConsentToProcessingCannotConsentToPublish() {
        UUID id = Recognition.draft(curator(), SCHOOL);
        UUID stranger = Pairs.mentee(curator(), SCHOOL, "Посторонний " + UUID.randomUUID());
        Recognition.recordConsent(curator(), SCHOOL, id, stranger.toString(),
                Recognition.consentBody("NAME", "PARENT", "Родитель")).then().statusCode(404);

        JsonPath p = practice(id);
        String mentor = participant(p, "MENTOR");
        as(curator()).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post(PARTICIPANTS + "/" + mentor + "/consents/withdraw").then().statusCode(200);
        Recognition.recordConsent(curator(), SCHOOL, id, mentor,
                Recognition.consentBody("NAME", "SELF", name(p, "MENTOR"))).then().statusCode(409)
                .body("detail", containsString("без действующего согласия на обработку персональных данных"));
    }

    @Test
    void materialsAreRecognisedByTheirContentAndKeepWithinTheLimits() {
        UUID id = Recognition.draft(curator(), SCHOOL);
        Response png = Recognition.attach(curator(), SCHOOL, id, Recognition.png(2000), "фото с конференции.pdf");
        png.then().statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("fileName", equalTo("фото с конференции.png"))
                .body("size", equalTo(2000));
        String location = png.header("Location");
        assertThat(location).endsWith(PRACTICES + "/" + id + "/attachments/" + png.jsonPath().getString("id"));
        Recognition.attach(curator(), SCHOOL, id, Recognition.docx(), "План работы").then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("fileName", equalTo("План работы.docx"));
        Recognition.attach(curator(), SCHOOL, id, Recognition.jpeg(100), "встреча.jpeg").then().statusCode(201)
                .body("fileName", equalTo("встреча.jpeg"));

        Recognition.attach(curator(), SCHOOL, id, "MZ это программа".getBytes(), "отчёт.pdf").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nastavnik:problem:unsupported-attachment-type"))
                .body("errors[0].field", equalTo("file"));
        Recognition.attach(curator(), SCHOOL, id, Recognition.zip("[Content_Types].xml", "xl/workbook.xml"),
                "таблица.docx").then().statusCode(415);
        Recognition.attach(curator(), SCHOOL, id, Recognition.pdf(1024 * 1024 + 1), "большой.pdf").then()
                .statusCode(413).body("type", equalTo("urn:nastavnik:problem:attachment-too-large"))
                .body("detail", containsString("1 МБ"))
                .body("errors[0].field", equalTo("file"));
        assertThat(practice(id).getList("attachments")).hasSize(3);

        Recognition.attach(curator(), SCHOOL, id, Recognition.pdf(1024 * 1024), "первый.pdf").then().statusCode(201);
        Recognition.attach(curator(), SCHOOL, id, Recognition.pdf(1024 * 1024), "второй.pdf").then().statusCode(201);
        long size = practice(id).getLong("attachmentsSize");
        Recognition.attach(curator(), SCHOOL, id, Recognition.pdf(600 * 1024), "третий.pdf").then().statusCode(413)
                .body("type", equalTo("urn:nastavnik:problem:attachments-too-large"))
                .body("detail", containsString("не больше 2,5 МБ"));
        JsonPath after = practice(id);
        assertThat(after.getList("attachments")).hasSize(5);
        assertThat(after.getLong("attachmentsSize")).isEqualTo(size);
        assertThat(after.getLong("limits.maxFileSize")).isEqualTo(1024 * 1024);
    }

    @Test
    void aMaterialDownloadsAsItWasUploadedUnderItsName() {
        UUID id = Recognition.draft(curator(), SCHOOL);
        byte[] pdf = Recognition.pdf(5000);
        String attachment = Recognition.attach(curator(), SCHOOL, id, pdf, "Программа пары.pdf").then()
                .statusCode(201).extract().path("id");
        Response file = as(curator()).get(PRACTICES + "/" + id + "/attachments/" + attachment + "/content");
        file.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''%D0%9F%D1%80%D0%BE%D0%B3%D1%80%D0%B0"
                        + "%D0%BC%D0%BC%D0%B0%20%D0%BF%D0%B0%D1%80%D1%8B.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertThat(file.asByteArray()).isEqualTo(pdf);

        as(curator()).delete(PRACTICES + "/" + id + "/attachments/" + attachment).then().statusCode(204);
        as(curator()).get(PRACTICES + "/" + id + "/attachments/" + attachment).then().statusCode(404);
    }

    @Test
    void aSubmittedPracticeIsNoLongerChangedByTheSchool() {
        UUID id = Recognition.submitted(curator(), SCHOOL, "NAME");
        JsonPath p = practice(id);
        as(curator()).body(Map.of("title", "Другое", "description", "Другое", "results", "Другое", "version",
                p.getInt("version"))).put(PRACTICES + "/" + id).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:practice-not-editable"));
        Recognition.attach(curator(), SCHOOL, id, Recognition.pdf(100), "поздно.pdf").then().statusCode(409);
        as(curator()).delete(PRACTICES + "/" + id).then().statusCode(409);
        Recognition.recordConsent(curator(), SCHOOL, id, participant(p, "MENTOR"),
                Recognition.consentBody("ANONYMOUS", "SELF", name(p, "MENTOR"))).then().statusCode(409);
        assertThat(practice(id).getString("title")).isEqualTo(p.getString("title"));
    }

    @Test
    void theMunicipalityReadsOnlyThePublishedPracticeWithTheConsentedNames() {
        UUID id = Recognition.draft(curator(), SCHOOL);
        JsonPath p = practice(id);
        Recognition.recordConsent(curator(), SCHOOL, id, participant(p, "MENTOR"),
                Recognition.consentBody("NAME_AND_PHOTO", "SELF", name(p, "MENTOR"))).then().statusCode(200);
        Recognition.recordConsent(curator(), SCHOOL, id, participant(p, "MENTEE"),
                Recognition.consentBody("ANONYMOUS", "PARENT", "Родитель")).then().statusCode(200);
        Recognition.attach(curator(), SCHOOL, id, Recognition.jpeg(300), "Наставник на уроке.jpg",
                participant(p, "MENTOR")).then().statusCode(201).body("published", equalTo(true));
        Recognition.attach(curator(), SCHOOL, id, Recognition.jpeg(300), "Иванов Петя с грамотой.jpg",
                participant(p, "MENTEE")).then().statusCode(201).body("published", equalTo(false));
        Recognition.attach(curator(), SCHOOL, id, Recognition.pdf(300), "Программа.pdf").then().statusCode(201);
        as(coordinator()).get(MUNICIPAL + "/" + id).then().statusCode(404);
        Recognition.submit(curator(), SCHOOL, id).then().statusCode(200);

        Response published = as(coordinator()).get(MUNICIPAL + "/" + id);
        published.then().statusCode(200)
                .body("title", equalTo(p.getString("title")))
                .body("schoolName", equalTo("МОУ СОШ № 17"))
                .body("form", equalTo("TEACHER_PUPIL"))
                .body("menteeCount", equalTo(1))
                .body("status", equalTo("SUBMITTED"))
                .body("people.fullName", contains(name(p, "MENTOR")))
                .body("people.role", contains("MENTOR"))
                .body("attachments.title", contains("Приложение 1", "Приложение 2"))
                .body("attachments.fileName", contains("Приложение 1.jpg", "Приложение 2.pdf"))
                .body("allowedActions", contains("ACCEPT", "RETURN"));
        String body = published.asString();
        assertThat(body).doesNotContain(name(p, "MENTEE"), participant(p, "MENTOR"), participant(p, "MENTEE"),
                "Иванов Петя", "2012-03-15", "Согласие на публикацию", "Родитель", "mentorshipId");
        assertThat(published.jsonPath().getMap("")).doesNotContainKeys("participants", "mentorship", "returnComment");

        as(coordinator()).get(MUNICIPAL + "?sort=submittedAt,desc").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        String material = published.jsonPath().getString("attachments[1].id");
        Response file = as(coordinator()).get(MUNICIPAL + "/" + id + "/attachments/" + material + "/content");
        file.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''%D0%9F%D1%80%D0%B8%D0%BB%D0%BE%D0%B6"
                        + "%D0%B5%D0%BD%D0%B8%D0%B5%202.pdf"));
        String hidden = practice(id).getString("attachments.find { it.fileName == 'Иванов Петя с грамотой.jpg' }.id");
        as(coordinator()).get(MUNICIPAL + "/" + id + "/attachments/" + hidden + "/content").then().statusCode(404);
    }

    @Test
    void withdrawingTheConsentToProcessingRemovesTheNameAndPhotosFromThePublishedPracticeAtOnce() {
        UUID id = Recognition.draft(curator(), SCHOOL);
        JsonPath p = practice(id);
        String mentor = participant(p, "MENTOR");
        Recognition.consentAll(curator(), SCHOOL, id, "NAME_AND_PHOTO");
        Recognition.attach(curator(), SCHOOL, id, Recognition.png(500), "Наставник.png", mentor).then()
                .statusCode(201);
        Recognition.submit(curator(), SCHOOL, id).then().statusCode(200);
        Recognition.review(coordinator(), Demo.MUNI_A, id, "accept", null).then().statusCode(200);
        as(Tokens.region()).get(REGIONAL + "/" + id).then().statusCode(200)
                .body("people.fullName", hasItem(name(p, "MENTOR")))
                .body("attachments", hasSize(1));

        as(curator()).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post(PARTICIPANTS + "/" + mentor + "/consents/withdraw").then().statusCode(200);

        for (String path : List.of(MUNICIPAL + "/" + id, REGIONAL + "/" + id)) {
            String token = path.startsWith(MUNICIPAL) ? coordinator() : Tokens.region();
            as(token).get(path).then().statusCode(200)
                    .body("people.fullName", not(hasItem(name(p, "MENTOR"))))
                    .body("people.fullName", contains(name(p, "MENTEE")))
                    .body("attachments", empty());
        }
        as(curator()).get(PRACTICES + "/" + id).then()
                .body("participants.find { it.role == 'MENTOR' }.consent.withdrawnOn",
                equalTo(LocalDate.now().toString()))
                .body("participants.find { it.role == 'MENTOR' }.consent.withdrawalReason",
                        equalTo("Участник отозвал согласие на обработку персональных данных"))
                .body("attachments[0].published", equalTo(false));
    }

    @Test
    void withdrawingTheConsentToPublishEndsThePublicationOfThatPerson() {
        UUID id = Recognition.submitted(curator(), SCHOOL, "NAME");
        JsonPath p = practice(id);
        as(coordinator()).get(MUNICIPAL + "/" + id).then().body("people", hasSize(2));
        as(curator()).body(Map.of("withdrawnOn", LocalDate.now().toString(), "reason", "Родители передумали"))
                .post(PRACTICES + "/" + id + "/consents/" + participant(p, "MENTEE") + "/withdraw").then()
                .statusCode(200)
                .body("participants.find { it.role == 'MENTEE' }.consent.withdrawalReason",
                        equalTo("Родители передумали"));
        as(coordinator()).get(MUNICIPAL + "/" + id).then().body("people.role", contains("MENTOR"));
        as(curator()).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post(PRACTICES + "/" + id + "/consents/" + participant(p, "MENTEE") + "/withdraw").then()
                .statusCode(409);
    }

    @Test
    void aPracticeReturnedWithACommentIsEditedAndSubmittedAgainAndTheHistoryKeepsEveryStep() {
        UUID id = Recognition.submitted(curator(), SCHOOL, "NAME");
        Recognition.review(coordinator(), Demo.MUNI_A, id, "return", null).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"))
                .body("errors[0].message", containsString("без комментария практику не вернуть"));
        Recognition.review(coordinator(), Demo.MUNI_A, id, "return", "   ").then().statusCode(400);
        assertThat(practice(id).getString("status")).isEqualTo("SUBMITTED");

        Recognition.review(coordinator(), Demo.MUNI_A, id, "return", "Добавьте, как измеряли результат").then()
                .statusCode(200).body("status", equalTo("RETURNED")).body("allowedActions", empty());
        as(coordinator()).get(MUNICIPAL + "/" + id).then().statusCode(404);
        JsonPath returned = practice(id);
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("returnComment")).isEqualTo("Добавьте, как измеряли результат");
        assertThat(returned.getList("allowedActions")).containsExactly("EDIT", "SUBMIT");

        as(curator()).body(Map.of("title", returned.getString("title"), "description", returned.getString("description"),
                "results", "Результат измеряли входной и итоговой анкетой: рост с 4 до 8 баллов.", "version",
                returned.getInt("version"))).put(PRACTICES + "/" + id).then().statusCode(200);
        int version = practice(id).getInt("version");
        as(curator()).body(Map.of("version", version, "comment", "Дописали, как измеряли"))
                .post(PRACTICES + "/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("returnComment", nullValue());

        as(curator()).get(PRACTICES + "/" + id + "/history").then().statusCode(200)
                .body("action", contains("SUBMITTED", "RETURNED", "SUBMITTED"))
                .body("fromStatus", contains("DRAFT", "SUBMITTED", "RETURNED"))
                .body("actorRole", contains("school", "municipal", "school"))
                .body("actorLogin", contains("school", "muni", "school"))
                .body("comment", contains(null, "Добавьте, как измеряли результат", "Дописали, как измеряли"));
        as(coordinator()).get(MUNICIPAL + "/" + id).then().statusCode(200)
                .body("results", startsWith("Результат измеряли"));
    }

    @Test
    void anAcceptedPracticeIsRecommendedToTheRegionWhichReadsOnlyAcceptedAndRecommendedOnes() {
        UUID submitted = Recognition.submitted(curator(), SCHOOL, "NAME");
        as(Tokens.region()).get(REGIONAL + "/" + submitted).then().statusCode(404);
        Recognition.review(coordinator(), Demo.MUNI_A, submitted, "recommend", null).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:illegal-transition"));

        UUID id = Recognition.submitted(curator(), SCHOOL, "NAME");
        Recognition.review(coordinator(), Demo.MUNI_A, id, "accept", "В банк").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("allowedActions", contains("RECOMMEND"));
        Recognition.review(coordinator(), Demo.MUNI_A, id, "accept", null).then().statusCode(409);
        as(Tokens.region()).get(REGIONAL + "?status=ACCEPTED&sort=acceptedAt,desc&size=100").then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items.id", not(hasItem(submitted.toString())));
        Recognition.review(coordinator(), Demo.MUNI_A, id, "recommend", null).then().statusCode(200)
                .body("status", equalTo("RECOMMENDED")).body("allowedActions", empty());
        as(Tokens.region()).get(REGIONAL + "?status=RECOMMENDED&sort=recommendedAt,desc&size=100").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        as(Tokens.region()).get(REGIONAL + "/" + id).then().statusCode(200).body("allowedActions", empty())
                .body("recommendedAt", not(nullValue()));
        as(Tokens.portal()).get("/api/portal/v1/best-practices/" + id).then().statusCode(200)
                .body("status", equalTo("RECOMMENDED"));
        as(Tokens.region()).get(REGIONAL + "?status=SUBMITTED").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        assertThat(practice(id).getString("status")).isEqualTo("RECOMMENDED");
        as(curator()).get(PRACTICES + "/" + id + "/history").then()
                .body("action", contains("SUBMITTED", "ACCEPTED", "RECOMMENDED"))
                .body("comment", contains(null, "В банк", null));
    }

    @Test
    void aMunicipalityNeverReachesAnotherMunicipalitysPractice() {
        UUID id = Recognition.submitted(Tokens.school2(), Demo.SCHOOL_B1, "NAME");
        as(coordinator()).get(MUNICIPAL + "/" + id).then().statusCode(404);
        as(coordinator()).get(Recognition.municipal(Demo.MUNI_B) + "/" + id).then().statusCode(404);
        as(coordinator()).body(Map.of("version", 1)).post(MUNICIPAL + "/" + id + "/accept").then().statusCode(404);
        as(coordinator()).get(MUNICIPAL + "?sort=submittedAt,desc&size=100").then().body("items.id", not(hasItem(id.toString())));
        Recognition.review(Tokens.muni2(), Demo.MUNI_B, id, "accept", null).then().statusCode(200);
        as(Tokens.school2()).get(Recognition.practice(Demo.SCHOOL_B1, id)).then().body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aDecisionOnAPracticeSomeoneChangedMeanwhileIsRefused() {
        UUID id = Recognition.submitted(curator(), SCHOOL, "NAME");
        int seen = as(coordinator()).get(MUNICIPAL + "/" + id).then().extract().path("version");
        Recognition.review(coordinator(), Demo.MUNI_A, id, "accept", null).then().statusCode(200);
        as(coordinator()).body(Map.of("version", seen)).post(MUNICIPAL + "/" + id + "/recommend").then()
                .statusCode(409).body("type", equalTo("urn:nastavnik:problem:conflict"));
    }

    @Test
    void theSchoolPreviewsThePublishedPracticeAndListsItsOwn() {
        UUID id = Recognition.draft(curator(), SCHOOL);
        Recognition.consentAll(curator(), SCHOOL, id, "ANONYMOUS");
        as(curator()).get(PRACTICES + "/" + id + "/published").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("people", empty()).body("allowedActions", empty());
        as(curator()).get(PRACTICES + "?status=DRAFT&sort=updatedAt,desc&size=100").then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items.find { it.id == '" + id + "' }.mentorship.menteeNames", hasSize(1));
        as(Tokens.school2()).get(Recognition.practice(SCHOOL, id)).then().statusCode(404);
        as(curator()).delete(PRACTICES + "/" + id).then().statusCode(204);
        as(curator()).get(PRACTICES + "/" + id).then().statusCode(404);
    }
}
