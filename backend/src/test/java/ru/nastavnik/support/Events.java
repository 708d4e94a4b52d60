package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events set up through the API, at the three levels, as their organisers make them. */
public final class Events {

    private Events() {
    }

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    /** Where the events of one place live, and a token of that place. */
    public record Place(String level, UUID id, String events, String token) {
    }

    public static Place place(String level, UUID id) {
        return new Place(level, id, "/api/" + level + "/" + id + "/events", Roadmaps.place(level, id).token());
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static Map<String, Object> body(String title, LocalDate startsOn, LocalDate endsOn, List<String> nominations) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COMPETITION");
        body.put("title", title);
        body.put("description", "Конкурс профессионального мастерства наставников");
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("nominations", nominations.stream().map(n -> Map.of("title", n)).toList());
        return body;
    }

    /** A competition that started ten days ago and ends in ten, with two nominations: its address. */
    public static String create(Place p) {
        String id = as(p.token()).body(body("Наставник года", today().minusDays(10), today().plusDays(10),
                List.of("Педагог-наставник", "Наставник молодого специалиста"))).post(p.events()).then()
                .statusCode(201).extract().path("id");
        return p.events() + "/" + id;
    }

    /** A mentor of the school with consent to processing, a teacher. */
    public static UUID mentor(UUID school) {
        return Pairs.mentor(Tokens.forSchool(school), school, "Наставникова Анна Петровна", 2);
    }

    public static Map<String, Object> mentorEntry(UUID participant, String publication) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MENTOR");
        body.put("participantId", participant.toString());
        if (publication != null) {
            body.put("consent", Map.of("publication", publication, "givenBy", "SELF", "giverName",
                    "Наставникова Анна Петровна", "givenOn", "2026-01-15", "documentRef", "Согласие № 7"));
        }
        return body;
    }

    /** A best practice of the school accepted into its municipality's bank: its id. */
    public static UUID acceptedPractice(UUID school, UUID municipality) {
        String curator = Tokens.forSchool(school);
        UUID id = Recognition.submitted(curator, school, "NAME");
        Recognition.review(Roadmaps.coordinator(Demo.REGION, municipality), municipality, id, "accept", null).then()
                .statusCode(200);
        return id;
    }

    /**
     * An entrant of the event, as the place can enter one: a school its mentor, a municipality or the region a
     * published practice of МОУ СОШ № 17. Its address.
     */
    public static String enter(Place p, String event) {
        Map<String, Object> body = p.level().equals("schools") ? mentorEntry(mentor(p.id()), "NAME")
                : Map.of("kind", "PRACTICE", "practiceId", acceptedPractice(Demo.SCHOOL_A1, Demo.MUNI_A).toString());
        String id = as(p.token()).body(body).post(event + "/entrants").then().statusCode(201).extract().path("id");
        return event + "/entrants/" + id;
    }

    /** The body recording one entrant's result, from the versions the organiser sees now. */
    public static Map<String, Object> result(String token, String event, String entrant, String result,
            Integer place) {
        int version = as(token).get(event).then().statusCode(200).extract().path("version");
        int entrantVersion = as(token).get(entrant).then().statusCode(200).extract().path("version");
        Map<String, Object> r = new HashMap<>();
        r.put("entrantId", entrant.substring(entrant.lastIndexOf('/') + 1));
        r.put("version", entrantVersion);
        r.put("result", result);
        r.put("place", place);
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("resultsDocument", "Приказ № 45");
        body.put("results", List.of(r));
        return body;
    }
}
