package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Roadmaps set up through the API, at the three levels, as their owners make them. */
public final class Roadmaps {

    private Roadmaps() {
    }

    public static String school(UUID school) {
        return "/api/schools/" + school + "/roadmaps";
    }

    public static String municipality(UUID municipality) {
        return "/api/municipalities/" + municipality + "/roadmaps";
    }

    public static String region(UUID region) {
        return "/api/regions/" + region + "/roadmaps";
    }

    /** The coordinator of any municipality, region given. */
    public static String coordinator(UUID region, UUID municipality) {
        return Tokens.token("muni-" + municipality, "municipal", Map.of("region_id", region, "municipality_id",
                municipality));
    }

    public static Map<String, Object> roadmap(int year, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("startYear", year);
        if (title != null) {
            body.put("title", title);
        }
        return body;
    }

    /** A new empty roadmap of the year: its address. */
    public static String create(String token, String roadmaps, int year) {
        String id = as(token).body(roadmap(year, "Дорожная карта " + year)).post(roadmaps).then().statusCode(201)
                .extract().path("id");
        return roadmaps + "/" + id;
    }

    /** A new roadmap of the year from its level's template: its address. */
    public static String fromTemplate(String token, String roadmaps, int year) {
        String id = as(token).body(roadmap(year, null)).post(roadmaps + "/from-template").then().statusCode(201)
                .extract().path("id");
        return roadmaps + "/" + id;
    }

    public static Map<String, Object> item(int stage, String activity, String deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("stage", stage);
        body.put("activity", activity);
        body.put("deadline", Map.of("text", deadline));
        body.put("responsible", "Куратор");
        return body;
    }

    /** A new item of the roadmap: its address. */
    public static String addItem(String token, String roadmap, Map<String, Object> item) {
        String id = as(token).body(item).post(roadmap + "/items").then().statusCode(201).extract().path("id");
        return roadmap + "/items/" + id;
    }
}
