package ru.nastavnik.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.reporting.Campaigns.*;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

/** The report chain school → municipality → region, its versions and history, its frozen figures and its files. */
@QuarkusTest
class ReportWorkflowApiTest {

    private static final String REGION = campaigns(Demo.REGION);

    private static Map<String, Object> note(String done, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("done", done);
        body.put("results", "Сформировано 12 пар");
        body.put("problems", "Мало наставников среди педагогов");
        body.put("plans", "Обучить наставников");
        body.put("strengths", "Вовлечены выпускники");
        body.put("weaknesses", "Нет обратной связи от родителей");
        body.put("version", version);
        return body;
    }

    @Test
    void theRegionOpensACampaignThatItsSchoolsReadAndThePortalDoesNot() {
        Response created = as(Tokens.region()).body(body("2026-1", LocalDate.now().plusMonths(1))).post(REGION);
        created.then().statusCode(201);
        assertThat(created.header("Location")).endsWith("/campaigns/" + created.jsonPath().getString("id"));
        assertThat(created.jsonPath().getString("periodLabel")).isEqualTo("I полугодие 2026/27");
        assertThat(created.jsonPath().getList("indicators")).containsExactly("PUPILS_GENERAL", "TEACHERS",
                "EFFECTIVE_PAIRS");
        String id = created.jsonPath().getString("id");
        assertThat(as(Tokens.school()).get(REGION).then().statusCode(200).extract().jsonPath().getList("id"))
                .contains(id);
        as(Tokens.muni()).get(REGION + "/" + id).then().statusCode(200);
        as(Tokens.portal()).get(REGION).then().statusCode(403);
        as(Tokens.otherRegion()).get(REGION + "/" + id).then().statusCode(404);
        as(Tokens.muni()).body(body("2026-1", LocalDate.now())).post(REGION).then().statusCode(403);
    }

    @Test
    void aCampaignNamesTheFieldsItCannotTake() {
        Map<String, Object> both = body("2026-1", LocalDate.now());
        both.put("year", 2026);
        as(Tokens.region()).body(both).post(REGION).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        Map<String, Object> future = body("2031-1", LocalDate.of(2032, 1, 20));
        JsonPath refused = as(Tokens.region()).body(future).post(REGION).then().statusCode(400).extract().jsonPath();
        assertThat(refused.getList("errors.field")).containsExactly("half");
        Map<String, Object> early = body("2026-1", LocalDate.of(2026, 8, 1));
        early.put("indicators", List.of());
        refused = as(Tokens.region()).body(early).post(REGION).then().statusCode(400).extract().jsonPath();
        assertThat(refused.getList("errors.field")).contains("indicators");
    }

    @Test
    void aSchoolReportIsSubmittedReturnedResubmittedAsVersionTwoAndAcceptedWithItsHistory() {
        UUID campaign = open(Tokens.region(), Demo.REGION);
        String report = schoolReport(Demo.SCHOOL_A1, campaign);
        String decisions = schoolReports(Demo.MUNI_A, campaign);

        JsonPath draft = as(Tokens.school()).get(report).then().statusCode(200).extract().jsonPath();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getBoolean("figuresFrozen")).isFalse();
        assertThat(draft.getList("figures.indicators.indicator")).containsExactly("PUPILS_GENERAL", "TEACHERS",
                "EFFECTIVE_PAIRS");
        assertThat(draft.getList("allowedActions")).containsExactly("EDIT", "SUBMIT");
        as(Tokens.school()).post(report).then().statusCode(409);

        as(Tokens.school()).body(note("Проведено 4 встречи", draft.getInt("version") + 1)).put(report).then()
                .statusCode(409);
        JsonPath saved = as(Tokens.school()).body(note("Проведено 4 встречи", draft.getInt("version"))).put(report)
                .then().statusCode(200).extract().jsonPath();
        assertThat(saved.getString("note.done")).isEqualTo("Проведено 4 встречи");

