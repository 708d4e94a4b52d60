package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

/** The mentor registry's steps as a school, a municipal coordinator and the region take them. */
public final class Registry {

    private Registry() {
    }

    public static String nominations(UUID school) {
        return "/api/schools/" + school + "/mentor-nominations";
    }

    public static String nomination(UUID school, UUID id) {
        return nominations(school) + "/" + id;
    }

    public static String municipal(UUID municipality) {
        return "/api/municipalities/" + municipality + "/mentor-nominations";
    }

    public static String regional(UUID region) {
        return "/api/regions/" + region + "/mentor-registry";
    }

    public static Map<String, Object> proposal(UUID mentor) {
        Map<String, Object> body = new HashMap<>();
        body.put("participantId", mentor.toString());
        body.put("description", "Учитель математики, ведёт молодых педагогов третий год.");
        body.put("results", "Молодой учитель прошёл аттестацию.");
        body.put("training", "Курсы наставников, 72 часа");
        body.put("rewardsNote", "");
        return body;
    }

    /** A fresh adult mentor of the school and their draft nomination. */
    public static UUID draft(String token, UUID school, String fullName) {
        UUID mentor = Pairs.mentor(token, school, fullName, 1);
        return UUID.fromString(as(token).body(proposal(mentor)).post(nominations(school)).then().statusCode(201)
                .extract().path("id"));
    }

    public static Map<String, Object> consent(String publication, String giverName) {
        return Map.of("publication", publication, "givenBy", "SELF", "giverName", giverName, "givenOn",
                LocalDate.now().toString(), "documentRef", "Согласие на публикацию в реестре");
    }

    public static Response recordConsent(String token, UUID school, UUID id, String publication) {
        String name = as(token).get(nomination(school, id)).then().statusCode(200).extract().path("mentor.fullName");
        return as(token).body(consent(publication, name)).put(nomination(school, id) + "/consent");
    }

    public static int version(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().path("version");
    }

    public static Response step(String token, String path, String action, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version(token, path));
        if (comment != null) {
            body.put("comment", comment);
        }
        return as(token).body(body).post(path + "/" + action);
    }

    /** A nomination with the consent given as asked, submitted to the municipality. */
    public static UUID submitted(String token, UUID school, String fullName, String publication) {
        UUID id = draft(token, school, fullName);
        recordConsent(token, school, id, publication).then().statusCode(200);
        step(token, nomination(school, id), "submit", null).then().statusCode(200);
        return id;
    }

    /** A submitted nomination the municipality included in its registry. */
    public static UUID included(String token, UUID school, UUID municipality, String coordinator, String fullName,
            String publication) {
        UUID id = submitted(token, school, fullName, publication);
        step(coordinator, municipal(municipality) + "/" + id, "include", null).then().statusCode(200);
        return id;
    }

    /** An included nomination the municipality recommended to the region. */
    public static UUID recommended(String token, UUID school, UUID municipality, String coordinator,
            String fullName, String publication) {
        UUID id = included(token, school, municipality, coordinator, fullName, publication);
        step(coordinator, municipal(municipality) + "/" + id, "recommend", null).then().statusCode(200);
        return id;
    }
}
