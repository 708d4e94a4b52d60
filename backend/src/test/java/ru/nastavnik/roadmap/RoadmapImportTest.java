package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Imports.row;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Roadmaps;
import ru.nastavnik.support.Tokens;

/** A roadmap's table uploaded from Excel or CSV through the imports: dry run, row report, limits, then the rows. */
@QuarkusTest
class RoadmapImportTest {

    private static final List<String> HEADER = row("Наименование этапа", "Мероприятия", "Содержание деятельности",
            "Сроки", "Ответственные", "Ожидаемый результат", "Документ");
    private static final List<String> WITH_STATUS = row("Наименование этапа", "Мероприятия",
            "Содержание деятельности", "Сроки", "Ответственные", "Ожидаемый результат", "Документ", "Состояние");

    private static Response upload(String token, String roadmap, byte[] file, Map<String, ?> query) {
        return Imports.as(token).contentType("application/octet-stream").body(file).queryParams(query)
                .post(roadmap + "/import");
    }

    private static JsonPath run(String token, String roadmap, byte[] file, Map<String, ?> query) {
        Response r = upload(token, roadmap, file, query);
        r.then().statusCode(202);
        assertThat(r.header("Location")).endsWith("/api/imports/" + r.jsonPath().getString("id"));
        return Imports.await(token, r.jsonPath().getString("id"));
    }

    @Test
    void aDryRunReportsEachRowInRussianAndChangesNothingThenTheRowsGoIn() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        String roadmap = Roadmaps.create(token, Roadmaps.school(school), 2026);
        byte[] file = Imports.csv(List.of(HEADER,
                row("Подготовка условий для запуска программы", "Приказ о внедрении", "Издать приказ", "до 01.10.2026",
                        "Директор", "Приказ издан", "Приказ"),
                row("2", "Анкетирование наставляемых", "", "сентябрь – октябрь", "Куратор", "", ""),
                row("Формирование базы наставников", "Анкетирование наставников", "", "в течение года", "Куратор", "",
                        ""),
                row("8", "Лишний этап", "", "май", "", "", ""),
                row("1", "Без срока понятного", "", "когда-нибудь", "", "", ""),
                row("1", "", "", "май", "", "", ""),
                row("2", "Анкетирование наставляемых", "", "ноябрь", "", "", "")));

        JsonPath dry = run(token, roadmap, file, Map.of());
        assertThat(dry.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(dry.getString("kind")).isEqualTo("ROADMAP");
        assertThat(dry.getBoolean("applied")).isFalse();
        assertThat(dry.getInt("created")).isEqualTo(3);
        assertThat(dry.getInt("rejected")).isEqualTo(4);
        JsonPath rejected = Imports.rows(token, dry.getString("id"), "REJECTED");
        assertThat(rejected.getList("items.column", String.class))
                .containsExactly("Наименование этапа", "Сроки", "Мероприятия", null);
        assertThat(rejected.getList("items.message", String.class)).containsExactly(
                "Этапов семь: укажите номер от 1 до 7",
                "Срок «когда-нибудь» не распознан. Напишите срок как в дорожной карте: «до 01.10.2026», «сентябрь 2026»,"
                        + " «сентябрь – октябрь», «в течение года», «по мере необходимости», «ежемесячно»,"
                        + " «ежеквартально»",
                "Укажите мероприятие",
                "Повторяет строку 3: в файле одна строка на каждую запись");
        assertThat(rejected.getList("items.row", Integer.class)).containsExactly(5, 6, 7, 8);
        Imports.as(token).get(roadmap + "/items").then().body("total", equalTo(0));

        JsonPath applied = run(token, roadmap, file, Map.of("dryRun", false));
        assertThat(applied.getBoolean("applied")).isTrue();
        assertThat(applied.getInt("created")).isEqualTo(3);
        JsonPath items = Imports.as(token).get(roadmap + "/items").then().statusCode(200).extract().jsonPath();
        assertThat(items.getList("items.activity", String.class)).containsExactly("Приказ о внедрении",
                "Анкетирование наставляемых", "Анкетирование наставников");
        assertThat(items.getList("items.deadline.label", String.class)).containsExactly("до 01.10.2026",
                "сентябрь – октябрь 2026", "в течение года");
        assertThat(items.getList("items.stage", Integer.class)).containsExactly(1, 2, 3);

        JsonPath again = run(token, roadmap, file, Map.of("dryRun", false));
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(3);
        Imports.as(token).get(roadmap + "/items").then().body("total", equalTo(3));

        JsonPath allOrNothing = run(token, roadmap, Imports.csv(List.of(HEADER,
                row("2", "Анкетирование наставляемых", "Анкеты в электронном виде", "октябрь", "Куратор", "", ""),
                row("9", "Ошибка", "", "май", "", "", ""))), Map.of("dryRun", false, "allOrNothing", true));
        assertThat(allOrNothing.getBoolean("applied")).isFalse();
        Imports.as(token).get(roadmap + "/items?stage=2").then().body("items[0].content", equalTo(""));

        JsonPath update = run(token, roadmap, Imports.xlsx(List.of(List.copyOf(HEADER),
                List.of("2", "Анкетирование наставляемых", "Анкеты в электронном виде", "октябрь", "Куратор", "", ""))),
                Map.of("dryRun", false));
        assertThat(update.getInt("updated")).isEqualTo(1);
        Imports.as(token).get(roadmap + "/items?stage=2").then()
                .body("items[0].content", equalTo("Анкеты в электронном виде"))
                .body("items[0].deadline.label", equalTo("октябрь 2026"));
    }

