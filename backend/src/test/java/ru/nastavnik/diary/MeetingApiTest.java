package ru.nastavnik.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

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

/** The curator's side of the diary: what may be recorded for a pair, and what is refused, naming the field. */
@QuarkusTest
class MeetingApiTest {

    private static final LocalDate TODAY = LocalDate.now();

    private static String token() {
        return Tokens.school();
    }

    private static Pair activePair(int daysAgo) {
        return Diaries.activePair(token(), Demo.SCHOOL_A1, daysAgo, 1);
    }

    /** The refusal: 400 naming the field, and the diary as it was. */
    private static void refused(Pair pair, Map<String, Object> meeting, String field) {
        int before = as(token()).get(pair.meetings()).then().statusCode(200).extract().path("total");
        as(token()).body(meeting).post(pair.meetings()).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:nastavnik:problem:validation"))
                .body("errors.field", hasItem(field));
        as(token()).get(pair.meetings()).then().body("total", equalTo(before));
    }

    @Test
    void theCuratorRecordsAHeldMeetingWithWhoCameAndWhatWasWorkedOn() {
        Pair pair = activePair(20);
        List<UUID> plan = Diaries.programme(pair, "Разбор олимпиадных задач", "Проект по геометрии");
        Map<String, Object> body = Diaries.held(pair, TODAY.minusDays(3), "Олимпиадная математика");
        body.put("attendance", List.of(Map.of("participantId", pair.mentee().toString(), "present", false)));
        body.put("activityIds", List.of(plan.get(1).toString(), plan.get(0).toString(), plan.get(1).toString()));

        Response created = as(token()).body(body).post(pair.meetings());
        created.then().statusCode(201)
                .body("kind", equalTo("REGULAR")).body("held", equalTo(true))
                .body("date", equalTo(TODAY.minusDays(3).toString())).body("startsAt", equalTo("15:00:00"))
                .body("durationMinutes", equalTo(45)).body("format", equalTo("IN_PERSON"))
                .body("attendance.fullName", contains(pair.menteeNames().get(0)))
                .body("attendance.present", contains(false))
                .body("activities.title", contains("Разбор олимпиадных задач", "Проект по геометрии"))
                .body("activities.status", contains("PLANNED", "PLANNED"))
                .body("recordedVia", equalTo("CURATOR")).body("recordedBy", equalTo("Тестовый пользователь school"))
                .body("editable", equalTo(true)).body("version", equalTo(0));
        String location = created.header("Location");
        assertThat(location).endsWith(pair.meetings() + "/" + created.path("id"));
        as(token()).get(java.net.URI.create(location).getPath()).then().statusCode(200)
                .body("topic", equalTo("Олимпиадная математика"));
    }

    @Test
    void theListIsNewestFirstInPagesAndFiltersByKindAndMonth() {
        Pair pair = activePair(70);
        LocalDate lastMonth = TODAY.minusMonths(1);
        Diaries.create(token(), pair, Diaries.held(pair, TODAY.minusDays(64), "Первая"));
        Diaries.create(token(), pair, Diaries.held(pair, lastMonth.withDayOfMonth(1), "В прошлом месяце"));
        Map<String, Object> trial = Diaries.held(pair, TODAY.minusDays(65), "Знакомство");
        trial.put("kind", "TRIAL");
        Diaries.create(token(), pair, trial);
        Diaries.create(token(), pair, Diaries.planned(TODAY.plusDays(7), "Следующая"));

        as(token()).get(pair.meetings()).then().statusCode(200).body("total", equalTo(4))
                .body("items.topic", contains("Следующая", "В прошлом месяце", "Первая", "Знакомство"));
        as(token()).queryParam("size", 2).queryParam("page", 1).get(pair.meetings()).then()
                .body("items.topic", contains("Первая", "Знакомство")).body("total", equalTo(4));
        as(token()).queryParam("kind", "TRIAL").get(pair.meetings()).then().body("items.topic", contains("Знакомство"));
        as(token()).queryParam("held", false).get(pair.meetings()).then().body("items.topic", contains("Следующая"));
        as(token()).queryParam("month", lastMonth.toString().substring(0, 7)).get(pair.meetings()).then()
                .body("items.topic", hasItem("В прошлом месяце")).body("items.topic", not(hasItem("Следующая")));
        as(token()).queryParam("sort", "date,asc").get(pair.meetings()).then()
                .body("items[0].topic", equalTo("Знакомство"));
        as(token()).queryParam("month", "2025-13").get(pair.meetings()).then().statusCode(400)
                .body("errors.field", contains("month"));
        as(token()).queryParam("month", "2025-10").queryParam("from", "2025-10-01").get(pair.meetings()).then()
                .statusCode(400).body("errors.field", contains("month"));
        as(token()).queryParam("kind", "PARTY").get(pair.meetings()).then().statusCode(400)
                .body("errors.field", contains("kind"));
    }

