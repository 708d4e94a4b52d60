package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/** An extension or shortening happens by mutual agreement (§4.10, §4.13): both sides', recorded in the history. */
@QuarkusTest
class RescheduleAgreementTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;

    private static String curator() {
        return Tokens.school();
    }

    private static ValidatableResponse reschedule(UUID pair, List<Map<String, Object>> agreements) {
        Map<String, Object> body = Pairs.rescheduleBody(curator(), SCHOOL, pair, LocalDate.now().plusMonths(8),
                "Наставляемый готовится к олимпиаде");
        body.put("agreements", agreements);
        return as(curator()).body(body).post(Pairs.mentorships(SCHOOL) + "/" + pair + "/reschedule").then();
    }

    private static String plannedEnd(UUID pair) {
        return as(curator()).get(Pairs.mentorships(SCHOOL) + "/" + pair).then().extract().path("plannedEnd");
    }

    @Test
    void aChangeOfTheTermWithoutBothSidesAgreementIsRefusedAndChangesNothing() {
        UUID pair = Pairs.activePair(curator(), SCHOOL);
        String end = plannedEnd(pair);
        List<Map<String, Object>> all = Pairs.agreements(curator(), SCHOOL, pair);
        String mentee = as(curator()).get(Pairs.mentorships(SCHOOL) + "/" + pair).then().extract()
                .path("mentees[0].fullName");

        Map<String, Object> body = Pairs.rescheduleBody(curator(), SCHOOL, pair, LocalDate.now().plusMonths(8),
                "Без согласия");
        body.remove("agreements");
        as(curator()).body(body).post(Pairs.mentorships(SCHOOL) + "/" + pair + "/reschedule").then().statusCode(400)
                .body("errors[0].field", equalTo("agreements"))
                .body("errors[0].message", equalTo("Укажите согласие наставника и каждого наставляемого на новый срок"));
        reschedule(pair, List.of(all.get(0))).statusCode(400).body("errors[0].field", equalTo("agreements"))
                .body("errors[0].message", equalTo("Нужно согласие наставника и каждого наставляемого; нет согласия: "
                        + mentee + " (наставляемый)"));

        Map<String, Object> himself = new HashMap<>(all.get(1));
        himself.put("givenBy", "SELF");
        reschedule(pair, List.of(all.get(0), himself)).statusCode(400)
                .body("errors[0].field", equalTo("agreements[1].givenBy"));
        Map<String, Object> nameless = new HashMap<>(all.get(1));
        nameless.put("giverName", " ");
        reschedule(pair, List.of(all.get(0), nameless)).statusCode(400)
                .body("errors[0].field", equalTo("agreements[1].giverName"))
                .body("errors[0].message", equalTo("Укажите ФИО давшего согласие"));
        Map<String, Object> early = new HashMap<>(all.get(0));
        early.put("agreedOn", LocalDate.now().minusDays(1).toString());
        reschedule(pair, List.of(early, all.get(1))).statusCode(400)
                .body("errors[0].field", equalTo("agreements[0].agreedOn"))
                .body("errors[0].message", equalTo("Согласие не может быть дано раньше, чем пара начала работу ("
                        + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ")"));
        reschedule(pair, List.of(all.get(0), all.get(1), all.get(1))).statusCode(400)
                .body("errors[0].field", equalTo("agreements[2].participantId"));
        assertThat(plannedEnd(pair)).isEqualTo(end);
        as(curator()).get(Pairs.mentorships(SCHOOL) + "/" + pair + "/events").then()
                .body("kind", contains("PROPOSED", "APPROVED", "ACTIVATED"));
    }

    @Test
    void theHistoryKeepsWhoAgreedToTheNewTermAndWhen() {
        UUID pair = Pairs.activePair(curator(), SCHOOL);
        List<Map<String, Object>> all = Pairs.agreements(curator(), SCHOOL, pair);
        LocalDate newEnd = LocalDate.now().plusMonths(8);
        reschedule(pair, all).statusCode(200).body("plannedEnd", equalTo(newEnd.toString()));
        as(curator()).get(Pairs.mentorships(SCHOOL) + "/" + pair + "/events").then().statusCode(200)
                .body("kind", contains("PROPOSED", "APPROVED", "ACTIVATED", "EXTENDED"))
                .body("[3].agreements.participantId", contains(all.get(0).get("participantId"),
                        all.get(1).get("participantId")))
                .body("[3].agreements.side", contains("MENTOR", "MENTEE"))
                .body("[3].agreements.givenBy", contains("SELF", "PARENT"))
                .body("[3].agreements[1].giverName", equalTo(all.get(1).get("giverName")))
                .body("[3].agreements[1].agreedOn", equalTo(LocalDate.now().toString()))
                .body("[0].agreements", org.hamcrest.Matchers.nullValue());
    }
}
