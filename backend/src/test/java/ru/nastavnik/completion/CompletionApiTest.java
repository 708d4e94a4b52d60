package ru.nastavnik.completion;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/** The completion wizard: what it must record before a pair may be completed, and what it keeps. */
@QuarkusTest
class CompletionApiTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;

    @Inject
    EntityManager em;

    private static String curator() {
        return Tokens.school();
    }

    private static String pair(UUID id) {
        return Pairs.mentorships(SCHOOL) + "/" + id;
    }

    private static ValidatableResponse complete(UUID id, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.putIfAbsent("version", Pairs.version(curator(), SCHOOL, id));
        return as(curator()).body(withVersion).post(pair(id) + "/complete").then();
    }

    private static Map<String, Object> result(UUID goal, String result, String note) {
        return Map.of("goalId", goal.toString(), "result", result, "note", note);
    }

    @Test
    void theWizardStartsFromTheProgrammesGoalsAndTheDiarysFinalMeeting() {
        UUID id = PairWork.activePair(curator(), SCHOOL);
        List<UUID> goals = PairWork.programme(em, SCHOOL, id, "Решать задачи ОГЭ по геометрии", "Подготовить проект");
        as(curator()).get(pair(id) + "/completion").then().statusCode(200)
                .body("recorded", equalTo(false))
                .body("hasProgramme", equalTo(true))
                .body("goals.title", contains("Решать задачи ОГЭ по геометрии", "Подготовить проект"))
                .body("goals.goalId", contains(goals.get(0).toString(), goals.get(1).toString()))
                .body("goals.result", contains(nullValue(), nullValue()))
                .body("finalMeetingHeld", equalTo(false))
                .body("finalMeeting", nullValue());

        PairWork.meeting(em, SCHOOL, id, "FINAL", false, LocalDate.now().plusDays(3));
        as(curator()).get(pair(id) + "/completion").then().body("finalMeetingHeld", equalTo(false));
        UUID held = PairWork.meeting(em, SCHOOL, id, "FINAL", true, LocalDate.now());
        as(curator()).get(pair(id) + "/completion").then()
                .body("finalMeetingHeld", equalTo(true))
                .body("finalMeeting.id", equalTo(held.toString()))
                .body("finalMeeting.heldOn", equalTo(LocalDate.now().toString()));
    }

    @Test
    void completingRecordsEveryGoalsResultAndTheOutcomeOnThePair() {
        UUID id = PairWork.activePair(curator(), SCHOOL);
        List<UUID> goals = PairWork.programme(em, SCHOOL, id, "Решать задачи ОГЭ по геометрии", "Подготовить проект");
        complete(id, Map.of("outcome", "PARTLY_EFFECTIVE", "outcomeReason", "Проект не доведён до защиты",
                "finalMeetingHeld", true, "comment", "Наставляемый продолжит работу сам",
                "goals", List.of(result(goals.get(0), "ACHIEVED", "Решает 18 из 20 задач"),
                        result(goals.get(1), "PARTLY_ACHIEVED", "Нет защиты"))))
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("outcome", equalTo("PARTLY_EFFECTIVE"))
                .body("outcomeReason", equalTo("Проект не доведён до защиты"))
                .body("endedOn", equalTo(LocalDate.now().toString()));

        as(curator()).get(pair(id)).then().body("outcome", equalTo("PARTLY_EFFECTIVE"))
                .body("outcomeReason", equalTo("Проект не доведён до защиты"));
        as(curator()).get(pair(id) + "/completion").then().statusCode(200)
                .body("recorded", equalTo(true))
                .body("completedOn", equalTo(LocalDate.now().toString()))
                .body("outcome", equalTo("PARTLY_EFFECTIVE"))
                .body("finalMeetingHeld", equalTo(true))
                .body("comment", equalTo("Наставляемый продолжит работу сам"))
                .body("recordedBy", equalTo("Тестовый пользователь school"))
                .body("goals.result", contains("ACHIEVED", "PARTLY_ACHIEVED"))
                .body("goals.note", contains("Решает 18 из 20 задач", "Нет защиты"));
        as(curator()).get(pair(id) + "/events").then()
                .body("kind", contains("PROPOSED", "APPROVED", "ACTIVATED", "COMPLETED"))
                .body("[3].comment", equalTo("Наставляемый продолжит работу сам"));
    }

    @Test
    void aPairWithoutAProgrammeIsCompletedWithItsOutcomeAlone() {
        UUID id = PairWork.activePair(curator(), SCHOOL);
        as(curator()).get(pair(id) + "/completion").then().body("hasProgramme", equalTo(false))
                .body("goals", hasSize(0));
        complete(id, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", false)).statusCode(200)
                .body("outcome", equalTo("EFFECTIVE"))
                .body("outcomeReason", nullValue());
        as(curator()).get(pair(id) + "/completion").then().body("recorded", equalTo(true))
                .body("goals", hasSize(0));
    }

    @Test
    void everyGoalMustGetAResultAndOnlyTheProgrammesGoalsCan() {
        UUID id = PairWork.activePair(curator(), SCHOOL);
        List<UUID> goals = PairWork.programme(em, SCHOOL, id, "Цель первая", "Цель вторая");
        complete(id, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", true,
                "goals", List.of(result(goals.get(0), "ACHIEVED", "")))).statusCode(400)
                .body("errors.field", contains("goals[1]"))
                .body("errors[0].message", equalTo("Нет итога по цели «Цель вторая»"));
        complete(id, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", true,
                "goals", List.of(Map.of("goalId", goals.get(0).toString()), result(goals.get(1), "ACHIEVED", ""))))
                .statusCode(400)
                .body("errors.field", contains("goals[0].result"))
                .body("errors[0].message", equalTo("Укажите, достигнута ли цель «Цель первая»"));
        complete(id, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", true, "goals", List.of(
                result(goals.get(0), "ACHIEVED", ""), result(goals.get(1), "ACHIEVED", ""),
                result(UUID.randomUUID(), "ACHIEVED", "")))).statusCode(400)
                .body("errors.field", contains("goals[2].goalId"))
                .body("errors[0].message", equalTo("Такой цели нет в программе пары"));

        UUID other = PairWork.activePair(curator(), SCHOOL);
        UUID foreignGoal = PairWork.programme(em, SCHOOL, other, "Чужая цель").get(0);
        complete(id, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", true, "goals", List.of(
                result(goals.get(0), "ACHIEVED", ""), result(foreignGoal, "ACHIEVED", "")))).statusCode(400)
                .body("errors.field", containsInAnyOrder("goals[1].goalId", "goals[1]"));

        UUID withoutProgramme = PairWork.activePair(curator(), SCHOOL);
        complete(withoutProgramme, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", true,
                "goals", List.of(result(goals.get(0), "ACHIEVED", "")))).statusCode(400)
                .body("errors.field", contains("goals[0].goalId"))
                .body("errors[0].message", equalTo("У пары нет персонализированной программы: итоги по целям не нужны"));
        stillActiveWithNothingRecorded(id);
        stillActiveWithNothingRecorded(withoutProgramme);
    }

    @Test
    void anOutcomeShortOfEffectiveNeedsAReasonAndTheFinalMeetingMustBeStated() {
        UUID id = PairWork.activePair(curator(), SCHOOL);
        complete(id, Map.of("outcome", "NOT_EFFECTIVE", "outcomeReason", "  ", "finalMeetingHeld", true))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("outcomeReason"))
                .body("errors[0].message", equalTo("Объясните, почему работа пары эффективна не вполне"));
        complete(id, Map.of("finalMeetingHeld", true)).statusCode(400).body("errors.field", contains("outcome"));
        complete(id, Map.of("outcome", "EFFECTIVE")).statusCode(400)
                .body("errors.field", contains("finalMeetingHeld"));
        complete(id, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", true, "endedOn",
                LocalDate.now().minusDays(1).toString())).statusCode(400).body("errors.field", contains("endedOn"));

        PairWork.meeting(em, SCHOOL, id, "FINAL", true, LocalDate.now());
        complete(id, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", false)).statusCode(400)
                .body("errors.field", contains("finalMeetingHeld"))
                .body("errors[0].message", equalTo("В дневнике записана итоговая встреча "
                        + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + ": если её не было, исправьте дневник"));
        stillActiveWithNothingRecorded(id);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        UUID id = PairWork.activePair(curator(), SCHOOL);
        int seen = Pairs.version(curator(), SCHOOL, id);
        as(curator()).body(Pairs.rescheduleBody(curator(), SCHOOL, id, LocalDate.now().plusMonths(8),
                "По согласию сторон")).post(pair(id) + "/reschedule").then().statusCode(200);
        complete(id, Map.of("version", seen, "outcome", "EFFECTIVE", "finalMeetingHeld", true)).statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:conflict"));
        stillActiveWithNothingRecorded(id);
    }

    @Test
    void aTerminatedPairCannotBeCompletedAndHasNoCompletionRecord() {
        UUID id = PairWork.activePair(curator(), SCHOOL);
        as(curator()).body(Map.of("version", Pairs.version(curator(), SCHOOL, id), "reason", "MUTUAL_DECISION"))
                .post(pair(id) + "/terminate").then().statusCode(200);
        complete(id, Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", true)).statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:illegal-transition"));
        as(curator()).get(pair(id) + "/completion").then().statusCode(404)
                .body("title", equalTo("Пара прекращена досрочно: итогов завершения у неё нет"));
        as(curator()).get(pair(id)).then().body("outcome", nullValue());

        UUID approved = Pairs.approvedPair(curator(), SCHOOL);
        as(curator()).get(pair(approved) + "/completion").then().statusCode(404)
                .body("title", equalTo("Пара ещё не начала работу: итоги подводятся при её завершении"));
    }

    @Test
    void aPairOfAnotherSchoolIsNotFound() {
        UUID id = PairWork.activePair(Tokens.forSchool(Demo.SCHOOL_A2), Demo.SCHOOL_A2);
        as(curator()).get(Pairs.mentorships(SCHOOL) + "/" + id + "/completion").then().statusCode(404);
        as(curator()).body(Map.of("version", 0, "outcome", "EFFECTIVE", "finalMeetingHeld", true))
                .post(Pairs.mentorships(SCHOOL) + "/" + id + "/complete").then().statusCode(404);
    }

    private static void stillActiveWithNothingRecorded(UUID id) {
        as(curator()).get(pair(id)).then().body("status", equalTo("ACTIVE")).body("outcome", nullValue());
        as(curator()).get(pair(id) + "/completion").then().body("recorded", equalTo(false));
        as(curator()).get(pair(id) + "/events").then().body("kind", not(hasItem("COMPLETED")));
    }
}
