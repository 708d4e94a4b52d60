package ru.nastavnik.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Imports.csv;
import static ru.nastavnik.support.Imports.row;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class ResponseImportTest {

    @Test
    void responsesCollectedElsewhereAreEnteredOnceAndCheckedLikePaperOnes() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        byte[] people = csv(List.of(
                row("Внешний код", "ФИО", "Категория", "Наставляемый", "Дата рождения", "Кто дал согласие",
                        "ФИО давшего согласие", "Дата согласия", "Цели и объём обработки", "Реквизиты документа согласия"),
                row("R-1", "Анкетный Ученик", "Обучающийся", "да", "2012-02-02", "Родитель", "Мать", "2025-09-01",
                        "Участие", "№ 1"),
                row("R-2", "Без согласия", "Педагог", "да", "", "", "", "", "", "")));
        Imports.run(token, "participants", people, Map.of("dryRun", false));
        byte[] template = Imports.as(token).queryParam("format", "csv").queryParam("questionnaireId", Api.MENTEE_REQUEST)
                .get("/api/imports/templates/responses").then().statusCode(200).extract().asByteArray();
        String header = new String(template, java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(header).startsWith("\uFEFFВнешний код участника;");

        String[] columns = header.substring(1).split(";");
        List<String> answers = new java.util.ArrayList<>();
        for (String column : columns) {
            answers.add(switch (column) {
                case "Внешний код участника" -> "R-1";
                default -> "";
            });
        }
        List<String> missing = new java.util.ArrayList<>(answers);
        missing.set(0, "R-404");
        JsonPath job = Imports.run(token, "responses", csv(List.of(List.of(columns), answers, missing)),
                Map.of("questionnaireId", Api.MENTEE_REQUEST, "dryRun", false));
        assertThat(job.getInt("rejected")).isEqualTo(2);
        List<Map<String, Object>> rows = Imports.rows(token, job.getString("id"), "REJECTED").getList("items");
        assertThat(rows.get(0).get("message")).isEqualTo("Ответьте на обязательный вопрос");
        assertThat(rows.get(rows.size() - 1).get("message")).isEqualTo("Участник с внешним кодом «R-404» не найден в организации");

        Map<String, Object> tmpl = Api.as(token).get("/api/questionnaires/" + Api.MENTEE_REQUEST).then()
                .statusCode(200).extract().path("");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) tmpl.get("questions");
        for (int i = 1; i < columns.length; i++) {
            Map<String, Object> q = questions.get(i - 1);
            answers.set(i, switch ((String) q.get("type")) {
                case "COMPETENCIES" -> "Математика; Подготовка к олимпиадам и конкурсам";
                case "SINGLE" -> (String) ((List<Map<String, Object>>) q.get("options")).get(0).get("label");
                case "MULTIPLE" -> (String) ((List<Map<String, Object>>) q.get("options")).get(0).get("value");
                case "SCALE" -> String.valueOf(q.get("min"));
                case "DATE" -> "01.10.2025";
                default -> "Свободный ответ";
            });
        }
        List<String> noConsent = new java.util.ArrayList<>(answers);
        noConsent.set(0, "R-2");
        byte[] file = csv(List.of(List.of(columns), answers, noConsent));
        JsonPath done = Imports.run(token, "responses", file,
                Map.of("questionnaireId", Api.MENTEE_REQUEST, "dryRun", false));
        assertThat(List.of(done.getInt("created"), done.getInt("rejected"))).containsExactly(1, 1);
        JsonPath again = Imports.run(token, "responses", file,
                Map.of("questionnaireId", Api.MENTEE_REQUEST, "dryRun", false));
        assertThat(again.getInt("unchanged")).isEqualTo(1);
        String id = Api.as(token).queryParam("q", "R-1").get("/api/schools/" + school + "/participants").then()
                .extract().path("items[0].id");
        Api.as(token).get("/api/schools/" + school + "/participants/" + id + "/responses").then()
                .body("size()", equalTo(1))
                .body("[0].answers.requests", equalTo(List.of("subject-math", "olympiads")));
    }
}
