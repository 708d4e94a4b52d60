package ru.nastavnik.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Diaries;
import ru.nastavnik.support.Diaries.Pair;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/** The mentor's personal diary link: its lifecycle, what it opens, and that it opens nothing else. */
@QuarkusTest
class DiaryLinkApiTest {

    private static final LocalDate TODAY = LocalDate.now();

    private static String curator() {
        return Tokens.school();
    }

    private static Pair activePair() {
        return Diaries.activePair(curator(), Demo.SCHOOL_A1, 30, 1);
    }

    private static String diary(String token) {
        return "/api/diary/" + token;
    }

    private static void gone(String token, String type) {
        as(null).get(diary(token)).then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("urn:nastavnik:problem:" + type));
    }

    @Test
    void theMentorLogsAMeetingWithoutAnAccountAndTheCuratorSeesIt() {
        Pair pair = activePair();
        Diaries.programme(pair, "Разбор олимпиадных задач");
        Response created = as(curator()).post(pair.links());
        created.then().statusCode(201).body("status", equalTo("ACTIVE")).body("mentorshipId",
                equalTo(pair.id().toString()));
        String token = created.path("token");
        assertThat(created.<String>path("url")).endsWith("/diary/" + token);
        as(curator()).get(java.net.URI.create(created.header("Location")).getPath()).then().statusCode(200)
                .body("id", equalTo(created.path("id"))).body("token", nullValue()).body("url", nullValue());

        JsonPath page = as(null).get(diary(token)).then().statusCode(200).extract().jsonPath();
        assertThat(page.getMap("")).containsOnlyKeys("schoolName", "form", "kind", "plannedStart", "plannedEnd",
                "startedOn", "mentees", "hasProgramme", "activities", "meetings", "editableDays", "expiresAt");
        assertThat(page.getString("schoolName")).isEqualTo("МОУ СОШ № 17");
        assertThat(page.getString("form")).isEqualTo("TEACHER_PUPIL");
        assertThat(page.getList("mentees.fullName")).containsExactly(pair.menteeNames().get(0));
        assertThat(page.getMap("mentees[0]")).containsOnlyKeys("id", "fullName");
        assertThat(page.getBoolean("hasProgramme")).isTrue();
        assertThat(page.getList("activities.title")).containsExactly("Разбор олимпиадных задач");
        assertThat(page.getList("meetings")).isEmpty();

        Map<String, Object> meeting = Diaries.held(pair, TODAY.minusDays(1), "Подготовка к олимпиаде");
        meeting.put("activityIds", List.of(page.getString("activities[0].id")));
        Response logged = as(null).body(meeting).post(diary(token) + "/meetings");
        logged.then().statusCode(201).body("recordedVia", equalTo("DIARY_LINK"))
                .body("recordedBy", equalTo(mentorName(pair))).body("editable", equalTo(true));
        as(null).get(java.net.URI.create(logged.header("Location")).getPath()).then().statusCode(200)
                .body("id", equalTo(logged.path("id"))).body("topic", equalTo("Подготовка к олимпиаде"));

        as(curator()).get(pair.meetings()).then().statusCode(200).body("items.topic", contains("Подготовка к олимпиаде"))
                .body("items[0].recordedVia", equalTo("DIARY_LINK"))
                .body("items[0].activities.title", contains("Разбор олимпиадных задач"));
        as(curator()).get(pair.links()).then().body("[0].lastUsedAt", notNullValue()).body("[0].token", nullValue());
        as(null).get(diary(token)).then().body("meetings.topic", contains("Подготовка к олимпиаде"));
    }

    @Test
    void theMentorMarksAnActivityDoneAndTheCuratorSeesItOnThePlanAndTheMeeting() {
        Pair pair = activePair();
        List<UUID> plan = Diaries.programme(pair, "Проект по геометрии", "Олимпиада");
        String token = Diaries.link(curator(), pair);
        Map<String, Object> meeting = Diaries.held(pair, TODAY, "Проект");
        meeting.put("activityIds", List.of(plan.get(0).toString()));
        Diaries.create(curator(), pair, meeting);
        String activity = diary(token) + "/activities/" + plan.get(0);

        as(null).body(Map.of("status", "IN_PROGRESS", "version", 0)).put(activity).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("doneOn", nullValue()).body("version", equalTo(1));
        as(null).body(Map.of("status", "DONE", "version", 1)).put(activity).then().statusCode(400)
                .body("errors.field", contains("result"));
        as(null).body(Map.of("status", "DONE", "result", "Модель готова", "doneOn", TODAY.plusDays(1).toString(),
                "version", 1)).put(activity).then().statusCode(400).body("errors.field", contains("doneOn"));
        as(null).body(Map.of("status", "DONE", "result", "Модель готова", "doneOn", TODAY.minusDays(31).toString(),
                "version", 1)).put(activity).then().statusCode(400).body("errors.field", contains("doneOn"));
        as(null).body(Map.of("status", "CANCELLED", "version", 1)).put(activity).then().statusCode(400)
                .body("errors.field", contains("status"));
        as(null).body(Map.of("status", "DONE", "result", "Модель готова", "version", 0)).put(activity).then()
                .statusCode(409);
        as(null).body(Map.of("status", "DONE", "result", "Собрали модель многогранника", "version", 1)).put(activity)
                .then().statusCode(200).body("status", equalTo("DONE")).body("doneOn", equalTo(TODAY.toString()))
                .body("result", equalTo("Собрали модель многогранника")).body("version", equalTo(2));

        as(curator()).get(pair.meetings() + "/activities").then()
                .body("find { it.id == '" + plan.get(0) + "' }.status", equalTo("DONE"))
                .body("find { it.id == '" + plan.get(0) + "' }.result", equalTo("Собрали модель многогранника"))
                .body("find { it.id == '" + plan.get(1) + "' }.status", equalTo("PLANNED"));
        as(curator()).get(pair.meetings()).then().body("items[0].activities.status", contains("DONE"));
        as(null).get(diary(token)).then().body("activities.status", contains("DONE", "PLANNED"));

        Diaries.asSystem("UPDATE programme_activity SET status = 'CANCELLED' WHERE id = ?1", plan.get(1));
        as(null).body(Map.of("status", "IN_PROGRESS", "version", 0)).put(diary(token) + "/activities/" + plan.get(1))
                .then().statusCode(409).body("type", equalTo("urn:nastavnik:problem:activity-cancelled"));
    }

    @Test
    void theMentorCorrectsOnlyTheirOwnEntriesOfTheLastWeek() {
        Pair pair = activePair();
        String token = Diaries.link(curator(), pair);
        UUID own = UUID.fromString(as(null).body(Diaries.held(pair, TODAY.minusDays(2), "Моя встреча"))
                .post(diary(token) + "/meetings").then().statusCode(201).extract().path("id"));
        UUID curators = Diaries.create(curator(), pair, Diaries.held(pair, TODAY.minusDays(3), "Запись куратора"));

        Map<String, Object> edit = Diaries.held(pair, TODAY.minusDays(2), "Моя встреча, исправленная");
        edit.put("version", 0);
        as(null).body(edit).put(diary(token) + "/meetings/" + own).then().statusCode(200)
                .body("topic", equalTo("Моя встреча, исправленная")).body("recordedVia", equalTo("DIARY_LINK"));
        as(null).body(edit).put(diary(token) + "/meetings/" + curators).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:diary-entry-locked"));
        as(null).get(diary(token)).then().body("meetings.find { it.id == '" + curators + "' }.editable",
                equalTo(false));

        Diaries.asSystem("UPDATE meeting SET created_at = now() - interval '8 days' WHERE id = ?1", own);
        edit.put("version", 1);
        as(null).body(edit).put(diary(token) + "/meetings/" + own).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:diary-entry-locked"));

        Map<String, Object> byCurator = Diaries.held(pair, TODAY.minusDays(2), "Исправил куратор");
        byCurator.put("version", 1);
        as(curator()).body(byCurator).put(pair.meetings() + "/" + own).then().statusCode(200)
                .body("topic", equalTo("Исправил куратор")).body("recordedVia", equalTo("DIARY_LINK"));
    }

    @Test
    void aNewLinkRevokesThePreviousOneAndARevokedLinkIsRefused() {
        Pair pair = activePair();
        String first = Diaries.link(curator(), pair);
        JsonPath second = as(curator()).post(pair.links()).then().statusCode(201).extract().jsonPath();
        gone(first, "diary-link-revoked");
        as(null).get(diary(second.getString("token"))).then().statusCode(200);
        as(null).body(Diaries.held(pair, TODAY, "Встреча")).post(diary(first) + "/meetings").then().statusCode(410);

        String revoke = pair.links() + "/" + second.getString("id") + "/revoke";
        as(curator()).post(revoke).then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revokedAt", notNullValue());
        gone(second.getString("token"), "diary-link-revoked");
        as(curator()).post(revoke).then().statusCode(409).body("type", equalTo("urn:nastavnik:problem:diary-link-closed"));
        as(curator()).get(pair.links()).then().body("status", contains("REVOKED", "REVOKED"))
                .body("token", contains(nullValue(), nullValue()));
        as(curator()).get(pair.meetings()).then().body("total", equalTo(0));
    }

    @Test
    void anExpiredLinkIsRefused() {
        Pair pair = activePair();
        JsonPath link = as(curator()).body(Map.of("validDays", 1)).post(pair.links()).then().statusCode(201)
                .extract().jsonPath();
        Diaries.asSystem("UPDATE diary_link SET created_at = now() - interval '2 days', expires_at = now() -"
                + " interval '1 day' WHERE id = ?1", UUID.fromString(link.getString("id")));
        as(null).get(diary(link.getString("token"))).then().statusCode(410)
                .body("type", equalTo("urn:nastavnik:problem:diary-link-expired"))
                .body("title", equalTo("Срок действия ссылки истёк"));
        as(curator()).get(pair.links()).then().body("status", contains("EXPIRED"));
        as(curator()).post(pair.links() + "/" + link.getString("id") + "/revoke").then().statusCode(409);
    }

    @Test
    void aLinkLastsUpToTheRestOfThePairsTermAndAMonth() {
        Pair pair = activePair();
        Instant before = Instant.now();
        Instant expires = Instant.parse(as(curator()).post(pair.links()).then().statusCode(201).extract()
                .path("expiresAt"));
        assertThat(Duration.between(before, expires).toDays()).isEqualTo(120);
        LocalDate end = TODAY.minusDays(30).plusMonths(6);
        long longest = java.time.temporal.ChronoUnit.DAYS.between(TODAY, end) + 30;
        as(curator()).body(Map.of("validDays", longest)).post(pair.links()).then().statusCode(201);
        as(curator()).body(Map.of("validDays", longest + 1)).post(pair.links()).then().statusCode(400)
                .body("errors.field", contains("validDays"));
        as(curator()).body(Map.of("validDays", 0)).post(pair.links()).then().statusCode(400)
                .body("errors.field", contains("validDays"));
        as(curator()).body(Map.of("validDays", 1.5)).post(pair.links()).then().statusCode(400)
                .body("errors.field", contains("validDays"));
        as(curator()).get(pair.links()).then().body("size()", equalTo(2));
    }

    @Test
    void aLinkClosesWhenThePairEndsAndItsDiaryStaysWithTheCurator() {
        Pair pair = activePair();
        String token = Diaries.link(curator(), pair);
        as(null).body(Diaries.held(pair, TODAY, "Последняя встреча")).post(diary(token) + "/meetings").then()
                .statusCode(201);
        Diaries.complete(curator(), pair);
        as(null).get(diary(token)).then().statusCode(410)
                .body("type", equalTo("urn:nastavnik:problem:diary-link-closed"))
                .body("title", equalTo("Работа пары завершена"));
        as(curator()).get(pair.links()).then().body("status", contains("REVOKED"));
        as(curator()).get(pair.meetings()).then().body("items.topic", contains("Последняя встреча"));
        as(curator()).post(pair.links()).then().statusCode(409).body("type",
                equalTo("urn:nastavnik:problem:diary-read-only"));
    }

    @Test
    void aLinkClosesWhenTheMentorWithdrawsConsent() {
        Pair pair = activePair();
        String token = Diaries.link(curator(), pair);
        as(curator()).body(Map.of("withdrawnOn", TODAY.toString()))
                .post("/api/schools/" + Demo.SCHOOL_A1 + "/participants/" + pair.mentor() + "/consents/withdraw")
                .then().statusCode(200);
        as(null).get(diary(token)).then().statusCode(410);
        as(null).body(Diaries.held(pair, TODAY, "Встреча")).post(diary(token) + "/meetings").then().statusCode(410);
        as(curator()).get(pair.links()).then().body("status", contains("REVOKED"));
    }

    @Test
    void aTokenOfOnePairReachesNothingOfAnother() {
        Pair a = activePair();
        Pair b = activePair();
        List<UUID> planA = Diaries.programme(a, "Мероприятие пары А");
        List<UUID> planB = Diaries.programme(b, "Мероприятие пары Б");
        String tokenA = Diaries.link(curator(), a);
        Diaries.link(curator(), b);
        UUID meetingB = Diaries.create(curator(), b, Diaries.held(b, TODAY, "Встреча пары Б"));

        as(null).get(diary(tokenA) + "/meetings/" + meetingB).then().statusCode(404);
        Map<String, Object> edit = Diaries.held(b, TODAY, "Подмена");
        edit.put("version", 0);
        as(null).body(edit).put(diary(tokenA) + "/meetings/" + meetingB).then().statusCode(404);
        as(null).body(Map.of("status", "DONE", "result", "Подмена", "version", 0))
                .put(diary(tokenA) + "/activities/" + planB.get(0)).then().statusCode(404);
        Map<String, Object> foreignMentee = Diaries.held(a, TODAY, "Встреча");
        foreignMentee.put("attendance", List.of(Map.of("participantId", b.mentee().toString(), "present", true)));
        as(null).body(foreignMentee).post(diary(tokenA) + "/meetings").then().statusCode(400)
                .body("errors.field", hasItem("attendance[0].participantId"));
        Map<String, Object> foreignActivity = Diaries.held(a, TODAY, "Встреча");
        foreignActivity.put("activityIds", List.of(planB.get(0).toString()));
        as(null).body(foreignActivity).post(diary(tokenA) + "/meetings").then().statusCode(400)
                .body("errors.field", contains("activityIds"));

        as(null).get(diary(tokenA)).then().body("meetings", org.hamcrest.Matchers.empty())
                .body("activities.id", contains(planA.get(0).toString()))
                .body("mentees.id", contains(a.mentee().toString()));
        as(curator()).get(b.meetings() + "/" + meetingB).then().body("topic", equalTo("Встреча пары Б"))
                .body("version", equalTo(0));
        as(curator()).get(b.meetings() + "/activities").then().body("status", contains("PLANNED"));
    }

    @Test
    void aGuessedOrMangledTokenFindsNothing() {
        Pair pair = activePair();
        String token = Diaries.link(curator(), pair);
        String guessed = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        for (String bad : List.of(guessed, token.substring(1), token + "A", "x")) {
            as(null).get(diary(bad)).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:nastavnik:problem:diary-link-unknown"));
        }
        as(null).body(Diaries.held(pair, TODAY, "Встреча")).post(diary(guessed) + "/meetings").then().statusCode(404);
        as(null).get(diary(token)).then().statusCode(200);
    }

    @Test
    void anApprovedPairsMentorPlansMeetingsButRecordsNothingAsHeldOrDone() {
        Pair pair = Diaries.approvedPair(curator(), Demo.SCHOOL_A1, 3, 1);
        List<UUID> plan = Diaries.programme(pair, "Знакомство с планом");
        String token = Diaries.link(curator(), pair);
        as(null).get(diary(token)).then().statusCode(200).body("startedOn", nullValue());
        as(null).body(Diaries.held(pair, TODAY, "Пробная")).post(diary(token) + "/meetings").then().statusCode(400)
                .body("errors.field", contains("held"));
        as(null).body(Diaries.planned(TODAY.plusDays(2), "Пробная")).post(diary(token) + "/meetings").then()
                .statusCode(201);
        as(null).body(Map.of("status", "IN_PROGRESS", "version", 0)).put(diary(token) + "/activities/" + plan.get(0))
                .then().statusCode(409).body("type", equalTo("urn:nastavnik:problem:diary-not-started"));
    }

    @Test
    void aProposedPairGetsNoLink() {
        UUID proposed = Pairs.proposedPair(curator(), Demo.SCHOOL_A1);
        as(curator()).post(Pairs.mentorships(Demo.SCHOOL_A1) + "/" + proposed + "/diary-links").then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:diary-not-open"));
    }

    private static String mentorName(Pair pair) {
        return as(curator()).get(pair.path()).then().extract().path("mentor.fullName");
    }
}
