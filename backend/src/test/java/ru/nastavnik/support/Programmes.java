package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;

/** Personalised programmes of pairs, set up through the API as a curator would. */
public final class Programmes {

    /** The built-in template of the teacher–pupil form. */
    public static final String OLYMPIAD = "teacher-pupil-olympiad";

    private Programmes() {
    }

    public static String path(UUID school, UUID mentorship) {
        return Pairs.mentorships(school) + "/" + mentorship + "/programme";
    }

    /** A draft from the template, or an empty one without it. */
    public static JsonPath create(String token, UUID school, UUID mentorship, String template) {
        Map<String, Object> body = new HashMap<>();
        if (template != null) {
            body.put("templateCode", template);
        }
        return as(token).body(body).post(path(school, mentorship)).then().statusCode(201).extract().jsonPath();
    }

    /** Every side agrees today. */
    public static JsonPath agree(String token, UUID school, UUID mentorship) {
        return as(token).body(Map.of("version", version(token, school, mentorship), "agreements",
                Pairs.agreements(token, school, mentorship))).post(path(school, mentorship) + "/agree").then()
                .statusCode(200).extract().jsonPath();
    }

    /** A teacher–pupil pair approved by an order, with a draft programme from the olympiad template. */
    public static UUID draftedPair(String token, UUID school) {
        UUID pair = Pairs.approvedPair(token, school);
        create(token, school, pair, OLYMPIAD);
        return pair;
    }

    public static int version(String token, UUID school, UUID mentorship) {
        return as(token).get(path(school, mentorship)).then().statusCode(200).extract().path("version");
    }

    /** A planned activity of the pupils' study direction. */
    public static Map<String, Object> activity(String title, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("direction", "STUDY");
        body.put("title", title);
        body.put("description", "Разбор заданий");
        body.put("dueOn", due.toString());
        body.put("performer", "BOTH");
        return body;
    }

    /** The id of the first activity of the plan. */
    public static String firstActivity(String token, UUID school, UUID mentorship) {
        return as(token).get(path(school, mentorship)).then().statusCode(200).extract().path("activities[0].id");
    }
}
