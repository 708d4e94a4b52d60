package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Documents;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Recognition;
import ru.nastavnik.support.Roadmaps;
import ru.nastavnik.support.Tokens;

/** Roadmaps as their owners keep them and the level above reads them: items, deadlines, evidence, files. */
@QuarkusTest
class RoadmapApiTest {

    /** A school of its own in Тверь, so that its roadmaps are this test's alone. */
    private static School freshSchool() {
        UUID id = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        return new School(id, Tokens.forSchool(id), Roadmaps.school(id));
    }

    private record School(UUID id, String token, String roadmaps) {
    }

    @Test
    void aSchoolStartsItsRoadmapFromTheTemplateAndKeepsItsItems() {
        School s = freshSchool();
        Response created = as(s.token()).body(Map.of("startYear", 2026, "approvalTitle", "Приказ директора",
                "approvalNumber", "112-о/д", "approvalDate", "2026-08-29")).post(s.roadmaps() + "/from-template");
        created.then().statusCode(201)
                .body("level", equalTo("SCHOOL"))
                .body("ownerId", equalTo(s.id().toString()))
                .body("yearLabel", equalTo("2026/2027"))
                .body("title", equalTo("Дорожная карта реализации целевой модели наставничества"))
                .body("progress.total", equalTo(11))
                .body("progress.done", equalTo(0));
        String roadmap = s.roadmaps() + "/" + created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith(roadmap);

        JsonPath items = as(s.token()).get(roadmap + "/items?size=100").then().statusCode(200).extract().jsonPath();
        assertThat(items.getList("items.stage", Integer.class)).isSorted().contains(1, 2, 3, 4, 5, 6, 7);
        assertThat(items.getString("items[0].stageTitle")).isEqualTo("Подготовка условий для запуска программы"
                + " наставничества");
        assertThat(items.getString("items[0].deadline.label")).isEqualTo("сентябрь 2026");
        assertThat(items.getString("items.find { it.stage == 7 }.deadline.value")).isEqualTo("2027-05");
        as(s.token()).get(roadmap + "/items?stage=2").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].deadline.label", equalTo("сентябрь – октябрь 2026"));

        String item = roadmap + "/items/" + items.getString("items[0].id");
        Map<String, Object> done = Api.current(s.token(), item, "RoadmapItemInput");
        done.put("status", "DONE");
        done.put("completionNote", "Приказ подписан, положение на сайте");
        done.put("evidenceUrl", "https://school17.example/nastavnichestvo");
        as(s.token()).body(done).put(item).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("doneOn", notNullValue())
                .body("overdue", equalTo(false))
                .body("version", equalTo(1));
        as(s.token()).body(done).put(item).then().statusCode(409);
        as(s.token()).get(roadmap).then().statusCode(200).body("progress.done", equalTo(1))
                .body("progress.donePercent", equalTo(9.1f));
        as(s.token()).get(roadmap + "/items?status=DONE").then().body("items.id", contains(item.substring(
                item.lastIndexOf('/') + 1)));

