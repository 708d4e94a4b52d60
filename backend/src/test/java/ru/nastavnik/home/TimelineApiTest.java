package ru.nastavnik.home;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Diaries;
import ru.nastavnik.support.Diaries.Pair;
import ru.nastavnik.support.Programmes;
import ru.nastavnik.support.Tokens;

/** A pair's timeline: what happened to it and what is planned, from every feature, newest first. */
@QuarkusTest
class TimelineApiTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;
    private static final LocalDate TODAY = LocalDate.now();

    private static String token() {
        return Tokens.school();
    }

    private static JsonPath timeline(Pair pair) {
        return as(token()).get(pair.path() + "/timeline").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> titles(JsonPath timeline, String kind) {
        return timeline.getList("findAll { it.kind == '" + kind + "' }.title");
    }

    @Test
    void thePairsStoryFromProposalToCompletionInOneListNewestFirst() {
        Pair pair = Diaries.activePair(token(), SCHOOL, 20, 1);
        Programmes.create(token(), SCHOOL, pair.id(), Programmes.OLYMPIAD);
        Programmes.agree(token(), SCHOOL, pair.id());
        Map<String, Object> change = Api.current(token(), Programmes.path(SCHOOL, pair.id()), "ProgrammeInput");
        change.put("problem", "Ученик решает задачи быстрее класса");
        change.put("reason", "Итоги школьного этапа олимпиады");
        as(token()).body(change).put(Programmes.path(SCHOOL, pair.id())).then().statusCode(200);
        String done = Programmes.firstActivity(token(), SCHOOL, pair.id());
        Diaries.asSystem("UPDATE programme_activity SET status = 'DONE', done_on = current_date - 1, result = ?2"
                + " WHERE id = CAST(?1 AS uuid)", done, "Решены задачи прошлого года");
        UUID held = Diaries.create(token(), pair, Diaries.held(pair, TODAY.minusDays(3), "Олимпиадная математика"));
        UUID planned = Diaries.create(token(), pair, Diaries.planned(TODAY.plusDays(5), "План на четверть"));
        HomeFixture.entrySent(pair.id(), 6, 8, true);
        Diaries.complete(token(), pair);

        JsonPath timeline = timeline(pair);
        assertThat(titles(timeline, "LIFECYCLE")).contains("Пара предложена", "Пара начала работу",
                "Работа пары завершена").anyMatch(t -> t.startsWith("Пара утверждена приказом № "));
        assertThat(titles(timeline, "PROGRAMME")).contains("Составлена программа наставничества",
                "Программа согласована сторонами", "Программа изменена: Итоги школьного этапа олимпиады");
        assertThat(timeline.getString("find { it.refId == '" + held + "' }.title"))
                .isEqualTo("Встреча (рабочая): Олимпиадная математика");
        assertThat(timeline.getBoolean("find { it.refId == '" + planned + "' }.upcoming")).isTrue();
        assertThat(timeline.getString("find { it.refId == '" + planned + "' }.date"))
                .isEqualTo(TODAY.plusDays(5).toString());
        assertThat(timeline.getString("find { it.refId == '" + done + "' }.title")).startsWith("Выполнено мероприятие: ");
        assertThat(timeline.getString("find { it.refId == '" + done + "' }.detail"))
                .isEqualTo("Решены задачи прошлого года");
        assertThat(titles(timeline, "FEEDBACK")).anyMatch(t -> t.startsWith("Выдана анкета"))
                .anyMatch(t -> t.startsWith("Заполнена анкета") && t.endsWith(pair.menteeNames().get(0)));
        assertThat(titles(timeline, "COMPLETION")).containsExactly("Подведены итоги работы");
        assertThat(timeline.getString("find { it.kind == 'COMPLETION' }.detail"))
                .contains("Работа пары эффективна").contains("Итоговая встреча состоялась");

        assertThat(timeline.<String>getList("date")).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void anActivityNotDoneShowsItsDueDateAndWhetherItIsOverdue() {
        Pair pair = Diaries.activePair(token(), SCHOOL, 20, 1);
        List<UUID> plan = Diaries.programme(pair, "Разбор олимпиадных задач", "Проект по геометрии");
        Diaries.asSystem("UPDATE programme_activity SET due_on = current_date - 2 WHERE id = ?1", plan.get(0));

        JsonPath timeline = timeline(pair);
        assertThat(timeline.getString("find { it.refId == '" + plan.get(0) + "' }.detail")).isEqualTo("Просрочено");
        assertThat(timeline.getBoolean("find { it.refId == '" + plan.get(1) + "' }.upcoming")).isTrue();
        assertThat(timeline.getString("find { it.refId == '" + plan.get(1) + "' }.title"))
                .isEqualTo("Срок мероприятия: Проект по геометрии");
        assertThat(titles(timeline, "MEETING")).isEmpty();
        assertThat(titles(timeline, "COMPLETION")).isEmpty();
    }

    @Test
    void aPairOfAnotherSchoolHasNoTimelineHere() {
        Pair elsewhere = Diaries.activePair(Tokens.forSchool(Demo.SCHOOL_A2), Demo.SCHOOL_A2, 5, 1);
        as(token()).get(elsewhere.path().replace(Demo.SCHOOL_A2.toString(),
                SCHOOL.toString()) + "/timeline").then().statusCode(404);
    }
}
