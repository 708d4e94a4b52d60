package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** Where roadmaps of one owner live, and a token of that owner. */
    public record Place(String roadmaps, String token) {
    }

    /** The roadmaps of a school, a municipality or a region, with a token of its owner. */
    public static Place place(String level, UUID id) {
        return switch (level) {
            case "schools" -> new Place(school(id), Tokens.forSchool(id));
            case "municipalities" -> new Place(municipality(id), coordinator(
                    id.equals(Demo.OTHER_MUNI) ? Demo.OTHER_REGION : Demo.REGION, id));
            case "regions" -> new Place(region(id), id.equals(Demo.OTHER_REGION) ? Tokens.otherRegion()
                    : Tokens.region());
            default -> throw new IllegalArgumentException(level);
        };
    }

    private static final int SHARED_YEAR = 2040;
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> YEARS = new ConcurrentHashMap<>();

    /** One roadmap of the owner that calls read and change: its address; its first item has a file as evidence. */
    public static String shared(Place p) {
        return SHARED.computeIfAbsent(p.roadmaps(), key -> {
            String roadmap = create(p.token(), p.roadmaps(), SHARED_YEAR);
            String item = addItem(p.token(), roadmap, item(1, "Издать приказ", "сентябрь"));
            attach(p.token(), item);
            return roadmap;
        });
    }

    public static String sharedItem(Place p) {
        String roadmap = shared(p);
        return roadmap + "/items/" + as(p.token()).get(roadmap + "/items").then().statusCode(200).extract()
                .path("items[0].id");
    }

    /** A new item of the shared roadmap, to change or delete. */
    public static String freshItem(Place p, boolean withEvidence) {
        String item = addItem(p.token(), shared(p), item(6, "Встреча пар", "ежемесячно"));
        if (withEvidence) {
            attach(p.token(), item);
        }
        return item;
    }

    /** An academic year the owner has no roadmap for yet. */
    public static int freshYear(Place p) {
        return YEARS.computeIfAbsent(p.roadmaps(), key -> new AtomicInteger(SHARED_YEAR)).incrementAndGet();
    }

    public static String freshRoadmap(Place p) {
        return create(p.token(), p.roadmaps(), freshYear(p));
    }

    public static void attach(String token, String item) {
        Imports.as(token).contentType("application/pdf").body(Recognition.pdf(500)).put(item + "/evidence").then()
                .statusCode(200);
    }
}
