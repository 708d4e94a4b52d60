package ru.nastavnik.reporting;

import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

import ru.nastavnik.support.Tokens;

/** Campaigns and reports as the tests of the report chain prepare them. */
public final class Campaigns {

    private Campaigns() {
    }

    public static Map<String, Object> body(String half, LocalDate dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Мониторинг за I полугодие 2026/27");
        body.put("half", half);
        body.put("dueOn", dueOn.toString());
        body.put("indicators", List.of("PUPILS_GENERAL", "TEACHERS", "EFFECTIVE_PAIRS"));
        return body;
    }

    /** A campaign of the region due in a month, for the first half-year of 2026/27. */
    public static UUID open(String regionalToken, UUID region) {
        return open(regionalToken, region, LocalDate.now().plusMonths(1));
    }

    public static UUID open(String regionalToken, UUID region, LocalDate dueOn) {
        return UUID.fromString(as(regionalToken).body(body("2026-1", dueOn)).post(campaigns(region)).then()
                .statusCode(201).extract().path("id"));
    }

    public static String campaigns(UUID region) {
        return "/api/regions/" + region + "/campaigns";
    }

    public static String schoolReport(UUID school, UUID campaign) {
        return "/api/schools/" + school + "/campaigns/" + campaign + "/report";
    }

    public static String municipalReport(UUID municipality, UUID campaign) {
        return "/api/municipalities/" + municipality + "/campaigns/" + campaign + "/report";
    }

    public static String schoolReports(UUID municipality, UUID campaign) {
        return "/api/municipalities/" + municipality + "/campaigns/" + campaign + "/reports";
    }

    /** Submits the report at the path as its author, from the version it has now. */
    public static Response submit(String author, String report) {
        int version = as(author).get(report).then().statusCode(200).extract().path("version");
        return as(author).body(Map.of("version", version)).post(report + "/submit");
    }

    /** A school's report submitted to its municipality; returns the report's id. */
    public static UUID submittedSchoolReport(UUID school, UUID campaign) {
        Response r = submit(Tokens.forSchool(school), schoolReport(school, campaign));
        return UUID.fromString(r.then().statusCode(200).extract().path("id"));
    }

    /** Accepts or returns a report as the one it was sent to, from the version it has now. */
    public static Response decide(String token, String decisions, String report, UUID reportId, String action,
            String comment, String readerToken) {
        int version = as(readerToken).get(report).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return as(token).body(body).post(decisions + "/" + reportId + "/" + action);
    }
}
