package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Mentors, mentees, mentorships and orders set up through the API, as a curator would. */
public final class Pairs {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Pairs() {
    }

    public static String mentorships(UUID school) {
        return "/api/schools/" + school + "/mentorships";
    }

    public static String orders(UUID school) {
        return "/api/schools/" + school + "/orders";
    }

    /** An adult teacher with their own consent, ready to mentor this many mentees at once. */
    public static UUID mentor(String token, UUID school, String fullName, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TEACHER");
        body.put("fullName", fullName);
        body.put("mentorCandidate", true);
        body.put("birthDate", "1985-04-12");
        body.put("gradeOrPosition", "Учитель математики");
        body.put("mentorProfile", Map.of("competencies", List.of("subject-math"), "capacity", capacity,
                "formsAccepted", List.of("TEACHER_PUPIL")));
        body.put("consent", Map.of("givenBy", "SELF", "giverName", fullName, "givenOn", "2025-09-01", "scope",
                "Участие в программе наставничества", "documentRef", "Согласие № " + SEQUENCE.incrementAndGet()));
        return UUID.fromString(as(token).body(body).post("/api/schools/" + school + "/participants").then()
                .statusCode(201).extract().path("id"));
    }

    /** A pupil whose parent consented, a mentee candidate. */
    public static UUID mentee(String token, UUID school, String fullName) {
        return UUID.fromString(as(token).body(Api.pupilWithConsent(fullName))
                .post("/api/schools/" + school + "/participants").then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> body(String form, String kind, UUID mentor, List<UUID> mentees,
            LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("form", form);
        body.put("kind", kind);
        body.put("mentorId", mentor.toString());
        body.put("menteeIds", mentees.stream().map(UUID::toString).toList());
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", end.toString());
        return body;
    }

    /** A teacher–pupil pair of six months from today. */
    public static Map<String, Object> pairBody(UUID mentor, UUID mentee) {
        LocalDate start = LocalDate.now();
        return body("TEACHER_PUPIL", "TRADITIONAL", mentor, List.of(mentee), start, start.plusMonths(6));
    }

    /** A fresh proposed pair with its own mentor and mentee. */
    public static UUID proposedPair(String token, UUID school) {
        int n = SEQUENCE.incrementAndGet();
        UUID mentor = mentor(token, school, "Наставник " + n, 2);
        UUID mentee = mentee(token, school, "Наставляемый " + n);
        return UUID.fromString(as(token).body(pairBody(mentor, mentee)).post(mentorships(school)).then()
                .statusCode(201).extract().path("id"));
    }

    /** An order number nobody has used this year. */
    public static String orderNumber() {
        return SEQUENCE.incrementAndGet() + "-о/д";
    }

    public static Map<String, Object> orderBody(String number, List<UUID> mentorships) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("date", LocalDate.now().toString());
        body.put("mentorshipIds", mentorships.stream().map(UUID::toString).toList());
        return body;
    }

    public static UUID issueOrder(String token, UUID school, List<UUID> mentorships) {
        return UUID.fromString(as(token).body(orderBody(orderNumber(), mentorships)).post(orders(school)).then()
                .statusCode(201).extract().path("id"));
    }

    public static UUID issueOrderNumbered(String token, UUID school, String number, LocalDate date,
            UUID... mentorships) {
        Map<String, Object> body = orderBody(number, List.of(mentorships));
        body.put("date", date.toString());
        return UUID.fromString(as(token).body(body).post(orders(school)).then().statusCode(201).extract().path("id"));
    }

    /** A pair approved by an order, ready to start. */
    public static UUID approvedPair(String token, UUID school) {
        UUID id = proposedPair(token, school);
        issueOrder(token, school, List.of(id));
        return id;
    }

    /** An approved pair that has started work. */
    public static UUID activePair(String token, UUID school) {
        UUID id = approvedPair(token, school);
        as(token).body(Map.of("version", version(token, school, id))).post(mentorships(school) + "/" + id + "/activate")
                .then().statusCode(200);
        return id;
    }

    /**
     * The agreement of every side of the pair, dated today: an adult's own, a minor's (the pupils these helpers
     * make are minors) given by a parent.
     */
    public static List<Map<String, Object>> agreements(String token, UUID school, UUID mentorship) {
        io.restassured.path.json.JsonPath pair = as(token).get(mentorships(school) + "/" + mentorship).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> agreements = new java.util.ArrayList<>();
        agreements.add(agreement(pair.getString("mentor.id"), pair.getString("mentor.kind"),
                pair.getString("mentor.fullName")));
        for (Map<String, Object> mentee : pair.<Map<String, Object>>getList("mentees")) {
            if (mentee.get("removedOn") == null) {
                agreements.add(agreement((String) mentee.get("id"), (String) mentee.get("kind"),
                        (String) mentee.get("fullName")));
            }
        }
        return agreements;
    }

    private static Map<String, Object> agreement(String participant, String kind, String fullName) {
        boolean minor = kind.equals("PUPIL");
        return new HashMap<>(Map.of("participantId", participant, "givenBy", minor ? "PARENT" : "SELF", "giverName",
                minor ? "Родитель " + fullName : fullName, "agreedOn", LocalDate.now().toString()));
    }

    /** A reschedule request with everyone's agreement. */
    public static Map<String, Object> rescheduleBody(String token, UUID school, UUID mentorship, LocalDate end,
            String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version(token, school, mentorship));
        body.put("plannedEnd", end.toString());
        body.put("reason", reason);
        body.put("agreements", agreements(token, school, mentorship));
        return body;
    }

    /**
     * Completes a pair as the wizard does: effective, the final meeting held, every goal of its programme (if it
     * has one) achieved; {@code extra} adds or overrides fields, such as the day it ended.
     */
    @SuppressWarnings("unchecked")
    public static void complete(String token, UUID school, UUID mentorship, Map<String, Object> extra) {
        Map<String, Object> draft = as(token).get(mentorships(school) + "/" + mentorship + "/completion").then()
                .statusCode(200).extract().as(Map.class);
        List<Map<String, Object>> goals = ((List<Map<String, Object>>) draft.get("goals")).stream()
                .map(g -> Map.<String, Object>of("goalId", g.get("goalId"), "result", "ACHIEVED", "note", "")).toList();
        Map<String, Object> body = new HashMap<>(Map.of("version", draft.get("version"), "outcome", "EFFECTIVE",
                "finalMeetingHeld", true, "goals", goals));
        body.putAll(extra);
        as(token).body(body).post(mentorships(school) + "/" + mentorship + "/complete").then().statusCode(200);
    }

    public static int version(String token, UUID school, UUID mentorship) {
        return as(token).get(mentorships(school) + "/" + mentorship).then().statusCode(200).extract().path("version");
    }
}
