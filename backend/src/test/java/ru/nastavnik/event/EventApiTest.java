package ru.nastavnik.event;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.ScopedCalls.inScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Events;
import ru.nastavnik.support.ScopedCalls.As;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class EventApiTest {

    private static final Events.Place MUNI = Events.place("municipalities", Demo.MUNI_A);
    private static final Events.Place SCHOOL = Events.place("schools", Demo.SCHOOL_A1);

    @Inject
    EntityManager em;

    @Test
    void anEventIsAnnouncedWithNominationsChangedWithItsVersionCancelledAndDeleted() {
        Response created = as(MUNI.token()).body(Events.body("Наставник года", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31), List.of("Педагог-наставник", "Молодой наставник"))).post(MUNI.events());
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String path = MUNI.events() + "/" + created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith(path);
        assertThat(created.jsonPath().getList("nominations.title")).containsExactly("Педагог-наставник",
                "Молодой наставник");
        assertThat(created.jsonPath().getString("status")).isEqualTo("ANNOUNCED");
        assertThat(created.jsonPath().getBoolean("organiser")).isTrue();

        Map<String, Object> changed = Api.current(MUNI.token(), path, "EventInput");
        changed.put("title", "Наставник года — 2027");
        List<Map<String, Object>> nominations = List.of(Map.of("id", created.jsonPath().getString("nominations[1].id"),
                "title", "Педагог-наставник"), Map.of("title", "Наставник молодого специалиста"));
        changed.put("nominations", nominations);
        JsonPath updated = as(MUNI.token()).body(changed).put(path).then().statusCode(200).extract().jsonPath();
        assertThat(updated.getString("title")).isEqualTo("Наставник года — 2027");
        assertThat(updated.getList("nominations.title")).containsExactly("Педагог-наставник",
                "Наставник молодого специалиста");
        as(MUNI.token()).body(changed).put(path).then().statusCode(409);

        assertThat(as(MUNI.token()).queryParam("sort", "createdAt,desc").queryParam("kind", "COMPETITION")
                .queryParam("from", "2027-03-15")
                .queryParam("to", "2027-03-16").get(MUNI.events()).jsonPath().getList("items.id"))
                .contains(updated.getString("id"));
        assertThat(as(MUNI.token()).queryParam("kind", "SEMINAR").get(MUNI.events()).jsonPath().getList("items.id"))
                .doesNotContain(updated.getString("id"));

        as(MUNI.token()).body(Map.of("version", updated.getInt("version"))).post(path + "/cancel").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
        assertThat(as(MUNI.token()).queryParam("status", "CANCELLED").queryParam("sort", "createdAt,desc")
                .get(MUNI.events()).jsonPath()
                .getList("items.id")).contains(updated.getString("id"));
        as(MUNI.token()).delete(path).then().statusCode(204);
        as(MUNI.token()).get(path).then().statusCode(404);
    }

    @Test
    void badInputNamesTheFieldInRussianAndChangesNothing() {
        Map<String, Object> body = Events.body("Фестиваль", LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 1),
                List.of("Проект", "проект"));
        Response r = as(MUNI.token()).body(body).post(MUNI.events());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getList("errors.field")).containsExactlyInAnyOrder("endsOn", "nominations[1].title");
        assertThat(r.jsonPath().getString("errors.find { it.field == 'endsOn' }.message"))
                .isEqualTo("Дата окончания раньше даты начала");
        assertThat(as(MUNI.token()).queryParam("q", "Фестиваль").get(MUNI.events()).jsonPath().getList("items"))
                .isEmpty();

        String event = Events.create(MUNI);
        Map<String, Object> entry = Events.mentorEntry(Events.mentor(Demo.SCHOOL_A1), null);
        entry.put("nominationId", UUID.randomUUID().toString());
        Response unknown = as(SCHOOL.token()).body(entry).post(SCHOOL.events() + event.substring(MUNI.events().length())
                + "/entrants");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.jsonPath().getString("errors[0].field")).isEqualTo("nominationId");
        assertThat(unknown.jsonPath().getString("errors[0].message")).isEqualTo("Номинация не найдена в мероприятии");
    }

    @Test
    void aSchoolSeesItsMunicipalitysEventButCannotChangeItNorEnterAnotherSchoolsMentor() {
        String event = Events.create(MUNI);
        String atSchool = SCHOOL.events() + event.substring(MUNI.events().length());
        as(SCHOOL.token()).get(atSchool).then().statusCode(200).body("organiser", org.hamcrest.Matchers.equalTo(false));
        assertThat(as(SCHOOL.token()).queryParam("sort", "createdAt,desc").get(SCHOOL.events()).jsonPath()
                .getList("items.id"))
                .contains(event.substring(event.lastIndexOf('/') + 1));
        Map<String, Object> changed = Api.current(MUNI.token(), event, "EventInput");
        as(SCHOOL.token()).body(changed).put(atSchool).then().statusCode(403);
        as(SCHOOL.token()).delete(atSchool).then().statusCode(403);

        UUID elsewhere = Events.mentor(Demo.SCHOOL_A2);
        Response foreign = as(SCHOOL.token()).body(Events.mentorEntry(elsewhere, "NAME")).post(atSchool + "/entrants");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.jsonPath().getString("errors[0].field")).isEqualTo("participantId");
        assertThat(foreign.jsonPath().getString("errors[0].message")).isEqualTo("Участник не найден в организации");

        // Another municipality's event is not there for the school at all.
        String other = Events.create(Events.place("municipalities", Demo.MUNI_B));
        as(SCHOOL.token()).get(SCHOOL.events() + other.substring(other.lastIndexOf('/'))).then().statusCode(404);
    }

    @Test
    void aWinnerGetsARewardOnTheMentorsPageCountedByTheIndicatorAndNamedOnlyWithConsent() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String curator = Tokens.forSchool(school);
        Events.Place own = Events.place("schools", school);
        String event = Events.create(MUNI);
        String atSchool = own.events() + event.substring(MUNI.events().length());
        UUID named = Events.mentor(school);
        UUID anonymous = Events.mentor(school);
        String first = as(curator).body(Events.mentorEntry(named, "NAME")).post(atSchool + "/entrants").then()
                .statusCode(201).extract().path("id");
        as(curator).body(Events.mentorEntry(anonymous, null)).post(atSchool + "/entrants").then().statusCode(201);

        JsonPath seenAbove = as(MUNI.token()).get(event + "/entrants").jsonPath();
        assertThat(seenAbove.getList("items.title")).containsExactlyInAnyOrder("Наставникова Анна Петровна", null);
        assertThat(seenAbove.getList("items.participantId")).containsOnlyNulls();
        assertThat(as(curator).get(atSchool + "/entrants").jsonPath().getList("items.participantId"))
                .containsExactlyInAnyOrder(named.toString(), anonymous.toString());

        int year = Events.today().getMonthValue() >= 9 ? Events.today().getYear() : Events.today().getYear() - 1;
        String figures = "/api/schools/" + school + "/figures?year=" + year;
        assertThat(rewardsCounted(curator, figures)).isZero();

        String entrant = event + "/entrants/" + first;
        as(SCHOOL.token()).body(Events.result(MUNI.token(), event, entrant, "WINNER", 1))
                .put(atSchool.replace(own.events(), SCHOOL.events()) + "/results").then().statusCode(403);
        Response recorded = as(MUNI.token()).body(Events.result(MUNI.token(), event, entrant, "WINNER", 1))
                .put(event + "/results");
        assertThat(recorded.statusCode()).as(recorded.asString()).isEqualTo(200);
        assertThat(recorded.jsonPath().getString("items[0].result")).isEqualTo("WINNER");
        assertThat(as(MUNI.token()).get(event).jsonPath().getString("status")).isEqualTo("COMPLETED");

        JsonPath rewards = as(curator).queryParam("participantId", named).get("/api/schools/" + school + "/rewards")
                .jsonPath();
        assertThat(rewards.getList("items.otherKind")).containsExactly("Диплом победителя");
        assertThat(rewards.getString("items[0].title")).startsWith("Победитель (1 место): «Наставник года»");
        assertThat(rewards.getString("items[0].eventId")).isEqualTo(event.substring(event.lastIndexOf('/') + 1));
        assertThat(rewardsCounted(curator, figures)).isEqualTo(1);

        as(MUNI.token()).delete(event).then().statusCode(409);
        as(MUNI.token()).delete(entrant).then().statusCode(409);
        // Another result replaces the reward: a participant's result gives none.
        as(MUNI.token()).body(Events.result(MUNI.token(), event, entrant, "PARTICIPANT", null)).put(event + "/results")
                .then().statusCode(200);
        assertThat(as(curator).queryParam("participantId", named).get("/api/schools/" + school + "/rewards")
                .jsonPath().getList("items")).isEmpty();
        assertThat(rewardsCounted(curator, figures)).isZero();
    }

    @Test
    void thePortalSeesWinnersByConsentWithAStrongEtagThatChangesWithTheEvent() {
        String portal = Tokens.portalClient();
        Response first = as(portal).get("/api/portal/v1/events?size=100");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("private, max-age=300");
        assertThat(first.header("Last-Modified")).isNotBlank();
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"");
        JsonPath demo = first.jsonPath();
        assertThat(demo.getList("items.find { it.title == 'Наставник года' }.winners.title"))
                .containsExactly("Волкова Татьяна Сергеевна", "Никитин Олег Павлович");
        assertThat(first.asString()).doesNotContain("Белова");
        as(portal).header("If-None-Match", etag).get("/api/portal/v1/events?size=100").then().statusCode(304);

        String event = Events.create(MUNI);
        Map<String, Object> changed = Api.current(MUNI.token(), event, "EventInput");
        changed.put("description", "Новое описание " + UUID.randomUUID());
        as(MUNI.token()).body(changed).put(event).then().statusCode(200);
        Response after = as(portal).header("If-None-Match", etag).get("/api/portal/v1/events?size=100");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void postgresKeepsEntrantsWithTheirSchoolAndTheOrganiser() {
        String event = Events.create(MUNI);
        String entrant = Events.enter(SCHOOL, SCHOOL.events() + event.substring(MUNI.events().length()));
        UUID id = UUID.fromString(entrant.substring(entrant.lastIndexOf('/') + 1));
        String count = "SELECT count(*) FROM event_entrant WHERE id = :id";
        assertThat(entrants(new As("school", null, null, Demo.SCHOOL_A1), count, id)).isEqualTo(1);
        assertThat(entrants(new As("municipal", Demo.REGION, Demo.MUNI_A, null), count, id)).isEqualTo(1);
        assertThat(entrants(new As("school", null, null, Demo.SCHOOL_A2), count, id)).isZero();
        assertThat(entrants(new As("municipal", Demo.REGION, Demo.MUNI_B, null), count, id)).isZero();
        assertThat(entrants(new As("regional", Demo.REGION, null, null), count, id)).isZero();
        assertThat(entrants(new As("portal", Demo.REGION, null, null), count, id)).isZero();
        // Another school of the municipality reads the entrant through the view without the name (no consent it
        // can see past), and the other municipality does not see the event at all.
        String titles = "SELECT count(*) FROM event_entrant_public WHERE id = :id AND title IS NOT NULL";
        assertThat(entrants(new As("school", null, null, Demo.SCHOOL_A2), titles, id)).isEqualTo(1);
        assertThat(entrants(new As("municipal", Demo.REGION, Demo.MUNI_B, null),
                "SELECT count(*) FROM event_entrant_public WHERE id = :id", id)).isZero();
        // A school cannot change a municipality's event, nor write rewards through a result.
        assertThat(inScope(em, new As("school", null, null, Demo.SCHOOL_A1), () -> em
                .createNativeQuery("UPDATE event SET title = 'x' WHERE id = :id")
                .setParameter("id", UUID.fromString(event.substring(event.lastIndexOf('/') + 1))).executeUpdate()))
                .isZero();
        assertThat(inScope(em, new As("school", null, null, Demo.SCHOOL_A1), () -> em.createNativeQuery(
                "SELECT record_event_result(:id, 0, 'WINNER', 1, NULL, current_date, 'x', NULL, 'x')")
                .setParameter("id", id).getSingleResult())).isNull();
    }

    private long entrants(As caller, String sql, UUID id) {
        return inScope(em, caller, () -> ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult())
                .longValue());
    }

    private static int rewardsCounted(String token, String figures) {
        JsonPath j = as(token).get(figures).then().statusCode(200).extract().jsonPath();
        Object n = j.getMap("indicators.find { it.indicator == 'REWARDS' }.figure").get("numerator");
        return n == null ? 0 : Integer.parseInt(n.toString());
    }
}
