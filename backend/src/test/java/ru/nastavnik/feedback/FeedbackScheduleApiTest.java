package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static ru.nastavnik.feedback.FeedbackFixture.curator;
import static ru.nastavnik.feedback.FeedbackFixture.name;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.TestClock;

/** A pair's feedback schedule: its two modes, the dates it gives, and the input it refuses without changing a thing. */
@QuarkusTest
class FeedbackScheduleApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static UUID proposedPair() {
        return FeedbackFixture.proposed(FeedbackFixture.teacher(name("Романова Светлана"), null),
                List.of(FeedbackFixture.pupil(name("Ковалёв Денис"), null)), 6);
    }

    private static String schedule(UUID pair) {
        return FeedbackFixture.path(pair) + "/feedback-schedule";
    }

    private static ValidatableResponse put(UUID pair, Map<String, Object> body) {
        return as(curator()).body(body).put(schedule(pair)).then();
    }

    private static Map<String, Object> body(Object... fields) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    @Test
    void aPairHasNoScheduleUntilOneIsSetAndItsDatesCountFromThePlannedStartUntilItStarts() {
        UUID pair = proposedPair();
        LocalDate start = LocalDate.now();
        as(curator()).get(schedule(pair)).then().statusCode(200)
                .body("mode", equalTo("NONE")).body("version", equalTo(0)).body("dueDates", equalTo(List.of()))
                .body("countedFrom", equalTo(start.toString())).body("includeMentor", equalTo(false));

        put(pair, body("mode", "PERIODIC", "firstAfterMonths", 2, "everyMonths", 1, "version", 0)).statusCode(200)
                .body("version", equalTo(1))
                .body("dueDates", equalTo(List.of(start.plusMonths(2).toString(), start.plusMonths(3).toString(),
                        start.plusMonths(4).toString(), start.plusMonths(5).toString(),
                        start.plusMonths(6).toString())))
                .body("updatedBy", equalTo("Тестовый пользователь curator-" + FeedbackFixture.SCHOOL));
        as(curator()).get(FeedbackFixture.path(pair) + "/feedback").then().statusCode(200)
                .body("schedule.mode", equalTo("PERIODIC"))
                .body("nextDates[0]", equalTo(start.plusMonths(2).toString()))
                .body("deliveries", equalTo(List.of()));
    }

    @Test
    void aListOfDatesIsKeptInOrderAndTheMentorCanBeIncluded() {
        UUID pair = proposedPair();
        LocalDate today = LocalDate.now();
        clock.set(today);
        List<String> dates = List.of(today.plusMonths(3).toString(), today.plusDays(10).toString());
        put(pair, body("mode", "DATES", "dates", dates, "includeMentor", true, "version", 0)).statusCode(200)
                .body("dates", equalTo(List.of(today.plusDays(10).toString(), today.plusMonths(3).toString())))
                .body("dueDates", equalTo(List.of(today.plusDays(10).toString(), today.plusMonths(3).toString())))
                .body("includeMentor", equalTo(true));
        put(pair, body("mode", "NONE", "version", 1)).statusCode(200).body("dates", equalTo(List.of()))
                .body("dueDates", equalTo(List.of())).body("version", equalTo(2));
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefused() {
        UUID pair = proposedPair();
        put(pair, body("mode", "PERIODIC", "firstAfterMonths", 1, "everyMonths", 1, "version", 0)).statusCode(200);
        put(pair, body("mode", "PERIODIC", "firstAfterMonths", 2, "everyMonths", 2, "version", 0)).statusCode(409)
                .contentType("application/problem+json");
        as(curator()).get(schedule(pair)).then().body("firstAfterMonths", equalTo(1));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        UUID pair = proposedPair();
        LocalDate today = LocalDate.now();
        clock.set(today);
        put(pair, body("mode", "PERIODIC", "firstAfterMonths", 0, "everyMonths", 13, "version", 0)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("firstAfterMonths", "everyMonths"))
                .body("errors.message", hasItem("Через сколько месяцев первая анкета: число месяцев от 1 до 12"));
        put(pair, body("mode", "PERIODIC", "everyMonths", 1, "version", 0)).statusCode(400)
                .body("errors.field", equalTo(List.of("firstAfterMonths")));
        put(pair, body("mode", "PERIODIC", "firstAfterMonths", 7, "everyMonths", 1, "version", 0)).statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("позже окончания пары"));
        put(pair, body("mode", "DATES", "dates", List.of(), "version", 0)).statusCode(400)
                .body("errors[0].field", equalTo("dates"));
        put(pair, body("mode", "DATES", "dates", List.of(today.plusDays(3).toString(),
                today.minusDays(1).toString(), today.plusMonths(7).toString(), today.plusDays(3).toString()),
                "version", 0)).statusCode(400)
                .body("errors.field", equalTo(List.of("dates[1]", "dates[2]", "dates[3]")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("уже прошла"))
                .body("errors[1].message", org.hamcrest.Matchers.containsString("вне срока пары"))
                .body("errors[2].message", org.hamcrest.Matchers.containsString("указана дважды"));
        put(pair, body("mode", "NONE", "dates", List.of(today.plusDays(3).toString()), "firstAfterMonths", 1,
                "version", 0)).statusCode(400).body("errors.field", hasItems("dates", "firstAfterMonths"));
        put(pair, body("mode", "SOMETIMES", "version", 0)).statusCode(400).body("errors[0].field", equalTo("mode"));
        put(pair, body("mode", "NONE")).statusCode(400).body("errors[0].field", equalTo("version"));
        as(curator()).get(schedule(pair)).then().statusCode(200).body("mode", equalTo("NONE"))
                .body("version", equalTo(0));
    }

    @Test
    void anEndedPairsScheduleNoLongerChanges() {
        UUID pair = proposedPair();
        as(curator()).body(Map.of("version", Pairs.version(curator(), FeedbackFixture.SCHOOL, pair), "reason",
                "MUTUAL_DECISION")).post(FeedbackFixture.path(pair) + "/terminate").then().statusCode(200);
        put(pair, body("mode", "PERIODIC", "firstAfterMonths", 1, "everyMonths", 1, "version", 0)).statusCode(409)
                .body("title", equalTo("Пара уже завершила работу"));
        assertThat(as(curator()).get(schedule(pair)).then().extract().<String>path("mode")).isEqualTo("NONE");
    }

    @Test
    void anotherSchoolsPairIsNotFound() {
        UUID pair = proposedPair();
        as(ru.nastavnik.support.Tokens.school()).get(Pairs.mentorships(ru.nastavnik.support.Demo.SCHOOL_A1) + "/"
                + pair + "/feedback-schedule").then().statusCode(404);
    }
}