        UUID id = UUID.fromString(submit(Tokens.school(), report).then().statusCode(200).extract().path("id"));
        JsonPath submitted = as(Tokens.muni()).get(report).then().statusCode(200).extract().jsonPath();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getBoolean("figuresFrozen")).isTrue();
        assertThat(submitted.getList("allowedActions")).containsExactly("ACCEPT", "RETURN");
        as(Tokens.school()).body(note("Другое", submitted.getInt("version"))).put(report).then().statusCode(409);

        JsonPath noComment = decide(Tokens.muni(), decisions, report, id, "return", " ", Tokens.muni()).then()
                .statusCode(400).extract().jsonPath();
        assertThat(noComment.getList("errors.field")).containsExactly("comment");
        assertThat(as(Tokens.muni()).get(report).then().extract().jsonPath().getString("status"))
                .isEqualTo("SUBMITTED");
        JsonPath returned = decide(Tokens.muni(), decisions, report, id, "return", "Добавьте итоги анкетирования",
                Tokens.muni()).then().statusCode(200).extract().jsonPath();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getInt("number")).isEqualTo(2);
        assertThat(returned.getString("note.done")).isEqualTo("Проведено 4 встречи");
        decide(Tokens.muni(), decisions, report, id, "accept", null, Tokens.muni()).then().statusCode(409);

        int version = as(Tokens.school()).get(report).then().extract().path("version");
        as(Tokens.school()).body(note("Проведено 6 встреч, анкетирование завершено", version)).put(report).then()
                .statusCode(200);
        submit(Tokens.school(), report).then().statusCode(200);
        JsonPath accepted = decide(Tokens.muni(), decisions, report, id, "accept", null, Tokens.muni()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getList("versions.number")).containsExactly(1, 2);
        assertThat(accepted.getString("versions[0].note.done")).isEqualTo("Проведено 4 встречи");
        assertThat(accepted.getString("versions[1].note.done")).isEqualTo("Проведено 6 встреч, анкетирование завершено");
        assertThat(accepted.getList("history.action")).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED",
                "ACCEPTED");
        assertThat(accepted.getList("history.number")).containsExactly(1, 1, 2, 2);
        assertThat(accepted.getString("history[1].comment")).isEqualTo("Добавьте итоги анкетирования");
        assertThat(accepted.getString("history[1].actorRole")).isEqualTo("municipal");
        assertThat(accepted.getList("allowedActions")).isEmpty();
    }

    @Test
    void submittedFiguresStayAsTheyWereWhenTheSchoolsDataChangeLater() {
        UUID campaign = open(Tokens.region(), Demo.REGION);
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        setPupils(school, token, 400);
        String report = schoolReport(school, campaign);
        submit(token, report).then().statusCode(200);
        Object frozen = as(token).get(report).then().extract().jsonPath().get("figures");
        assertThat(as(token).get(report).then().extract().jsonPath().getInt("figures.indicators[0].figure.denominator"))
                .isEqualTo(400);

        setPupils(school, token, 900);
        assertThat(as(token).get("/api/schools/" + school + "/figures?half=2026-1").then().statusCode(200).extract()
                .jsonPath().getInt("indicators.find { it.indicator == 'PUPILS_GENERAL' }.figure.denominator"))
                .isEqualTo(900);
        assertThat(as(token).get(report).then().extract().jsonPath().<Object>get("figures")).isEqualTo(frozen);
    }

    @Test
    void anOlderVersionReadsAsItWasSubmittedWithItsFunnelAndTheMenteesImpact() {
        Map<String, Object> body = body("2026-1", LocalDate.now().plusMonths(1));
        body.put("indicators", List.of("PUPILS_GENERAL", "MENTEE_IMPACT"));
        UUID campaign = UUID.fromString(as(Tokens.region()).body(body).post(REGION).then().statusCode(201).extract()
                .path("id"));
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        setPupils(school, token, 400);
        String report = schoolReport(school, campaign);
        UUID id = UUID.fromString(submit(token, report).then().statusCode(200).extract().path("id"));
        decide(Tokens.muni(), schoolReports(Demo.MUNI_A, campaign), report, id, "return", "Уточните контингент",
                Tokens.muni()).then().statusCode(200);
        as(token).get(report + "/versions/2").then().statusCode(404);
        setPupils(school, token, 900);
        submit(token, report).then().statusCode(200);

        JsonPath first = as(Tokens.muni()).get(report + "/versions/1").then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getInt("figures.indicators.find { it.indicator == 'PUPILS_GENERAL' }.figure.denominator"))
                .isEqualTo(400);
        assertThat(first.getString("figures.indicators.find { it.indicator == 'MENTEE_IMPACT' }.unit"))
                .isEqualTo("CHANGE");
        assertThat(first.getString("figures.indicators.find { it.indicator == 'MENTEE_IMPACT' }.figure.noData"))
                .isEqualTo("NO_MEASUREMENTS");
        assertThat(first.getList("figures.funnel.stage")).containsExactly("CONSENTED", "QUESTIONNAIRE", "MATCHED",
                "ACTIVE", "COMPLETED", "EFFECTIVE");
        assertThat(first.getList("figures.funnel.count")).containsOnly(0);
        assertThat(first.getString("figures.funnel[0].definition")).contains("согласие");
        assertThat(first.<Object>get("schools")).isNull();
        assertThat(as(token).get(report + "/versions/2").then().statusCode(200).extract().jsonPath()
                .getInt("figures.indicators[0].figure.denominator")).isEqualTo(900);

        as(Tokens.region()).get(report + "/versions/1").then().statusCode(200);
        as(token).get(report + "/versions/3").then().statusCode(404).contentType("application/problem+json");
        as(Tokens.muni2()).get(report + "/versions/1").then().statusCode(404);
        as(Tokens.otherRegion()).get(report + "/versions/1").then().statusCode(404);
        as(Tokens.portal()).get(report + "/versions/1").then().statusCode(403);
    }

    @Test
    void theMunicipalityConsolidatesItsSchoolsWithTheMissingAndLateOnesAndTheRegionAcceptsIt() {
        UUID campaign = open(Tokens.region(), Demo.REGION, LocalDate.now().minusDays(1));
        UUID reported = Api.createSchool(Tokens.region(), Demo.MUNI_C);
        UUID silent = Api.createSchool(Tokens.region(), Demo.MUNI_C);
        String muni = Tokens.token("muni-c", "municipal", Map.of("region_id", Demo.REGION, "municipality_id",
                Demo.MUNI_C));
        UUID id = submittedSchoolReport(reported, campaign);
        decide(muni, schoolReports(Demo.MUNI_C, campaign), schoolReport(reported, campaign), id, "accept", null, muni)
                .then().statusCode(200);

        List<Map<String, Object>> rows = as(muni).get(schoolReports(Demo.MUNI_C, campaign)).then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, Object> accepted = rows.stream().filter(r -> r.get("schoolId").equals(reported.toString()))
                .findFirst().orElseThrow();
        Map<String, Object> missing = rows.stream().filter(r -> r.get("schoolId").equals(silent.toString()))
                .findFirst().orElseThrow();
        assertThat(accepted).containsEntry("status", "ACCEPTED").containsEntry("missing", false)
                .containsEntry("late", false);
        assertThat(missing).containsEntry("reportId", null).containsEntry("missing", true).containsEntry("late", true);

        String report = municipalReport(Demo.MUNI_C, campaign);
        JsonPath submitted = submit(muni, report).then().statusCode(200).extract().jsonPath();
        assertThat(submitted.getString("level")).isEqualTo("MUNICIPALITY");
        assertThat(submitted.getBoolean("figuresFrozen")).isTrue();
        assertThat(submitted.getList("schools.schoolId")).contains(reported.toString(), silent.toString());

        JsonPath summary = as(Tokens.region()).get(REGION + "/" + campaign + "/summary").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> row = summary.getMap("municipalities.find { it.municipalityId == '" + Demo.MUNI_C + "' }");
        assertThat(row).containsEntry("status", "SUBMITTED").containsEntry("late", false);
        assertThat(summary.getInt("municipalities.find { it.municipalityId == '" + Demo.MUNI_C
                + "' }.schools.accepted")).isEqualTo(1);
        assertThat(summary.getInt("municipalities.find { it.municipalityId == '" + Demo.MUNI_C
                + "' }.schools.missing")).isPositive();
        assertThat(summary.getString("municipalities.find { it.municipalityId == '" + Demo.MUNI_B + "' }.status"))
                .isNull();

        // The version as submitted keeps the schools' reports as they stood; the workbook lists them on a sheet.
        JsonPath version = as(Tokens.region()).get(report + "/versions/1").then().statusCode(200).extract()
                .jsonPath();
        assertThat(version.getList("schools.schoolId")).contains(reported.toString(), silent.toString());
        assertThat(version.getString("figures.level")).isEqualTo("MUNICIPALITY");
        as(Tokens.muni()).get(report + "/versions/1").then().statusCode(404);
        Map<String, String> sheets = sheets(as(muni).get(report + "/xlsx").then().statusCode(200).extract()
                .asByteArray());
        assertThat(sheets.get("xl/workbook.xml")).contains("Показатели").contains("Организации");
        String schools = sheets.get("xl/worksheets/sheet2.xml");
        assertThat(schools).contains("Организация").contains("Отправлен").contains("Принят").contains("не начат")
                .contains(ReportStatus.ACCEPTED.label).contains("Обучающиеся общеобразовательных организаций");

        UUID reportId = UUID.fromString(submitted.getString("id"));
        decide(Tokens.region(), REGION + "/" + campaign + "/reports", report, reportId, "accept", null, muni).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACCEPTED"));
    }

    @Test
    void eachSeesOnlyTheReportsOfItsScope() {
        UUID campaign = open(Tokens.region(), Demo.REGION);
        UUID id = submittedSchoolReport(Demo.SCHOOL_A2, campaign);
        String report = schoolReport(Demo.SCHOOL_A2, campaign);
        as(Tokens.school()).get(report).then().statusCode(404);
        as(Tokens.muni2()).get(report).then().statusCode(404);
        as(Tokens.region()).get(report).then().statusCode(200);
        as(Tokens.portal()).get(report).then().statusCode(403);
        decide(Tokens.muni2(), schoolReports(Demo.MUNI_B, campaign), report, id, "accept", null, Tokens.muni())
                .then().statusCode(404);
        decide(Tokens.region(), REGION + "/" + campaign + "/reports", report, id, "accept", null, Tokens.muni())
                .then().statusCode(404);
        as(Tokens.region()).get(schoolReport(Demo.SCHOOL_B1, campaign)).then().statusCode(404);
        as(Tokens.otherRegion()).get(report).then().statusCode(404);
    }

    @Test
    void aReportDownloadsAsAWorkbookAndAWordDocument() {
        UUID campaign = open(Tokens.region(), Demo.REGION);
        String report = schoolReport(Demo.SCHOOL_A1, campaign);
        byte[] xlsx = as(Tokens.school()).get(report + "/xlsx").then().statusCode(200)
                .contentType(ru.nastavnik.common.table.ExportFormat.XLSX_TYPE).extract().asByteArray();
        byte[] docx = as(Tokens.muni()).get(report + "/docx").then().statusCode(200)
                .contentType(ru.nastavnik.common.document.Document.DOCX).extract().asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        assertThat(new String(docx, 0, 2)).isEqualTo("PK");
    }

    /**
     * The parts of a workbook by name, as text with character references resolved. Read through the archive's
     * directory: a streamed workbook gives its entries' sizes only after their data.
     */
    private static Map<String, String> sheets(byte[] xlsx) {
        Map<String, String> parts = new HashMap<>();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    String xml = new String(zip.getInputStream(e).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    parts.put(e.getName(), java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml)
                            .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(String.valueOf(Character
                                    .toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))))));
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return parts;
    }

    private static void setPupils(UUID school, String token, int pupils) {
        String path = "/api/schools/" + school + "/contingents/2026";
        Map<String, Object> body = Api.contingentBody(null);
        body.put("pupils", pupils);
        Response current = as(token).get("/api/schools/" + school + "/contingents");
        List<Map<String, Object>> years = current.then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.startYear == 2026 }");
        if (!years.isEmpty()) {
            body.put("version", years.get(0).get("version"));
        }
        assertThat(as(token).body(body).put(path).statusCode()).isIn(200, 201);
    }
}
