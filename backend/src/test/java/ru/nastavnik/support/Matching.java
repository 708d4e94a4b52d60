package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;

/**
 * Candidates for match runs set up through the API as a curator would: a participant with a consent, then the
 * paper questionnaire that makes them a candidate. Each test gets a fresh school, so that runs see only its people.
 */
public final class Matching {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    public static final String MENTOR_APPLICATION = "61000000-0000-0000-0000-000000000001";
    public static final String PUPIL_MENTOR_APPLICATION = "61000000-0000-0000-0000-000000000011";
    public static final String TEACHER_MENTOR_APPLICATION = "61000000-0000-0000-0000-000000000012";
    public static final String PREFERENCES = "61000000-0000-0000-0000-000000000003";

    private Matching() {
    }

    /** A school and the token of its curator. */
    public record School(UUID id, String token) {

        public String runs() {
            return "/api/schools/" + id + "/match-runs";
        }

        public String exclusions() {
            return "/api/schools/" + id + "/match-exclusions";
        }
    }

    public static School freshSchool(UUID municipality) {
        UUID id = Api.createSchool(Tokens.region(), municipality);
        return new School(id, Tokens.forSchool(id));
    }

    public static School freshSchool() {
        return freshSchool(Demo.MUNI_A);
    }

    /** A fresh municipality of the demo region and its coordinator's token. */
    public record Municipality(UUID id, String token) {

        public String runs() {
            return "/api/municipalities/" + id + "/match-runs";
        }

        public String exclusions() {
            return "/api/municipalities/" + id + "/match-exclusions";
        }
    }

    public static Municipality freshMunicipality() {
        UUID id = Api.createMunicipality(Tokens.region());
        return new Municipality(id, Tokens.token("muni-" + id, "municipal",
                Map.of("region_id", Demo.REGION, "municipality_id", id)));
    }

    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    private static Map<String, Object> adultConsent(String fullName) {
        return Map.of("givenBy", "SELF", "giverName", fullName, "givenOn", "2025-09-01", "scope",
                "Участие в программе наставничества", "documentRef", "Согласие № " + SEQUENCE.incrementAndGet());
    }

    private static Map<String, Object> parentConsent(String fullName) {
        return Map.of("givenBy", "PARENT", "giverName", "Родитель " + fullName, "givenOn", "2025-09-01", "scope",
                "Участие в программе наставничества", "documentRef", "Согласие № " + SEQUENCE.incrementAndGet());
    }

    private static UUID create(School s, Map<String, Object> body) {
        return UUID.fromString(as(s.token()).body(body).post("/api/schools/" + s.id() + "/participants").then()
                .statusCode(201).extract().path("id"));
    }

    public static void answer(School s, UUID participant, String template, Map<String, Object> answers) {
        as(s.token()).body(Map.of("templateId", template, "answers", answers))
                .post("/api/schools/" + s.id() + "/participants/" + participant + "/responses").then()
                .statusCode(201);
    }

