package ru.nastavnik.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Imports.csv;
import static ru.nastavnik.support.Imports.row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Tokens;
import ru.nastavnik.support.Workbooks;

/**
 * Participant lists in the forms schools' offices write them: every spreadsheet format, the name in three columns,
 * the roles in one column.
 */
@QuarkusTest
class ParticipantImportFormsTest {

    private static String[] freshSchool() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        return new String[] { school.toString(), Tokens.forSchool(school) };
    }

    /** The school's participants as the API shows them, without what differs from school to school. */
    private static List<Map<String, Object>> participants(String[] s) {
        List<Map<String, Object>> items = Api.as(s[1]).queryParam("sort", "fullName,asc")
                .get("/api/schools/" + s[0] + "/participants").then().statusCode(200).extract().jsonPath()
                .getList("items");
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> fields = new LinkedHashMap<>(item);
            List.of("id", "schoolId", "createdAt", "version").forEach(fields::remove);
            result.add(fields);
        }
        return result;
    }

    /** The rejected rows of a job as (row, column, message). */
    private static List<Tuple> rejections(String token, JsonPath job) {
        List<Map<String, Object>> items = Imports.rows(token, job.getString("id"), "REJECTED").getList("items");
        return items.stream().map(r -> tuple(r.get("row"), r.get("column"), r.get("message"))).toList();
    }

    @Test
    void theSameListSavedAsCsvXlsxXlsOdsOrAMinimalXlsxImportsTheSameParticipants() {
        byte[] csv = Workbooks.sample("participants.csv");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("CSV, UTF-8, разделитель «,»", csv);
        files.put("Excel (.xlsx)", Workbooks.sample("participants.xlsx"));
        files.put("Excel 97–2003 (.xls)", Workbooks.sample("participants.xls"));
        files.put("OpenDocument (.ods)", Workbooks.sample("participants.ods"));
        files.put("Excel (.xlsx) ", Workbooks.inlineXlsx(Imports.read(csv)));
        Map<String, List<Map<String, Object>>> imported = new HashMap<>();
        files.forEach((format, file) -> {
            String[] s = freshSchool();
            JsonPath job = Imports.run(s[1], "participants", file, Map.of("dryRun", false));
            assertThat(job.getString("fileFormat")).isEqualTo(format.strip());
            assertThat(List.of(job.getInt("created"), job.getInt("rejected"))).as(format).containsExactly(2, 0);
            assertThat(job.getList("warnings")).as(format).isEmpty();
            imported.put(format, participants(s));
        });

        List<Map<String, Object>> fromCsv = imported.get("CSV, UTF-8, разделитель «,»");
        assertThat(fromCsv).extracting(p -> p.get("fullName"))
                .containsExactly("Ёлкина Дарья", "Смирнов Артём Олегович");
        Map<String, Object> teacher = fromCsv.get(0);
        assertThat(teacher).containsEntry("externalId", "1002").containsEntry("kind", "TEACHER")
                .containsEntry("mentorCandidate", true).containsEntry("menteeCandidate", false)
                .containsEntry("birthDate", "1985-11-02").containsEntry("experienceYears", 12)
                .containsEntry("phone", "+7 916 123-45-67").containsEntry("consentStatus", "VALID");
        Map<String, Object> pupil = fromCsv.get(1);
        assertThat(pupil).containsEntry("externalId", "1001").containsEntry("kind", "PUPIL")
                .containsEntry("mentorCandidate", false).containsEntry("menteeCandidate", true)
                .containsEntry("birthDate", "2012-03-15").containsEntry("gradeOrPosition", "7 «Б»");
        assertThat(imported).allSatisfy((format, list) -> assertThat(list).as(format).isEqualTo(fromCsv));
    }

    @Test
    void aNameInThreeColumnsIsJoinedAndMustAgreeWithAFullNameInTheSameRow() {
        String[] s = freshSchool();
        JsonPath parts = Imports.run(s[1], "participants", csv(List.of(
                row("Фамилия", "Имя", "Отчество (при наличии)", "Категория", "Наставник"),
                row("Смирнов", "Артём", "Олегович", "Педагог", "да"),
                row("Ёлкина", "Дарья", "", "Педагог", "нет"),
                row("", "Пётр", "", "Педагог", ""),
                row("Белов", "", "Иванович", "Педагог", ""))), Map.of("dryRun", false));
        assertThat(List.of(parts.getInt("created"), parts.getInt("rejected"))).containsExactly(2, 2);
        assertThat(rejections(s[1], parts)).containsExactly(tuple(4, "Фамилия", "Укажите фамилию"),
                        tuple(5, "Имя", "Укажите имя"));
        assertThat(participants(s)).extracting(p -> p.get("fullName"))
                .containsExactlyInAnyOrder("Ёлкина Дарья", "Смирнов Артём Олегович");

        JsonPath both = Imports.run(s[1], "participants", csv(List.of(
                row("ФИО", "Фамилия", "Имя", "Отчество", "Категория"),
                row("Смирнов Артём Олегович", "Смирнов", "Артём", "Олегович", "Педагог"),
                row("Ёлкина Дарья", "ЁЛКИНА", "дарья", "", "Педагог"),
                row("Орлов Иван Петрович", "Орлов", "Илья", "Петрович", "Педагог"),
                row("Мамедов Эльдар Рашид оглы", "Мамедов", "Эльдар", "", "Педагог"),
                row("", "Белова", "Анна", "", "Педагог"))), Map.of("dryRun", false));
        assertThat(List.of(both.getInt("created"), both.getInt("unchanged"), both.getInt("rejected")))
                .containsExactly(2, 2, 1);
        assertThat(rejections(s[1], both)).containsExactly(tuple(4, "Имя",
                "«Имя» («Илья») не совпадает с ФИО «Орлов Иван Петрович» в той же строке: исправьте одно из двух"));
        assertThat(participants(s)).extracting(p -> p.get("fullName")).containsExactlyInAnyOrder("Белова Анна",
                "Ёлкина Дарья", "Мамедов Эльдар Рашид оглы", "Смирнов Артём Олегович");

        Imports.upload(s[1], "participants", csv(List.of(row("Фамилия", "Категория"), row("Смирнов", "Педагог"))),
                Map.of()).then().statusCode(422).body("type", equalTo("urn:nastavnik:problem:unreadable-file"))
                .body("detail", containsString("«ФИО» (или «Фамилия» и «Имя»)"));
    }

    @Test
    void oneRoleColumnStandsForTheTwoYesNoColumnsAndMayNotContradictThem() {
        String[] s = freshSchool();
        JsonPath job = Imports.run(s[1], "participants", csv(List.of(
                row("ФИО", "Категория", "Роль в программе", "Наставник", "Наставляемый"),
                row("Первый Участник", "Педагог", "НАСТАВНИК", "", ""),
                row("Второй Участник", "Педагог", "Оба", "да", ""),
                row("Третий Участник", "Педагог", "наставник и наставляемый", "", "да"),
                row("Четвёртый Участник", "Педагог", "наставляемая", "", ""),
                row("Пятый Участник", "Педагог", "наставляемый", "да", ""),
                row("Шестой Участник", "Педагог", "куратор", "", ""),
                row("Седьмой Участник", "Педагог", "", "нет", "да"))), Map.of("dryRun", false));
        assertThat(List.of(job.getInt("created"), job.getInt("rejected"))).containsExactly(5, 2);
        assertThat(rejections(s[1], job)).containsExactly(
                tuple(6, "Роль в программе",
                        "«Роль в программе» — «наставляемый», а в столбце «Наставник» — «да»: исправьте одно из двух"),
                tuple(7, "Роль в программе",
                        "Неизвестное значение «куратор». Допустимо: наставник, наставляемый, оба"));
        Map<String, List<Boolean>> roles = new HashMap<>();
        participants(s).forEach(p -> roles.put((String) p.get("fullName"),
                List.of((Boolean) p.get("mentorCandidate"), (Boolean) p.get("menteeCandidate"))));
        assertThat(roles).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Первый Участник", List.of(true, false),
                "Второй Участник", List.of(true, true),
                "Третий Участник", List.of(true, true),
                "Четвёртый Участник", List.of(false, true),
                "Седьмой Участник", List.of(false, true)));

        JsonPath onlyRoles = Imports.run(s[1], "participants", csv(List.of(row("ФИО", "Категория", "Роль"),
                row("Первый Участник", "Педагог", "оба"), row("Второй Участник", "Педагог", "наставник"))),
                Map.of("dryRun", false));
        assertThat(onlyRoles.getInt("updated")).isEqualTo(2);
        Api.as(s[1]).queryParam("q", "Первый").get("/api/schools/" + s[0] + "/participants").then()
                .body("items[0].mentorCandidate", equalTo(true)).body("items[0].menteeCandidate", equalTo(true));
        Api.as(s[1]).queryParam("q", "Второй").get("/api/schools/" + s[0] + "/participants").then()
                .body("items[0].mentorCandidate", equalTo(true)).body("items[0].menteeCandidate", equalTo(false));
    }

    @Test
    void aWorkbookWithAPasswordIsRefusedAtUploadSayingSo() {
        byte[] encrypted = Workbooks.withPassword(Workbooks.sample("participants.xlsx"), "секрет");
        Imports.upload(Tokens.school(), "participants", encrypted, Map.of()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nastavnik:problem:unreadable-file"))
                .body("detail", containsString("защищён паролем"));
    }
}
