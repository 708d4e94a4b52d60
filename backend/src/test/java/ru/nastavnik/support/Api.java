package ru.nastavnik.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Small helpers for tests that set up data through the API itself, as a user would. */
public final class Api {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));
    private static final int[] INN_WEIGHTS = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };

    private Api() {
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** A valid ИНН that no other test uses. */
    public static String uniqueInn() {
        String body = String.format("69%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += INN_WEIGHTS[i] * (body.charAt(i) - '0');
        }
        return body + (sum % 11 % 10);
    }

    public static String uniqueOktmo() {
        return String.format("9%07d", SEQUENCE.incrementAndGet() % 10_000_000);
    }

    public static Map<String, Object> schoolBody(UUID municipalityId, String shortName) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityId", municipalityId.toString());
        body.put("fullName", "Муниципальное общеобразовательное учреждение «" + shortName + "»");
        body.put("shortName", shortName);
        body.put("kind", "GENERAL");
        body.put("inn", uniqueInn());
        body.put("address", "г. Тверь, ул. Тестовая, д. 1");
        return body;
    }

    public static UUID createSchool(String token, UUID municipalityId) {
        return UUID.fromString(as(token).body(schoolBody(municipalityId, "Школа " + SEQUENCE.incrementAndGet()))
                .post("/api/schools").then().statusCode(201).extract().path("id"));
    }

    public static UUID createMunicipality(String token) {
        return UUID.fromString(as(token)
                .body(Map.of("name", "Тестовый округ " + SEQUENCE.incrementAndGet(), "oktmo", uniqueOktmo()))
                .post("/api/municipalities").then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> curatorBody(String fullName) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("position", "Заместитель директора");
        body.put("orderNumber", "1-о/д");
        body.put("orderDate", "2025-09-01");
        return body;
    }

    public static UUID createCurator(String token, UUID schoolId) {
        return UUID.fromString(as(token).body(curatorBody("Куратор " + SEQUENCE.incrementAndGet()))
                .post("/api/schools/" + schoolId + "/curators").then().statusCode(201).extract().path("id"));
    }

    /** A minor pupil whose parent consented, with personal data. */
    public static Map<String, Object> pupilWithConsent(String fullName) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("givenBy", "PARENT");
        consent.put("giverName", "Родитель " + fullName);
        consent.put("givenOn", "2025-09-01");
        consent.put("scope", "Обработка персональных данных в программе наставничества");
        consent.put("documentRef", "Согласие № " + SEQUENCE.incrementAndGet());
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PUPIL");
        body.put("fullName", fullName);
        body.put("menteeCandidate", true);
        body.put("birthDate", "2012-03-15");
        body.put("gradeOrPosition", "8 «А»");
        body.put("email", "pupil@example.ru");
        body.put("menteeProfile", Map.of("requests", java.util.List.of("subject-math", "olympiads"),
                "difficulties", "Трудно с геометрией", "desiredForms", java.util.List.of("PUPIL_PUPIL")));
        body.put("consent", consent);
        return body;
    }

    public static UUID createParticipant(String token, UUID schoolId) {
        return UUID.fromString(as(token).body(pupilWithConsent("Участник " + SEQUENCE.incrementAndGet()))
                .post("/api/schools/" + schoolId + "/participants").then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> templateBody(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("audience", "MENTEE");
        body.put("purpose", "REQUEST");
        body.put("questions", java.util.List.of(
                Map.of("id", "need", "type", "COMPETENCIES", "text", "С чем нужна помощь?", "required", true,
                        "feeds", "requests"),
                Map.of("id", "how", "type", "SINGLE", "text", "Как удобнее встречаться?", "required", false,
                        "options", java.util.List.of(Map.of("value", "live", "label", "Очно"),
                                Map.of("value", "online", "label", "Онлайн"))),
                Map.of("id", "mood", "type", "SCALE", "text", "Насколько вам нравится учиться?", "required", true)));
        return body;
    }

    /** A draft questionnaire of the school whose curator the token belongs to. */
    public static UUID createTemplate(String token) {
        return UUID.fromString(as(token).body(templateBody("Анкета " + SEQUENCE.incrementAndGet()))
                .post("/api/questionnaires").then().statusCode(201).extract().path("id"));
    }

    /** The built-in mentee request questionnaire. */
    public static final String MENTEE_REQUEST = "61000000-0000-0000-0000-000000000002";

    public static Map<String, Object> menteeRequestAnswers(String... requests) {
        return Map.of("templateId", MENTEE_REQUEST, "answers", Map.of("requests", java.util.List.of(requests),
                "mentorKind", "teacher", "availability", "После уроков по вторникам"));
    }

    public static Map<String, Object> contingentBody(Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("pupils", 500);
        body.put("teachers", 40);
        body.put("youngTeachers", 5);
        body.put("additionalPupils", 120);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    /** A fresh academic year, so that each test's contingent is its own. */
    public static int uniqueYear() {
        return 2030 + SEQUENCE.incrementAndGet() % 70;
    }

    /**
     * The resource as it is now, cut to what the update accepts (the properties of its input schema in the
     * contract), to be sent back unchanged: the API refuses properties it does not know, read-only ones included.
     */
    public static Map<String, Object> current(String token, String path, String inputSchema) {
        Response r = as(token).get(path);
        r.then().statusCode(200);
        return Contract.cut(inputSchema, r.jsonPath().getMap(""));
    }
}