    @Test
    void aProposedPairHasNoDiaryYetAndAnEndedPairsDiaryIsReadOnly() {
        String proposed = Pairs.mentorships(Demo.SCHOOL_A1) + "/" + Pairs.proposedPair(token(), Demo.SCHOOL_A1)
                + "/meetings";
        as(token()).body(Diaries.planned(TODAY.plusDays(3), "Знакомство")).post(proposed).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:diary-not-open"));

        Pair pair = activePair(10);
        UUID meeting = Diaries.create(token(), pair, Diaries.held(pair, TODAY.minusDays(2), "Рабочая встреча"));
        Diaries.complete(token(), pair);
        as(token()).body(Diaries.held(pair, TODAY, "После окончания")).post(pair.meetings()).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:diary-read-only"))
                .body("title", equalTo("Дневник закрыт"));
        Map<String, Object> edit = Diaries.held(pair, TODAY.minusDays(2), "Исправленная");
        edit.put("version", 0);
        as(token()).body(edit).put(pair.meetings() + "/" + meeting).then().statusCode(409);
        as(token()).queryParam("version", 0).delete(pair.meetings() + "/" + meeting).then().statusCode(409);
        as(token()).get(pair.meetings() + "/" + meeting).then().statusCode(200)
                .body("topic", equalTo("Рабочая встреча")).body("editable", equalTo(false));
    }

    @Test
    void anApprovedPairMayPlanMeetingsButNotRecordThemAsHeld() {
        Pair pair = Diaries.approvedPair(token(), Demo.SCHOOL_A1, 5, 1);
        refused(pair, Diaries.held(pair, TODAY, "Пробная встреча"), "held");
        refused(pair, Diaries.planned(TODAY.minusDays(6), "До приказа"), "date");
        refused(pair, Diaries.planned(TODAY.plusMonths(7), "После окончания срока"), "date");
        as(token()).body(Diaries.planned(TODAY.plusDays(2), "Пробная встреча")).post(pair.meetings()).then()
                .statusCode(201).body("held", equalTo(false)).body("attendance", empty());
    }

    @Test
    void aMeetingInTheFutureCannotBeHeldAndNoneBeforeThePairStarted() {
        Pair pair = activePair(10);
        refused(pair, Diaries.held(pair, TODAY.plusDays(1), "Завтра"), "date");
        refused(pair, Diaries.held(pair, TODAY.minusDays(11), "До начала"), "date");
        as(token()).body(Diaries.held(pair, TODAY, "Сегодня")).post(pair.meetings()).then().statusCode(201);
        as(token()).body(Diaries.planned(TODAY.plusDays(1), "Завтра")).post(pair.meetings()).then().statusCode(201);
    }

    @Test
    void aMeetingLastsFrom5To600MinutesAndAHeldOneSaysHowLong() {
        Pair pair = activePair(10);
        for (Object minutes : new Object[] { 4, 601, 1.5, "45" }) {
            Map<String, Object> body = Diaries.held(pair, TODAY, "Встреча");
            body.put("durationMinutes", minutes);
            refused(pair, body, "durationMinutes");
        }
        Map<String, Object> body = Diaries.held(pair, TODAY, "Встреча");
        body.remove("durationMinutes");
        refused(pair, body, "durationMinutes");
        body.put("durationMinutes", 600);
        as(token()).body(body).post(pair.meetings()).then().statusCode(201);
        Map<String, Object> planned = Diaries.planned(TODAY.plusDays(3), "Без продолжительности");
        as(token()).body(planned).post(pair.meetings()).then().statusCode(201).body("durationMinutes", nullValue());
    }

    @Test
    void requiredFieldsAndUnknownOnesAreNamed() {
        Pair pair = activePair(10);
        for (String field : List.of("kind", "held", "date", "format", "topic")) {
            Map<String, Object> body = Diaries.held(pair, TODAY, "Встреча");
            body.remove(field);
            refused(pair, body, field);
        }
        Map<String, Object> blank = Diaries.held(pair, TODAY, "  ");
        refused(pair, blank, "topic");
        Map<String, Object> unknown = Diaries.held(pair, TODAY, "Встреча");
        unknown.put("recordedBy", "Кто-то другой");
        refused(pair, unknown, "recordedBy");
    }

    @Test
    void attendanceIsOfEachMenteeOfThePairAndOfNobodyElse() {
        Pair pair = activePair(10);
        Pair other = activePair(10);
        Map<String, Object> stranger = Diaries.held(pair, TODAY, "Встреча");
        stranger.put("attendance", List.of(Map.of("participantId", pair.mentee().toString(), "present", true),
                Map.of("participantId", other.mentee().toString(), "present", true)));
        refused(pair, stranger, "attendance[1].participantId");
        Map<String, Object> mentor = Diaries.held(pair, TODAY, "Встреча");
        mentor.put("attendance", List.of(Map.of("participantId", pair.mentor().toString(), "present", true)));
        refused(pair, mentor, "attendance[0].participantId");
        Map<String, Object> twice = Diaries.held(pair, TODAY, "Встреча");
        twice.put("attendance", List.of(Map.of("participantId", pair.mentee().toString(), "present", true),
                Map.of("participantId", pair.mentee().toString(), "present", false)));
        refused(pair, twice, "attendance[1].participantId");
        Map<String, Object> nobody = Diaries.held(pair, TODAY, "Встреча");
        nobody.remove("attendance");
        refused(pair, nobody, "attendance");
        Map<String, Object> planned = Diaries.planned(TODAY.plusDays(1), "Встреча");
        planned.put("attendance", List.of(Map.of("participantId", pair.mentee().toString(), "present", true)));
        refused(pair, planned, "attendance");
    }