        as(s.token()).body(Map.of("startYear", 2026, "title", "Вторая")).post(s.roadmaps()).then().statusCode(409)
                .body("errors[0].field", equalTo("startYear"));
        as(s.token()).delete(item).then().statusCode(204);
        as(s.token()).get(item).then().statusCode(404);
        as(s.token()).get(roadmap).then().body("progress.total", equalTo(10));
        as(s.token()).delete(roadmap).then().statusCode(204);
        as(s.token()).get(s.roadmaps()).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anItemIsAddedWithADeadlineAsKindAndValueOrAsText() {
        School s = freshSchool();
        String roadmap = Roadmaps.create(s.token(), s.roadmaps(), 2026);
        Map<String, Object> body = Roadmaps.item(1, "Утвердить положение", "до 01.10.2026");
        Response created = as(s.token()).body(body).post(roadmap + "/items");
        created.then().statusCode(201).body("deadline.kind", equalTo("DATE"))
                .body("deadline.value", equalTo("2026-10-01")).body("status", equalTo("PLANNED"));
        assertThat(created.header("Location")).endsWith(roadmap + "/items/" + created.jsonPath().getString("id"));
        body.put("deadline", Map.of("kind", "MONTH", "value", "2027-03", "from", "2026-11"));
        as(s.token()).body(body).post(roadmap + "/items").then().statusCode(201)
                .body("deadline.label", equalTo("ноябрь 2026 – март 2027"));
        body.put("deadline", Map.of("kind", "AS_NEEDED"));
        as(s.token()).body(body).post(roadmap + "/items").then().statusCode(201)
                .body("deadline.value", nullValue()).body("deadline.label", equalTo("по мере необходимости"));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        School s = freshSchool();
        String roadmap = Roadmaps.create(s.token(), s.roadmaps(), 2026);
        String item = Roadmaps.addItem(s.token(), roadmap, Roadmaps.item(2, "Анкетирование", "октябрь"));
        Map<String, Object> before = as(s.token()).get(item).then().extract().jsonPath().getMap("");
        String tomorrow = LocalDate.now().plusDays(2).toString();
        Map<String, Consumer<Map<String, Object>>> cases = new java.util.LinkedHashMap<>();
        cases.put("stage", b -> b.put("stage", 0));
        cases.put("stage ", b -> b.put("stage", 8));
        cases.put("activity", b -> b.put("activity", " "));
        cases.put("deadline", b -> b.remove("deadline"));
        cases.put("deadline.text", b -> b.put("deadline", Map.of("text", "завтра")));
        cases.put("deadline.text ", b -> b.put("deadline", Map.of("text", "май", "kind", "MONTH")));
        cases.put("deadline.kind", b -> b.put("deadline", Map.of("value", "2026-10-01")));
        cases.put("deadline.value", b -> b.put("deadline", Map.of("kind", "DATE")));
        cases.put("deadline.value ", b -> b.put("deadline", Map.of("kind", "DATE", "value", "2026-02-30")));
        cases.put("deadline.value  ", b -> b.put("deadline", Map.of("kind", "MONTH", "value", "2026-13")));
        cases.put("deadline.value   ", b -> b.put("deadline", Map.of("kind", "THROUGH_YEAR", "value", "2026")));
        cases.put("deadline.from", b -> b.put("deadline", Map.of("kind", "MONTH", "value", "2026-10",
                "from", "2026-12")));
        cases.put("deadline.kind ", b -> b.put("deadline", Map.of("kind", "SOMETIME")));
        cases.put("status", b -> b.put("status", "FINISHED"));
        cases.put("doneOn", b -> b.put("doneOn", "2026-10-01"));
        cases.put("doneOn ", b -> {
            b.put("status", "DONE");
            b.put("doneOn", tomorrow);
        });
        cases.put("evidenceUrl", b -> b.put("evidenceUrl", "ftp://files.example/prikaz.pdf"));
        cases.put("content", b -> b.put("content", "а".repeat(8001)));
        cases.put("version", b -> b.put("version", 1.5));
        cases.put("colour", b -> b.put("colour", "зелёный"));
        cases.forEach((field, change) -> {
            Map<String, Object> body = Api.current(s.token(), item, "RoadmapItemInput");
            change.accept(body);
            as(s.token()).body(body).put(item).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(field.strip()));
            Map<String, Object> create = new HashMap<>(body);
            create.remove("version");
            if (!field.strip().equals("version")) {
                as(s.token()).body(create).post(roadmap + "/items").then().statusCode(400)
                        .body("errors.field", hasItem(field.strip()));
            }
        });
        assertThat(as(s.token()).get(item).then().extract().jsonPath().getMap("")).isEqualTo(before);
        as(s.token()).get(roadmap + "/items").then().body("total", equalTo(1));

