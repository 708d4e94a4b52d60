package ru.nastavnik.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Imports.csv;
import static ru.nastavnik.support.Imports.row;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class SchoolImportTest {

    private static final List<String> HEADER = row("ИНН", "Краткое наименование", "Полное наименование",
            "Тип организации", "Муниципалитет", "Адрес", "Учебный год", "Обучающихся", "Педагогов",
            "Молодых педагогов", "Обучающихся доп. образования", "Примечание");

    @Test
    void aMunicipalCoordinatorLoadsSchoolsWithTheirContingentAndTheSameFileAgainChangesNothing() {
        String inn = Api.uniqueInn();
        byte[] file = csv(List.of(HEADER,
                row(inn, "МОУ СОШ № 99", "Муниципальное общеобразовательное учреждение «СОШ № 99»", "Школа", "",
                        "г. Тверь, ул. Новая, д. 1", "2025/2026", "800", "50", "6", "200", "новая"),
                row("6952601817", "", "", "", "", "", "2025", "1120", "68", "9", "430", "без изменений"),
                row("6909139096", "МБОУ Конаковская СОШ № 1", "", "", "", "", "", "", "", "", "", "чужой муниципалитет"),
                row(Api.uniqueInn(), "Школа без адреса", "Школа без адреса", "Школа", "", "", "", "", "", "", "", ""),
                row("1234567890", "", "", "", "", "", "", "", "", "", "", "неверный ИНН")));
        JsonPath dry = Imports.run(Tokens.muni(), "schools", file, Map.of());
        assertThat(dry.getList("warnings", String.class)).containsExactly("Столбец «Примечание» не используется и пропущен");
        assertThat(List.of(dry.getInt("created"), dry.getInt("unchanged"), dry.getInt("rejected")))
                .containsExactly(1, 1, 3);
        Api.as(Tokens.muni()).queryParam("q", inn).get("/api/schools").then().body("total", equalTo(0));

        JsonPath commit = Imports.run(Tokens.muni(), "schools", file, Map.of("dryRun", false));
        assertThat(commit.getInt("created")).isEqualTo(1);
        String id = Api.as(Tokens.muni()).queryParam("q", inn).get("/api/schools").then().body("total", equalTo(1))
                .body("items[0].municipalityName", equalTo("Городской округ город Тверь"))
                .extract().path("items[0].id");
        Api.as(Tokens.muni()).get("/api/schools/" + id + "/contingents").then()
                .body("[0].startYear", equalTo(2025)).body("[0].pupils", equalTo(800));
        List<Map<String, Object>> rejected = Imports.rows(Tokens.muni(), commit.getString("id"), "REJECTED")
                .getList("items");
        assertThat(rejected).extracting(r -> r.get("row")).containsExactly(4, 5, 6);
        assertThat((String) rejected.get(0).get("message")).contains("вне вашей области доступа");
        assertThat(rejected.get(1)).containsEntry("column", "Адрес");
        assertThat(rejected.get(2)).containsEntry("column", "ИНН");

        JsonPath again = Imports.run(Tokens.muni(), "schools", file, Map.of("dryRun", false));
        assertThat(List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged")))
                .containsExactly(0, 0, 2);
    }

    @Test
    void aRegionalCoordinatorNamesTheMunicipalityAndContingentChangesAreUpdates() {
        String inn = Api.uniqueInn();
        List<String> header = row("ИНН", "Краткое наименование", "Полное наименование", "Тип организации",
                "ОКТМО муниципалитета", "Адрес", "Учебный год", "Обучающихся", "Педагогов", "Молодых педагогов",
                "Обучающихся доп. образования");
        byte[] first = Imports.xlsx(List.of(header, List.of(inn, "Колледж", "ГБПОУ «Колледж»", "СПО", "28630000",
                "г. Конаково", "2025/26", 500, 40, 3, 10)));
        assertThat(Imports.run(Tokens.region(), "schools", first, Map.of("dryRun", false)).getInt("created"))
                .isEqualTo(1);
        byte[] second = Imports.xlsx(List.of(header, List.of(inn, "", "", "", "", "", "2025/2026", 510, 40, 3, 10)));
        JsonPath job = Imports.run(Tokens.region(), "schools", second, Map.of("dryRun", false));
        assertThat(job.getInt("updated")).isEqualTo(1);
        assertThat(Imports.rows(Tokens.region(), job.getString("id"), null).getString("items[0].message"))
                .isEqualTo("Контингент 2025/2026 записан");
        Imports.upload(Tokens.school(), "schools", first, Map.of()).then().statusCode(403);
        Imports.upload(Tokens.portal(), "schools", first, Map.of()).then().statusCode(403);
    }
}