    @Test
    void aGroupMarksTheMenteesItHadOnTheMeetingsDay() {
        Pair group = Diaries.activePair(token(), Demo.SCHOOL_A1, 10, 2);
        UUID leaving = group.mentees().get(1);
        as(token()).body(Map.of("withdrawnOn", TODAY.toString()))
                .post("/api/schools/" + Demo.SCHOOL_A1 + "/participants/" + leaving + "/consents/withdraw").then()
                .statusCode(200);
        as(token()).get(group.path()).then().body("status", equalTo("ACTIVE"));

        as(token()).body(Diaries.held(group, TODAY.minusDays(1), "Когда были оба")).post(group.meetings()).then()
                .statusCode(201).body("attendance.present", contains(true, true));
        Map<String, Object> today = Diaries.held(group, TODAY, "После выбытия");
        refused(group, today, "attendance[1].participantId");
        today.put("attendance", List.of(Map.of("participantId", group.mentee().toString(), "present", true)));
        as(token()).body(today).post(group.meetings()).then().statusCode(201)
                .body("attendance.fullName", contains(group.menteeNames().get(0)));
    }

    @Test
    void onlyActivitiesOfThisPairsProgrammeCanBeWorkedOn() {
        Pair pair = activePair(10);
        Pair other = activePair(10);
        List<UUID> own = Diaries.programme(pair, "Своё мероприятие");
        List<UUID> foreign = Diaries.programme(other, "Чужое мероприятие");
        Map<String, Object> body = Diaries.held(pair, TODAY, "Встреча");
        body.put("activityIds", List.of(own.get(0).toString(), foreign.get(0).toString()));
        refused(pair, body, "activityIds");
        Map<String, Object> none = Diaries.held(other, TODAY, "Встреча");
        none.put("activityIds", List.of(UUID.randomUUID().toString()));
        refused(other, none, "activityIds");
        as(token()).get(pair.meetings() + "/activities").then().statusCode(200)
                .body("title", contains("Своё мероприятие")).body("status", contains("PLANNED"));
        as(token()).get(activePair(1).meetings() + "/activities").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aPairHasAtMostOneFinalMeeting() {
        Pair pair = activePair(10);
        Map<String, Object> last = Diaries.held(pair, TODAY.minusDays(1), "Итоги года");
        last.put("kind", "FINAL");
        UUID first = Diaries.create(token(), pair, last);
        Map<String, Object> again = Diaries.held(pair, TODAY, "Ещё одни итоги");
        again.put("kind", "FINAL");
        refused(pair, again, "kind");
        last.put("version", 0);
        last.put("notes", "Подвели итоги, наметили планы на лето");
        as(token()).body(last).put(pair.meetings() + "/" + first).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void changesCarryTheVersionTheyWereBasedOnAndDeletionToo() {
        Pair pair = activePair(10);
        UUID id = Diaries.create(token(), pair, Diaries.held(pair, TODAY, "Встреча"));
        String path = pair.meetings() + "/" + id;
        Map<String, Object> edit = Diaries.held(pair, TODAY, "Встреча по проекту");
        as(token()).body(edit).put(path).then().statusCode(400).body("errors.field", contains("version"));
        edit.put("version", 0);
        JsonPath changed = as(token()).body(edit).put(path).then().statusCode(200).extract().jsonPath();
        assertThat(changed.getString("topic")).isEqualTo("Встреча по проекту");
        assertThat(changed.getInt("version")).isEqualTo(1);
        as(token()).body(edit).put(path).then().statusCode(409).body("type", equalTo("urn:nastavnik:problem:conflict"));

        as(token()).delete(path).then().statusCode(400).body("errors.field", contains("version"));
        as(token()).queryParam("version", 0).delete(path).then().statusCode(409);
        as(token()).queryParam("version", 1).delete(path).then().statusCode(204);
        as(token()).get(path).then().statusCode(404);
    }

    @Test
    void anotherSchoolReachesNoMeetingAndAMeetingIsFoundOnlyUnderItsOwnPair() {
        Pair pair = activePair(10);
        Pair other = activePair(10);
        UUID id = Diaries.create(token(), pair, Diaries.held(pair, TODAY, "Встреча"));
        as(token()).get(other.meetings() + "/" + id).then().statusCode(404);
        as(Tokens.school2()).get(pair.meetings()).then().statusCode(404);
        as(Tokens.school2()).get("/api/schools/" + Demo.SCHOOL_B1 + "/mentorships/" + pair.id() + "/meetings/" + id)
                .then().statusCode(404);
    }
}