    /** A teacher who applied as a mentor (the general application) for the teacher–teacher form. */
    public static UUID teacher(School s, String fullName, int years, int capacity, String availability,
            String... competencies) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TEACHER");
        body.put("fullName", fullName);
        body.put("mentorCandidate", true);
        body.put("birthDate", "1978-02-10");
        body.put("gradeOrPosition", "Учитель, высшая категория");
        body.put("experienceYears", years);
        body.put("consent", adultConsent(fullName));
        UUID id = create(s, body);
        answer(s, id, MENTOR_APPLICATION, Map.of("experience", "gt3", "competencies", List.of(competencies),
                "forms", List.of("TEACHER_TEACHER"), "capacity", String.valueOf(capacity), "availability",
                availability));
        return id;
    }

    /** A young specialist who asked for a mentor (the general request questionnaire). */
    public static UUID youngSpecialist(School s, String fullName, int years, String availability,
            String... requests) {
        UUID id = youngSpecialistWithoutRequest(s, fullName, years);
        answer(s, id, Api.MENTEE_REQUEST, Map.of("requests", List.of(requests), "mentorKind", "teacher",
                "availability", availability));
        return id;
    }

    /** A young specialist, a mentee candidate with a consent, who has filled no questionnaire yet. */
    public static UUID youngSpecialistWithoutRequest(School s, String fullName, int years) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "YOUNG_SPECIALIST");
        body.put("fullName", fullName);
        body.put("menteeCandidate", true);
        body.put("birthDate", "2001-05-20");
        body.put("gradeOrPosition", "Учитель, первый год");
        body.put("experienceYears", years);
        body.put("consent", adultConsent(fullName));
        return create(s, body);
    }

    /** An employer's representative who applied to mentor students (the general application). */
    public static UUID employer(School s, String fullName) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "EMPLOYER");
        body.put("fullName", fullName);
        body.put("mentorCandidate", true);
        body.put("gradeOrPosition", "Инженер-технолог");
        body.put("consent", adultConsent(fullName));
        UUID id = create(s, body);
        answer(s, id, MENTOR_APPLICATION, Map.of("experience", "1to3", "competencies", List.of("career"), "forms",
                List.of("EMPLOYER_STUDENT"), "capacity", "1", "availability", "Пятница после 16:00"));
        return id;
    }

    /** An adult college student who asked for a mentor. */
    public static UUID student(School s, String fullName) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "STUDENT");
        body.put("fullName", fullName);
        body.put("menteeCandidate", true);
        body.put("birthDate", "2004-02-02");
        body.put("gradeOrPosition", "3 курс");
        body.put("consent", adultConsent(fullName));
        UUID id = create(s, body);
        answer(s, id, Api.MENTEE_REQUEST, Map.of("requests", List.of("career"), "mentorKind", "teacher",
                "availability", "Пятница после 16:00"));
        return id;
    }

    /**
     * A head who applied to mentor teachers. The general application offers no head–teacher form, so the curator
     * records it in the profile afterwards, as they would from the head's own words.
     */
    public static UUID head(School s, String fullName) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "HEAD");
        body.put("fullName", fullName);
        body.put("mentorCandidate", true);
        body.put("gradeOrPosition", "Директор");
        body.put("experienceYears", 30);
        body.put("consent", adultConsent(fullName));
        UUID id = create(s, body);
        answer(s, id, MENTOR_APPLICATION, Map.of("experience", "gt3", "competencies", List.of("documentation"),
                "forms", List.of("TEACHER_TEACHER"), "capacity", "1", "availability", "Среда после 15:00"));
        String path = "/api/schools/" + s.id() + "/participants/" + id;
        Map<String, Object> current = Api.current(s.token(), path, "ParticipantInput");
        current.put("mentorProfile", Map.of("competencies", List.of("documentation"), "capacity", 1,
                "availability", "Среда после 15:00", "formsAccepted", List.of("HEAD_TEACHER")));
        as(s.token()).body(current).put(path).then().statusCode(200);
        return id;
    }

    /** An older pupil who applied to mentor younger ones (the pupil–pupil mentor questionnaire). */
    public static UUID olderPupil(School s, String fullName, String birthDate, String grade, String... competencies) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PUPIL");
        body.put("fullName", fullName);
        body.put("mentorCandidate", true);
        body.put("birthDate", birthDate);
        body.put("gradeOrPosition", grade);
        body.put("consent", parentConsent(fullName));
        UUID id = create(s, body);
        answer(s, id, PUPIL_MENTOR_APPLICATION, Map.of("grade", "10", "strengths", List.of("study"), "competencies",
                List.of(competencies), "capacity", "1", "availability", "Вторник после уроков"));
        return id;
    }

    /** A pupil who asked for a mentor. */
    public static UUID pupil(School s, String fullName, String birthDate, String grade, String... requests) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PUPIL");
        body.put("fullName", fullName);
        body.put("menteeCandidate", true);
        body.put("birthDate", birthDate);
        body.put("gradeOrPosition", grade);
        body.put("consent", parentConsent(fullName));
        UUID id = create(s, body);
        answer(s, id, Api.MENTEE_REQUEST, Map.of("requests", List.of(requests), "mentorKind", "older",
                "availability", "Вторник после уроков"));
        return id;
    }

    /** The ranking a participant gave after the group meeting, best first. */
    public static void ranks(School s, UUID participant, UUID... others) {
        answer(s, participant, PREFERENCES,
                Map.of("preferences", Arrays.stream(others).map(UUID::toString).toList()));
    }

    public static Map<String, Object> runBody(String form) {
        Map<String, Object> body = new HashMap<>();
        body.put("form", form);
        return body;
    }

    public static Response startRun(String token, String runs, Map<String, Object> body) {
        return as(token).body(body).post(runs);
    }

    public static Map<String, Object> acceptBody(List<String> proposalIds) {
        LocalDate start = LocalDate.now();
        return Map.of("proposalIds", proposalIds, "plannedStart", start.toString(), "plannedEnd",
                start.plusMonths(9).toString());
    }
}
