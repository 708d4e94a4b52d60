package ru.nastavnik.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * 200 virtual users working for 60 s against a running stack: school curators going through their participants
 * (lists, filters, search, one participant, a new one with a consent and its correction), their mentorships and
 * questionnaires; municipal and regional coordinators going through their schools, a school's contingent and its
 * correction. Each request is named by its endpoint's template, so the report gives its percentiles per endpoint.
 *
 * System properties: api (the API's address), tokens (a properties file: demo login = access token),
 * users (200), seconds (60: how long each user works), rampSeconds (10: the users arrive evenly over that time),
 * pauseMs (500 to 1500 between requests: a person reading the page).
 */
public class CuratorsAndCoordinators extends Simulation {

    private static final String SCHOOL_A1 = "30000000-0000-0000-0000-0000000000a1";
    private static final String SCHOOL_B1 = "30000000-0000-0000-0000-0000000000b1";

    private final Properties tokens = tokens(System.getProperty("tokens", "target/results/tokens.properties"));
    private final int users = Integer.getInteger("users", 200);
    private final Duration seconds = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    private final Duration ramp = Duration.ofSeconds(Integer.getInteger("rampSeconds", 10));
    private final Duration minPause = Duration.ofMillis(Integer.getInteger("pauseMs", 500));
    private final Duration maxPause = minPause.multipliedBy(3);

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("api", "http://localhost:18080"))
            .acceptHeader("application/json").contentTypeHeader("application/json")
            .header("Authorization", "Bearer #{token}");

    /** A curator's round through the participants of their school; "writes" adds and corrects one of their own. */
    private ChainBuilder curator(boolean writes) {
        ChainBuilder reads = exec(
                http("GET /api/schools/{id}/participants").get("/api/schools/#{school}/participants?page=0&size=20")
                        .check(status().is(200), jsonPath("$.items[*].id").findRandom().saveAs("participant")))
                .pause(minPause, maxPause)
                .exec(http("GET /api/schools/{id}/participants").get(
                        "/api/schools/#{school}/participants?kind=PUPIL&consent=valid&sort=createdAt,desc&page=0&size=20")
                        .check(status().is(200)))
                .pause(minPause, maxPause)
                .exec(http("GET /api/schools/{id}/participants").get(
                        "/api/schools/#{school}/participants?q=%D0%BE%D0%B2&role=mentor&page=0&size=20")
                        .check(status().is(200)))
                .pause(minPause, maxPause)
                .exec(http("GET /api/schools/{id}/participants/{pid}")
                        .get("/api/schools/#{school}/participants/#{participant}").check(status().is(200)))
                .pause(minPause, maxPause)
                .exec(http("GET /api/schools/{id}/mentorships").get("/api/schools/#{school}/mentorships?page=0&size=20")
                        .check(status().is(200)))
                .pause(minPause, maxPause)
                .exec(http("GET /api/questionnaires").get("/api/questionnaires?page=0&size=20").check(status().is(200)))
                .pause(minPause, maxPause);
        if (!writes) {
            return reads;
        }
        return reads
                .exec(http("POST /api/schools/{id}/participants").post("/api/schools/#{school}/participants")
                        .body(StringBody(CuratorsAndCoordinators::newPupil))
                        .check(status().is(201), jsonPath("$.id").saveAs("mine"),
                                jsonPath("$.version").ofInt().saveAs("version")))
                .pause(minPause, maxPause)
                .exec(http("PUT /api/schools/{id}/participants/{pid}").put("/api/schools/#{school}/participants/#{mine}")
                        .body(StringBody(CuratorsAndCoordinators::correctedPupil))
                        .check(status().is(200), jsonPath("$.version").ofInt().saveAs("version")))
                .pause(minPause, maxPause);
    }

    /**
     * A coordinator's round through their schools. Each coordinator corrects the contingent of a year of their own
     * (fed once per virtual user), so that no two users change the same record at once.
     */
    private ChainBuilder coordinator() {
        return exec(http("GET /api/schools").get("/api/schools?page=0&size=20")
                .check(status().is(200), jsonPath("$.items[?(@.archived == false)].id").findRandom().saveAs("school")))
                .pause(minPause, maxPause)
                .exec(http("GET /api/schools").get("/api/schools?q=%D1%81%D0%BE%D1%88&sort=shortName,asc&page=0&size=20")
                        .check(status().is(200)))
                .pause(minPause, maxPause)
                .exec(http("GET /api/schools/{id}").get("/api/schools/#{school}").check(status().is(200)))
                .pause(minPause, maxPause)
                .exec(session -> session.remove("contingentVersion"))
                .exec(http("GET /api/schools/{id}/contingents").get("/api/schools/#{school}/contingents")
                        .check(status().is(200), jsonPath(s -> "$[?(@.startYear == " + s.getInt("year") + ")].version")
                                .ofInt().optional().saveAs("contingentVersion")))
                .pause(minPause, maxPause)
                .exec(http("PUT /api/schools/{id}/contingents/{year}").put("/api/schools/#{school}/contingents/#{year}")
                        .body(StringBody(CuratorsAndCoordinators::contingent)).check(status().in(200, 201)))
                .pause(minPause, maxPause);
    }

    /** A user who logs in as login, starts with start (once) and repeats round until the test's time is up. */
    private ScenarioBuilder works(String name, String login, ChainBuilder start, ChainBuilder round) {
        String token = tokens.getProperty(login);
        if (token == null) {
            throw new IllegalStateException("No token for " + login + " in the tokens file");
        }
        return scenario(name).exec(session -> session.set("token", token)).exec(start).during(seconds).on(round);
    }

    {
        // Shares of the 200: most users are school curators; every coordinator gets a year of its own.
        int curatorsA = users * 40 / 100;
        int curatorsB = users * 20 / 100;
        int municipalA = users * 15 / 100;
        int municipalB = users * 10 / 100;
        int regional = users - curatorsA - curatorsB - municipalA - municipalB;
        List<Map<String, Object>> years = IntStream.rangeClosed(2000, 2100)
                .mapToObj(y -> Map.<String, Object>of("year", y)).toList();
        ChainBuilder ownYear = feed(listFeeder(years).queue());
        // The measured school of run.sh (B1) is only read, so that its list keeps the size it was measured at.
        setUp(
                works("school curator (writes)", "school", exec(session -> session.set("school", SCHOOL_A1)),
                        curator(true)).injectOpen(rampUsers(curatorsA).during(ramp)),
                works("school curator (reads)", "school2", exec(session -> session.set("school", SCHOOL_B1)),
                        curator(false)).injectOpen(rampUsers(curatorsB).during(ramp)),
                works("municipal coordinator", "muni", ownYear, coordinator()).injectOpen(rampUsers(municipalA).during(ramp)),
                works("municipal coordinator 2", "muni2", ownYear, coordinator()).injectOpen(rampUsers(municipalB).during(ramp)),
                works("regional coordinator", "region", ownYear, coordinator()).injectOpen(rampUsers(regional).during(ramp)))
                .protocols(protocol)
                .maxDuration(seconds.plus(ramp).plusSeconds(30))
                .assertions(global().failedRequests().count().is(0L));
    }

    private static String newPupil(Session session) {
        return """
                {"kind": "PUPIL", "fullName": "Нагрузочный Ученик %d", "menteeCandidate": true, "birthDate": "2012-03-15",
                 "gradeOrPosition": "6 «А»", "menteeProfile": {"requests": ["subject-math"], "desiredForms": ["PUPIL_PUPIL"]},
                 "consent": {"givenBy": "PARENT", "giverName": "Нагрузочный Родитель", "givenOn": "2025-09-01",
                             "scope": "Участие в программе наставничества", "documentRef": "Заявление № %d"}}
                """.formatted(session.userId(), session.userId());
    }

    private static String correctedPupil(Session session) {
        return """
                {"kind": "PUPIL", "fullName": "Нагрузочный Ученик %d", "menteeCandidate": true, "birthDate": "2012-03-15",
                 "gradeOrPosition": "6 «Б»", "menteeProfile": {"requests": ["subject-math", "olympiads"], "desiredForms": ["PUPIL_PUPIL"]},
                 "version": %d}
                """.formatted(session.userId(), session.getInt("version"));
    }

    private static String contingent(Session session) {
        Object version = session.contains("contingentVersion") ? session.getInt("contingentVersion") : null;
        int pupils = 800 + (int) (session.userId() % 400);
        return """
                {"pupils": %d, "teachers": 60, "youngTeachers": 8, "additionalPupils": 300, "version": %s}
                """.formatted(pupils, version);
    }

    private static Properties tokens(String file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the tokens file " + file + " (bench/load/run.sh writes it)", e);
        }
        return p;
    }
}
