package ru.nastavnik.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Imports.csv;
import static ru.nastavnik.support.Imports.row;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
class ParticipantImportTest {

    private static final List<String> HEADER = row("Внешний код", "ФИО", "Категория", "Наставник", "Наставляемый",
            "Дата рождения", "Класс, группа или должность", "С чем нужна помощь", "Кто дал согласие",
            "ФИО давшего согласие", "Дата согласия", "Цели и объём обработки", "Реквизиты документа согласия");

    /** A fresh school of its own, so that counts in one test are not disturbed by another. */
    private static String[] freshSchool() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        return new String[] { school.toString(), Tokens.forSchool(school) };
    }

    private static List<String> pupil(String code, String name, String birth, String consentDate) {
        return row(code, name, "Обучающийся", "нет", "да", birth, "7 «Б»", "Математика; Подготовка к ОГЭ и ЕГЭ",
                "Родитель", "Родитель " + name, consentDate, "Участие в программе наставничества", "Заявление " + code);
    }

    private static int total(String token, String school) {
        return Api.as(token).queryParam("size", 1).get("/api/schools/" + school + "/participants").then()
                .statusCode(200).extract().path("total");
    }

    @Test
    void aDryRunReportsEachRowAndChangesNothingThenTheCommitAppliesTheValidRows() {
        String[] s = freshSchool();
        byte[] file = csv(List.of(HEADER,
                pupil("П-1", "Смирнов Артём Олегович", "15.03.2012", "01.09.2025"),
                row("", "Козлова Анна", "Педагог", "да", "нет", "", "", "", "", "", "", "", ""),
                pupil("П-3", "Орлов Иван", "32.13.2012", "01.09.2025"),
                row("П-4", "Белов Пётр", "Обучающийся", "", "да", "2011-02-01", "", "Астрология", "Сам участник",
                        "Белов Пётр", "2025-09-01", "Участие", "Заявление")));
        JsonPath dry = Imports.run(s[1], "participants", file, Map.of("fileName", "список.csv"));
        assertThat(dry.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(dry.getBoolean("applied")).isFalse();
        assertThat(dry.getInt("totalRows")).isEqualTo(4);
        assertThat(List.of(dry.getInt("created"), dry.getInt("rejected"))).containsExactly(2, 2);
        assertThat(total(s[1], s[0])).isZero();

        JsonPath rejected = Imports.rows(s[1], dry.getString("id"), "REJECTED");
        List<Map<String, Object>> items = rejected.getList("items");
        assertThat(items).extracting(i -> i.get("row")).containsExactly(4, 5, 5);
        assertThat(items.get(0)).containsEntry("column", "Дата рождения").containsEntry("ref", "П-3");
        assertThat((String) items.get(0).get("message")).contains("Такой даты нет");
        assertThat(items.get(1)).containsEntry("column", "С чем нужна помощь");
        assertThat(items.get(2)).containsEntry("column", "Кто дал согласие")
                .containsEntry("message", "За несовершеннолетнего согласие даёт родитель или законный представитель");

        JsonPath commit = Imports.run(s[1], "participants", file, Map.of("dryRun", false));
        assertThat(commit.getBoolean("applied")).isTrue();
        assertThat(commit.getInt("created")).isEqualTo(2);
        assertThat(total(s[1], s[0])).isEqualTo(2);
        Api.as(s[1]).queryParam("q", "П-1").get("/api/schools/" + s[0] + "/participants").then().statusCode(200)
                .body("items[0].fullName", equalTo("Смирнов Артём Олегович"))
                .body("items[0].consentStatus", equalTo("VALID"))
                .body("items[0].birthDate", equalTo("2012-03-15"))
                .body("items[0].menteeProfile.requests", equalTo(List.of("subject-math", "exams")));
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        String[] s = freshSchool();
        byte[] file = csv(List.of(HEADER,
                pupil("A-1", "Первый Ученик", "2012-01-10", "2025-09-01"),
                pupil("A-2", "Второй Ученик", "2013-01-10", "2025-09-01"),
                row("", "Учитель Без Кода", "Педагог", "да", "", "", "", "", "", "", "", "", "")));
        JsonPath first = Imports.run(s[1], "participants", file, Map.of("dryRun", false));
        assertThat(first.getInt("created")).isEqualTo(3);
        JsonPath second = Imports.run(s[1], "participants", file, Map.of("dryRun", false));
        assertThat(List.of(second.getInt("created"), second.getInt("updated"), second.getInt("unchanged")))
                .containsExactly(0, 0, 3);
        assertThat(total(s[1], s[0])).isEqualTo(3);

        List<List<String>> changed = new ArrayList<>(List.of(HEADER,
                pupil("A-1", "Первый Ученик", "2012-01-10", "2025-09-01")));
        changed.get(1).set(6, "8 «А»");
        JsonPath third = Imports.run(s[1], "participants", csv(changed), Map.of("dryRun", false));
        assertThat(third.getInt("updated")).isEqualTo(1);
        assertThat(Imports.rows(s[1], third.getString("id"), null).getString("items[0].action")).isEqualTo("UPDATED");
    }

    @Test
    void everyEncodingDelimiterAndFormatPeopleSaveReadsTheSame() {
        record Variant(String name, byte[] file, String format) {
        }
        Charset cp1251 = Charset.forName("windows-1251");
        List<List<String>> rows = List.of(row("ФИО", "Категория", "Наставник"), row("Ёлкина Дарья", "Педагог", "да"));
        List<Variant> variants = List.of(
                new Variant("utf8-bom", csv(rows, ';', StandardCharsets.UTF_8, true), "CSV, UTF-8 с BOM, разделитель «;»"),
                new Variant("utf8", csv(rows, ',', StandardCharsets.UTF_8, false), "CSV, UTF-8, разделитель «,»"),
                new Variant("cp1251", csv(rows, ';', cp1251, false), "CSV, Windows-1251, разделитель «;»"),
                new Variant("tabs", csv(rows, '\t', cp1251, false), "CSV, Windows-1251, разделитель табуляция"),
                new Variant("xlsx", Imports.xlsx(List.of(List.of("ФИО", "Категория", "Наставник"),
                        List.of("Ёлкина Дарья", "Педагог", true))), "Excel (.xlsx)"));
        for (Variant v : variants) {
            String[] s = freshSchool();
            JsonPath job = Imports.run(s[1], "participants", v.file(), Map.of("dryRun", false));
            assertThat(job.getString("fileFormat")).as(v.name()).isEqualTo(v.format());
            assertThat(job.getInt("created")).as(v.name()).isEqualTo(1);
            Api.as(s[1]).get("/api/schools/" + s[0] + "/participants").then()
                    .body("items[0].fullName", equalTo("Ёлкина Дарья"))
                    .body("items[0].kind", equalTo("TEACHER"))
                    .body("items[0].mentorCandidate", equalTo(true));
        }
    }

    @Test
    void datesAreReadInRussianAndIsoFormsAndFromExcelDateCells() {
        String[] s = freshSchool();
        List<String> header = row("Внешний код", "ФИО", "Категория", "Дата рождения", "Кто дал согласие",
                "ФИО давшего согласие", "Дата согласия", "Цели и объём обработки", "Реквизиты документа согласия");
        byte[] file = Imports.xlsx(List.of(header,
                List.of("D-1", "Русская Дата", "Педагог", "05.04.1990", "Сам", "Русская Дата", "1.9.2025", "Участие", "№1"),
                List.of("D-2", "Исо Дата", "Педагог", "1991-06-07", "Сам", "Исо Дата", "2025-09-01", "Участие", "№2"),
                List.of("D-3", "Ячейка Дата", "Педагог", java.time.LocalDate.of(1992, 8, 9), "Сам", "Ячейка Дата",
                        java.time.LocalDate.of(2025, 9, 1), "Участие", "№3"),
                List.of("D-4", "Плохая Дата", "Педагог", "09/08/1992", "Сам", "Плохая Дата", "2025-09-01", "Участие", "№4")));
        JsonPath job = Imports.run(s[1], "participants", file, Map.of("dryRun", false));
        assertThat(job.getInt("created")).isEqualTo(3);
        JsonPath rejected = Imports.rows(s[1], job.getString("id"), "REJECTED");
        assertThat(rejected.getString("items[0].message")).isEqualTo("Дата в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
        Api.as(s[1]).queryParam("sort", "fullName,asc").get("/api/schools/" + s[0] + "/participants").then()
                .body("items.birthDate", equalTo(List.of("1991-06-07", "1990-04-05", "1992-08-09")));
    }

    @Test
    void allOrNothingAppliesNothingWhenAnyRowIsRejected() {
        String[] s = freshSchool();
        byte[] file = csv(List.of(row("ФИО", "Категория"), row("Годный Участник", "Педагог"),
                row("Негодный Участник", "Космонавт")));
        JsonPath job = Imports.run(s[1], "participants", file, Map.of("dryRun", false, "allOrNothing", true));
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getBoolean("applied")).isFalse();
        assertThat(List.of(job.getInt("created"), job.getInt("rejected"))).containsExactly(1, 1);
        assertThat(total(s[1], s[0])).isZero();
    }

    @Test
    void personalDataWithoutConsentIsRejectedAndADifferentConsentInForceToo() {
        String[] s = freshSchool();
        byte[] first = csv(List.of(HEADER, pupil("C-1", "Согласный Ученик", "2012-01-10", "2025-09-01"),
                row("C-2", "Без Согласия", "Педагог", "да", "", "", "", "", "", "", "", "", "")));
        JsonPath job = Imports.run(s[1], "participants", first, Map.of("dryRun", false));
        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(Imports.rows(s[1], job.getString("id"), "REJECTED").getString("items[0].message"))
                .startsWith("Сначала оформите согласие");
        List<String> other = new ArrayList<>(pupil("C-1", "Согласный Ученик", "2012-01-10", "2025-09-02"));
        JsonPath second = Imports.run(s[1], "participants", csv(List.of(HEADER, other)), Map.of("dryRun", false));
        assertThat(second.getInt("rejected")).isEqualTo(1);
        assertThat(Imports.rows(s[1], second.getString("id"), null).getString("items[0].message"))
                .startsWith("У участника действует другое согласие");
    }

    @Test
    void aRowOfAnotherSchoolIsRejectedNotMoved() {
        String[] s = freshSchool();
        byte[] file = csv(List.of(row("ФИО", "Категория", "ИНН организации"), row("Чужой Учитель", "Педагог",
                "6909139096"), row("Свой Учитель", "Педагог", "")));
        JsonPath job = Imports.run(s[1], "participants", file, Map.of("dryRun", false));
        assertThat(List.of(job.getInt("created"), job.getInt("rejected"))).containsExactly(1, 1);
        assertThat(Imports.rows(s[1], job.getString("id"), "REJECTED").getString("items[0].column"))
                .isEqualTo("ИНН организации");
        Imports.as(Tokens.school2()).get("/api/imports/" + job.getString("id")).then().statusCode(404);
        Imports.upload(Tokens.muni(), "participants", file, Map.of()).then().statusCode(403);
    }

    @Test
    void anIdempotencyKeyMakesARetryReturnTheSameJob() {
        String[] s = freshSchool();
        byte[] file = csv(List.of(row("ФИО", "Категория"), row("Повтор Запроса", "Педагог")));
        String key = UUID.randomUUID().toString();
        String first = Imports.as(s[1]).header("Idempotency-Key", key).contentType("text/csv").body(file)
                .queryParam("dryRun", false).post("/api/imports/participants").then().statusCode(202)
                .header("Location", containsString("/api/imports/")).extract().path("id");
        String again = Imports.as(s[1]).header("Idempotency-Key", key).contentType("text/csv").body(file)
                .queryParam("dryRun", false).post("/api/imports/participants").then().statusCode(202).extract()
                .path("id");
        assertThat(again).isEqualTo(first);
        Imports.await(s[1], first);
        assertThat(total(s[1], s[0])).isEqualTo(1);
        Imports.as(s[1]).header("Idempotency-Key", key).contentType("text/csv")
                .body(csv(List.of(row("ФИО", "Категория"), row("Другой Файл", "Педагог"))))
                .queryParam("dryRun", false).post("/api/imports/participants").then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:idempotency-key-reused"));
    }

    @Test
    void oversizeGarbageAndHeaderlessFilesAreRefusedWithAClearMessage() {
        String token = Tokens.school();
        byte[] big = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Imports.upload(token, "participants", big, Map.of()).then().statusCode(413)
                .contentType("application/problem+json").body("title", equalTo("Файл слишком большой"));
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        Imports.upload(token, "participants", binary, Map.of()).then().statusCode(422)
                .body("detail", containsString("не похож на таблицу"));
        byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2 };
        Imports.upload(token, "participants", xls, Map.of()).then().statusCode(422)
                .body("detail", containsString(".xls"));
        byte[] brokenZip = { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 };
        Imports.upload(token, "participants", brokenZip, Map.of()).then().statusCode(422)
                .body("detail", containsString("не книга Excel"));
        Imports.as(token).multiPart("file", "list.csv", csv(List.of(row("ФИО", "Категория"))))
                .post("/api/imports/participants").then().statusCode(415).body("detail", containsString("--data-binary"));
        Imports.upload(token, "participants", csv(List.of(row("Имя", "Возраст"), row("Вася", "12"))), Map.of())
                .then().statusCode(422).body("detail", containsString("«ФИО» (или «Фамилия» и «Имя»), «Категория»"));
        StringBuilder many = new StringBuilder("ФИО;Категория\n");
        for (int i = 0; i <= 50_000; i++) {
            many.append("Участник ").append(i).append(";Педагог\n");
        }
        Imports.upload(token, "participants", many.toString().getBytes(StandardCharsets.UTF_8), Map.of()).then()
                .statusCode(422).body("title", equalTo("В файле слишком много строк"));
    }
}