    @Test
    void aRoadmapExportedAsXlsxWithItsTitleRowsUploadsIntoAnotherAsItWas() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        String source = Roadmaps.create(token, Roadmaps.school(school), 2026);
        run(token, source, Imports.csv(List.of(WITH_STATUS,
                row("1", "Приказ о внедрении", "Издать приказ", "до 01.10.2026", "Директор", "Приказ издан", "Приказ",
                        ""),
                row("3", "Анкетирование наставников", "", "в течение года", "Куратор", "", "", ""),
                row("4", "Обучение наставников", "", "до 01.11.2026", "Куратор", "", "", "выполнено"))),
                Map.of("dryRun", false));
        byte[] exported = Imports.as(token).get(source + "/xlsx").then().statusCode(200).extract().asByteArray();

        String copy = Roadmaps.create(token, Roadmaps.school(school), 2027);
        JsonPath applied = run(token, copy, exported, Map.of("dryRun", false));
        assertThat(applied.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(applied.getInt("rejected")).as(() -> Imports.rows(token, applied.getString("id"), "REJECTED")
                .prettify()).isZero();
        assertThat(applied.getInt("created")).isEqualTo(3);
        JsonPath was = Imports.as(token).get(source + "/items").then().statusCode(200).extract().jsonPath();
        JsonPath items = Imports.as(token).get(copy + "/items").then().statusCode(200).extract().jsonPath();
        // The 2026/27 roadmap's deadline before today is overdue in both; the item done keeps its day.
        assertThat(was.getList("items.overdue", Boolean.class)).contains(true);
        for (String field : List.of("activity", "stage", "content", "deadline.label", "responsible", "result",
                "resultDocument", "status", "doneOn", "overdue")) {
            assertThat(items.getList("items." + field)).as(field).isEqualTo(was.getList("items." + field));
        }
    }

    @Test
    void anUploadHasTheImportsLimitsAndOnlyTheOwnerMayUpload() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        String roadmap = Roadmaps.create(token, Roadmaps.school(school), 2026);

        upload(token, roadmap, Imports.csv(List.of(row("Мероприятие", "Ответственные"), row("Приказ", "Директор"))),
                Map.of()).then().statusCode(422).body("detail", org.hamcrest.Matchers.containsString("Этап"));
        upload(token, roadmap, Imports.csv(List.of(HEADER)), Map.of()).then().statusCode(422);

        List<List<String>> many = new ArrayList<>();
        many.add(HEADER);
        for (int i = 0; i <= 50_000; i++) {
            many.add(row("1", "М" + i, "", "май", "", "", ""));
        }
        upload(token, roadmap, Imports.csv(many), Map.of()).then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("too-many-rows"));
        byte[] large = new byte[8 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'а');
        upload(token, roadmap, large, Map.of()).then().statusCode(413);
        Imports.as(token).get(roadmap + "/items").then().body("total", equalTo(0));

        byte[] file = ("Этап;Мероприятие;Срок\n1;Приказ;сентябрь\n").getBytes(StandardCharsets.UTF_8);
        upload(Tokens.muni(), roadmap, file, Map.of()).then().statusCode(403);
        upload(Tokens.school(), roadmap, file, Map.of()).then().statusCode(404);
        upload(token, Roadmaps.school(school) + "/" + UUID.randomUUID(), file, Map.of()).then().statusCode(404);
    }
}
