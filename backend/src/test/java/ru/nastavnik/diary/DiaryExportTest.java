package ru.nastavnik.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.Imports.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Diaries;
import ru.nastavnik.support.Diaries.Pair;
import ru.nastavnik.support.Tokens;

/** «Дневник наставника» as a file: the pair, then its meetings of the period, in order. */
@QuarkusTest
class DiaryExportTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void theDiaryOfAPeriodListsThePairThenEachMeetingWithWhoCameAndWhatWasDone() {
        String curator = Tokens.school();
        Pair group = Diaries.activePair(curator, Demo.SCHOOL_A1, 40, 2);
        List<UUID> plan = Diaries.programme(group, "Проект «Геометрия вокруг нас»", "Олимпиада");
        String mentor = as(curator).get(group.path()).then().extract().path("mentor.fullName");

        Map<String, Object> trial = Diaries.held(group, TODAY.minusDays(35), "Знакомство, ожидания от работы");
        trial.put("kind", "TRIAL");
        trial.put("format", "REMOTE");
        trial.put("durationMinutes", 30);
        trial.put("attendance", List.of(Map.of("participantId", group.mentees().get(0).toString(), "present", true),
                Map.of("participantId", group.mentees().get(1).toString(), "present", false)));
        trial.put("activityIds", List.of(plan.get(0).toString(), plan.get(1).toString()));
        Diaries.create(curator, group, trial);
        String token = Diaries.link(curator, group);
        Map<String, Object> regular = Diaries.held(group, TODAY.minusDays(5), "Работа над проектом");
        regular.put("durationMinutes", 95);
        as(null).body(regular).post("/api/diary/" + token + "/meetings").then().statusCode(201);
        Diaries.create(curator, group, Diaries.held(group, TODAY.minusDays(38), "Вне периода"));
        Diaries.create(curator, group, Diaries.planned(TODAY.plusDays(3), "Следующая встреча"));

        LocalDate from = TODAY.minusDays(36);
        Response xlsx = as(curator).queryParam("from", from.toString()).queryParam("to", TODAY.toString())
                .get(group.meetings() + "/export");
        xlsx.then().statusCode(200).contentType(startsWith("application/vnd.openxmlformats"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"
                        + java.net.URLEncoder.encode("Дневник наставника", StandardCharsets.UTF_8).replace("+", "%20")));
        List<List<String>> rows = read(xlsx.asByteArray());
        assertThat(rows.get(0)).containsExactly("Дневник наставника");
        assertThat(rows.subList(1, 8)).containsExactly(
                List.of("Организация: Муниципальное общеобразовательное учреждение «Средняя общеобразовательная"
                        + " школа № 17»"),
                List.of("Форма наставничества: учитель — ученик; вид наставничества: групповое"),
                List.of("Наставник: " + mentor),
                List.of("Наставляемые: " + String.join("; ", group.menteeNames())),
                List.of("Срок работы пары: " + TODAY.minusDays(40).format(RUSSIAN) + " — "
                        + TODAY.minusDays(40).plusMonths(6).format(RUSSIAN)),
                List.of("Период: с " + from.format(RUSSIAN) + " по " + TODAY.format(RUSSIAN)),
                List.of("Проведено встреч: 2, общая продолжительность 2 ч 5 мин"));
        assertThat(rows.get(8)).containsExactly("Дата", "Время", "Вид встречи", "Состояние", "Формат",
                "Продолжительность, мин", "Тема", "Содержание, итоги", "Присутствовали", "Отсутствовали",
                "Мероприятия программы", "Записал(а)");
        assertThat(rows).hasSize(11);
        assertThat(rows.get(9)).containsExactly(TODAY.minusDays(35).toString(), "15:00", "пробная", "проведена",
                "дистанционно", "30", "Знакомство, ожидания от работы", "Разобрали задачи олимпиады прошлого года",
                group.menteeNames().get(0), group.menteeNames().get(1), "Проект «Геометрия вокруг нас»; Олимпиада",
                "Тестовый пользователь school (куратор)");
        assertThat(rows.get(10)).containsExactly(TODAY.minusDays(5).toString(), "15:00", "рабочая", "проведена",
                "очно", "95", "Работа над проектом", "Разобрали задачи олимпиады прошлого года",
                String.join("; ", group.menteeNames()), "", "", mentor + " (по ссылке)");

        String csv = as(curator).queryParam("format", "csv").queryParam("month", TODAY.toString().substring(0, 7))
                .queryParam("held", true).get(group.meetings() + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFFДневник наставника\r\n").contains("\r\nНаставник: " + mentor + "\r\n")
                .contains("Период: с " + TODAY.withDayOfMonth(1).format(RUSSIAN) + " по "
                        + TODAY.withDayOfMonth(TODAY.lengthOfMonth()).format(RUSSIAN))
                .doesNotContain("Следующая встреча").doesNotContain("Вне периода");
    }

    @Test
    void anExportOfAnotherSchoolsPairFindsNothing() {
        Pair pair = Diaries.activePair(Tokens.school(), Demo.SCHOOL_A1, 5, 1);
        as(Tokens.school2()).get(pair.meetings() + "/export").then().statusCode(404);
        as(Tokens.school()).queryParam("from", "2025-10-10").queryParam("to", "2025-10-01")
                .get(pair.meetings() + "/export").then().statusCode(400);
    }
}
