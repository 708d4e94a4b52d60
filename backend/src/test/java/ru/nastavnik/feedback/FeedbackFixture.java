package ru.nastavnik.feedback;

import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/** People and pairs for the feedback tests, set up through the API as a curator would, in a school of their own. */
final class FeedbackFixture {

    static final UUID SCHOOL = Demo.SCHOOL_A2;

    private FeedbackFixture() {
    }

    static String curator() {
        return Tokens.forSchool(SCHOOL);
    }

    /** An address no other test sends to. */
    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ru";
    }

    static String name(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A teacher with her own consent, a mentor candidate, with an e-mail address or without one. */
    static UUID teacher(String fullName, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TEACHER");
        body.put("fullName", fullName);
        body.put("mentorCandidate", true);
        body.put("birthDate", "1985-04-12");
        body.put("mentorProfile", Map.of("competencies", List.of("subject-math"), "capacity", 5,
                "formsAccepted", List.of("TEACHER_PUPIL")));
        body.put("consent", Map.of("givenBy", "SELF", "giverName", fullName, "givenOn", "2025-09-01", "scope",
                "Участие в программе наставничества", "documentRef", "Согласие " + UUID.randomUUID()));
        if (email != null) {
            body.put("email", email);
        }
        return create(body);
    }

    /** A minor pupil whose parent consented, with the family's e-mail address or without one. */
    static UUID pupil(String fullName, String email) {
        Map<String, Object> body = new HashMap<>(Api.pupilWithConsent(fullName));
        body.remove("email");
        if (email != null) {
            body.put("email", email);
        }
        return create(body);
    }

    private static UUID create(Map<String, Object> body) {
        return UUID.fromString(as(curator()).body(body).post("/api/schools/" + SCHOOL + "/participants").then()
                .statusCode(201).extract().path("id"));
    }

    /** A proposed pair (one mentee) or group (several) from today for the given number of months. */
    static UUID proposed(UUID mentor, List<UUID> mentees, int months) {
        LocalDate start = LocalDate.now();
        Map<String, Object> body = Pairs.body("TEACHER_PUPIL", mentees.size() > 1 ? "GROUP" : "TRADITIONAL", mentor,
                mentees, start, start.plusMonths(months));
        return UUID.fromString(as(curator()).body(body).post(Pairs.mentorships(SCHOOL)).then().statusCode(201)
                .extract().path("id"));
    }

    /** A pair approved by an order and started today. */
    static UUID active(UUID mentor, List<UUID> mentees, int months) {
        UUID pair = proposed(mentor, mentees, months);
        Pairs.issueOrder(curator(), SCHOOL, List.of(pair));
        act(pair, "activate", Map.of("startedOn", LocalDate.now().toString()));
        return pair;
    }

    static void act(UUID pair, String action, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", Pairs.version(curator(), SCHOOL, pair));
        as(curator()).body(withVersion).post(path(pair) + "/" + action).then().statusCode(200);
    }

    static String path(UUID pair) {
        return Pairs.mentorships(SCHOOL) + "/" + pair;
    }

    static JsonPath overview(UUID pair) {
        return as(curator()).get(path(pair) + "/feedback").then().statusCode(200).extract().jsonPath();
    }

    /** The statuses of a person's deliveries of one purpose in the pair, in order of their dates. */
    static List<String> statuses(UUID pair, UUID participant, String purpose) {
        return overview(pair).getList("deliveries.findAll { it.participantId == '" + participant
                + "' && it.purpose == '" + purpose + "' }.status");
    }

    static Map<String, Object> schedule(UUID pair, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", as(curator()).get(path(pair) + "/feedback-schedule").then().statusCode(200).extract()
                .path("version"));
        return as(curator()).body(body).put(path(pair) + "/feedback-schedule").then().statusCode(200).extract()
                .jsonPath().getMap("");
    }

    /** How many fill links a participant has been sent of a questionnaire, whatever became of them. */
    static long links(UUID participant, String title) {
        List<String> titles = as(curator()).get("/api/schools/" + SCHOOL + "/participants/" + participant
                + "/fill-links").then().statusCode(200).extract().path("templateTitle");
        return titles.stream().filter(title::equals).count();
    }
}