        Map<String, Map<String, Object>> roadmaps = Map.of(
                "startYear", Map.of("startYear", 1999, "title", "Дорожная карта"),
                "title", Map.of("startYear", 2027),
                "approvalDate", Map.of("startYear", 2027, "title", "Карта", "approvalNumber", "5"),
                "approvalNumber", Map.of("startYear", 2027, "title", "Карта", "approvalDate", "2027-08-30"));
        roadmaps.forEach((field, body) -> as(s.token()).body(body).post(s.roadmaps()).then().statusCode(400)
                .body("errors.field", hasItem(field)));
        as(s.token()).get(s.roadmaps() + "?sort=colour").then().statusCode(400).body("errors[0].field",
                equalTo("sort"));
        as(s.token()).get(roadmap + "/items?stage=9").then().statusCode(400).body("errors[0].field",
                equalTo("stage"));
        as(s.token()).get(s.roadmaps()).then().body("total", equalTo(1));
    }

    @Test
    void theOwnerWritesAndTheLevelAboveOnlyReads() {
        School s = freshSchool();
        String roadmap = Roadmaps.create(s.token(), s.roadmaps(), 2026);
        String item = Roadmaps.addItem(s.token(), roadmap, Roadmaps.item(1, "Назначить куратора", "сентябрь"));

        as(Tokens.muni()).get(roadmap).then().statusCode(200).body("ownerName", notNullValue());
        as(Tokens.muni()).get(item).then().statusCode(200);
        as(Tokens.muni()).get(roadmap + "/docx").then().statusCode(200);
        as(Tokens.muni()).body(Roadmaps.item(1, "Чужое", "май")).post(roadmap + "/items").then().statusCode(403);
        as(Tokens.muni()).delete(roadmap).then().statusCode(403);
        as(Tokens.muni2()).get(roadmap).then().statusCode(404);
        as(Tokens.school()).get(roadmap).then().statusCode(404);
        as(Tokens.region()).get(roadmap).then().statusCode(403);
        as(Tokens.portal()).get(roadmap).then().statusCode(403);

        String coordinator = Roadmaps.coordinator(Demo.REGION, Demo.MUNI_A);
        String municipal = Roadmaps.municipality(Demo.MUNI_A) + "/" + as(coordinator)
                .body(Map.of("startYear", 2020, "title", "Дорожная карта Твери")).post(Roadmaps.municipality(Demo.MUNI_A))
                .then().statusCode(201).extract().path("id");
        as(Tokens.region()).get(municipal).then().statusCode(200).body("level", equalTo("MUNICIPALITY"));
        as(Tokens.region()).body(Map.of("startYear", 2020, "title", "Переписано", "version", 0)).put(municipal)
                .then().statusCode(403);
        as(Tokens.otherRegion()).get(municipal).then().statusCode(404);
        as(Tokens.school()).get(municipal).then().statusCode(403);
        as(Tokens.muni2()).get(municipal).then().statusCode(404);

        String regional = Roadmaps.create(Tokens.region(), Roadmaps.region(Demo.REGION), 2020);
        as(Tokens.region()).get(regional).then().statusCode(200).body("level", equalTo("REGION"));
        as(Tokens.muni()).get(regional).then().statusCode(403);
        as(Tokens.otherRegion()).get(regional).then().statusCode(404);
        as(Tokens.region()).delete(regional).then().statusCode(204);
        as(coordinator).delete(municipal).then().statusCode(204);
    }

    @Test
    void anItemKeepsOneFileAsEvidenceWithinItsLimits() {
        School s = freshSchool();
        String roadmap = Roadmaps.create(s.token(), s.roadmaps(), 2026);
        String item = Roadmaps.addItem(s.token(), roadmap, Roadmaps.item(1, "Издать приказ", "сентябрь"));
        byte[] pdf = Recognition.pdf(2000);
        Imports.as(s.token()).contentType("application/pdf").queryParam("fileName", "Приказ 112.pdf").body(pdf)
                .put(item + "/evidence").then().statusCode(200)
                .body("evidence.fileName", equalTo("Приказ 112.pdf"))
                .body("evidence.contentType", equalTo("application/pdf"))
                .body("evidence.sizeBytes", equalTo(2000));
        Response file = Imports.as(Tokens.muni()).get(item + "/evidence");
        file.then().statusCode(200).contentType("application/pdf");
        assertThat(file.asByteArray()).isEqualTo(pdf);

        Imports.as(s.token()).contentType("application/octet-stream").body("просто текст".getBytes())
                .put(item + "/evidence").then().statusCode(415).body("errors[0].field", equalTo("file"));
        Imports.as(s.token()).contentType("application/octet-stream").body(Recognition.pdf(1024 * 1024 + 1))
                .put(item + "/evidence").then().statusCode(413);
        Imports.as(Tokens.muni()).contentType("application/pdf").body(pdf).put(item + "/evidence").then()
                .statusCode(403);
        as(s.token()).get(item).then().body("evidence.sizeBytes", equalTo(2000));

        Imports.as(s.token()).contentType("image/png").queryParam("fileName", "фото").body(Recognition.png(500))
                .put(item + "/evidence").then().statusCode(200).body("evidence.fileName", equalTo("фото.png"));
        as(s.token()).delete(item + "/evidence").then().statusCode(204);
        as(s.token()).get(item + "/evidence").then().statusCode(404);
        as(s.token()).get(item).then().body("evidence", nullValue());
    }

    @Test
    void theExportsHoldTheRowsInTheSeedsLayout() {
        School s = freshSchool();
        String roadmap = Roadmaps.create(s.token(), s.roadmaps(), 2026);
        Roadmaps.addItem(s.token(), roadmap, Roadmaps.item(1, "Утвердить положение о наставничестве", "до 01.10.2026"));
        Map<String, Object> done = Roadmaps.item(5, "Закрепить пары приказом", "октябрь");
        done.put("status", "DONE");
        done.put("doneOn", "2026-10-20");
        done.put("result", "Пары закреплены");
        done.put("resultDocument", "Приказ № 120");
        done.put("completionNote", "Приказ от 20.10.2026");
        Roadmaps.addItem(s.token(), roadmap, done);

        Response xlsx = as(s.token()).get(roadmap + "/xlsx");
        xlsx.then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> rows = Imports.read(xlsx.asByteArray());
        int header = rows.indexOf(rows.stream().filter(r -> r.contains("Мероприятие")).findFirst().orElseThrow());
        assertThat(rows.get(header)).startsWith("№ п/п", "Этап", "Мероприятие", "Содержание", "Срок", "Ответственные",
                "Результат", "Документ", "Состояние", "Отметка о выполнении");
        assertThat(rows.get(header + 1)).contains("Утвердить положение о наставничестве", "до 01.10.2026", "Куратор");
        assertThat(rows.get(header + 2)).contains("5. Формирование наставнических пар и групп",
                "Закрепить пары приказом", "октябрь 2026", "Пары закреплены", "Приказ № 120",
                "выполнено 20.10.2026", "Приказ от 20.10.2026");
        assertThat(rows.subList(0, header).toString()).contains("Дорожная карта 2026", "2026/2027");

        Response docx = as(Tokens.muni()).get(roadmap + "/docx");
        docx.then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String text = Documents.docxText(docx.asByteArray());
        assertThat(text).contains("«Дорожная карта»", "Дорожная карта 2026", "на 2026/2027 учебный год",
                "Наименование этапа", "Утвердить положение о наставничестве", "до 01.10.2026",
                "Закрепить пары приказом", "Пары закреплены", "Приказ № 120", "выполнено 20.10.2026",
                "Мероприятий: 2, выполнено 1");
    }

    @Test
    void theTemplatesOfEachLevelAreOpenToEveryLevel() {
        for (String level : List.of("SCHOOL", "MUNICIPALITY", "REGION")) {
            as(Tokens.school()).get("/api/roadmap-templates/" + level).then().statusCode(200)
                    .body("level", equalTo(level))
                    .body("items.size()", org.hamcrest.Matchers.greaterThan(5))
                    .body("items.stage", everyItem(org.hamcrest.Matchers.both(org.hamcrest.Matchers
                            .greaterThanOrEqualTo(1)).and(org.hamcrest.Matchers.lessThanOrEqualTo(7))));
        }
        as(Tokens.portal()).get("/api/roadmap-templates/SCHOOL").then().statusCode(403);
    }
}
