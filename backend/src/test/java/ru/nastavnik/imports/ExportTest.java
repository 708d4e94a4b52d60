package ru.nastavnik.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static ru.nastavnik.support.Imports.csv;
import static ru.nastavnik.support.Imports.read;
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
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class ExportTest {

    @Test
    void theParticipantsListExportsWithItsFiltersAndUploadsBackUnchanged() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        String list = "/api/schools/" + school + "/participants";
        Api.createParticipant(token, school);
        Api.as(token).body(Map.of("kind", "TEACHER", "fullName", "Учитель Без Согласия", "mentorCandidate", true))
                .post(list).then().statusCode(201);

        Response xlsx = Api.as(token).queryParam("format", "xlsx").queryParam("kind", "PUPIL").get(list + "/export");
        xlsx.then().statusCode(200).contentType(startsWith("application/vnd.openxmlformats"))
                .header("Content-Disposition", containsString("filename*=UTF-8''%D0%A3%D1%87%D0%B0%D1%81%D1%82"));
        List<List<String>> rows = read(xlsx.asByteArray());
        assertThat(rows.get(0)).startsWith("Внешний код", "ФИО", "Категория", "Наставник", "Наставляемый", "Согласие",
                "Дата рождения");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(2, 7)).containsExactly("Обучающийся", "нет", "да", "Согласие есть", "2012-03-15");

        byte[] csv = Api.as(token).queryParam("format", "csv").queryParam("sort", "fullName,desc").get(list + "/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Внешний код;ФИО;Категория;").contains("\r\n").contains("15.03.2012");
        List<List<String>> sorted = read(csv);
        assertThat(sorted.get(1).get(1)).isEqualTo("Учитель Без Согласия");
        assertThat(sorted.get(2).get(1)).startsWith("Участник");

        JsonPath again = Imports.run(token, "participants", csv, Map.of("dryRun", false));
        assertThat(List.of(again.getInt("unchanged"), again.getInt("rejected"))).containsExactly(2, 0);
        assertThat(again.getList("warnings", String.class)).containsExactly("Столбец «Согласие» не используется и пропущен");
    }

    @Test
    void theSchoolsListExportsOnlyWhatTheCallerSees() {
        List<List<String>> rows = read(Api.as(Tokens.muni()).queryParam("format", "csv").get("/api/schools/export")
                .then().statusCode(200).extract().asByteArray());
        assertThat(rows.get(0)).containsExactly("ИНН", "Краткое наименование", "Полное наименование",
                "Тип организации", "Муниципалитет", "Адрес", "Сайт", "В архиве");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(4))
                .isEqualTo("Городской округ город Тверь"));
        List<List<String>> one = read(Api.as(Tokens.region()).queryParam("q", "6909139096").get("/api/schools/export")
                .then().statusCode(200).extract().asByteArray());
        assertThat(one).hasSize(2);
        assertThat(one.get(1).get(1)).isEqualTo("МБОУ Конаковская СОШ № 1");
    }

    @Test
    void theRowReportAndTheTemplatesDownloadAsTables() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        JsonPath job = Imports.run(token, "participants",
                csv(List.of(row("ФИО", "Категория"), row("Верный", "Педагог"), row("Неверный", "Пилот"))), Map.of());
        List<List<String>> report = read(Imports.as(token).get("/api/imports/" + job.getString("id") + "/report")
                .then().statusCode(200).extract().asByteArray());
        assertThat(report.get(0)).containsExactly("Строка", "Результат", "Столбец", "Сообщение", "Строка узнаётся по");
        assertThat(report.get(1)).startsWith("2", "Будет создана");
        assertThat(report.get(2)).startsWith("3", "Отклонена", "Категория");

        List<List<String>> template = read(Imports.as(token).get("/api/imports/templates/participants").then()
                .statusCode(200).extract().asByteArray());
        assertThat(template).hasSize(1);
        assertThat(template.get(0)).contains("ФИО", "Категория", "Кто дал согласие", "Дата согласия")
                .doesNotContain("Фамилия", "Имя", "Отчество", "Роль в программе");
        Imports.as(Tokens.muni()).get("/api/imports/templates/schools").then().statusCode(200);
        Imports.as(token).get("/api/imports/templates/nothing").then().statusCode(404);
    }

    @Test
    void theMentorshipsListExportsWithItsFiltersAndTheOrderThatApprovedEachPair() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        UUID approved = Pairs.approvedPair(token, school);
        Pairs.proposedPair(token, school);
        String list = Pairs.mentorships(school);
        String mentor = Api.as(token).get(list + "/" + approved).then().statusCode(200).extract().path("mentor.fullName");

        List<List<String>> all = read(Api.as(token).queryParam("format", "xlsx").get(list + "/export").then()
                .statusCode(200).contentType(startsWith("application/vnd.openxmlformats")).extract().asByteArray());
        assertThat(all.get(0)).startsWith("Наставник", "Наставляемые", "Форма наставничества", "Вид наставничества",
                "Статус", "Плановое начало");
        assertThat(all).hasSize(3);

        byte[] csv = Api.as(token).queryParam("format", "csv").queryParam("status", "APPROVED").get(list + "/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<List<String>> approvedOnly = read(csv);
        assertThat(approvedOnly).hasSize(2);
        assertThat(approvedOnly.get(1).get(0)).isEqualTo(mentor);
        assertThat(approvedOnly.get(1).subList(2, 5)).containsExactly("учитель — ученик", "традиционное",
                "Утверждена");
        assertThat(approvedOnly.get(1).get(9)).startsWith("№ ");

        Api.as(Tokens.school()).get(list + "/export").then().statusCode(404);
    }
}
