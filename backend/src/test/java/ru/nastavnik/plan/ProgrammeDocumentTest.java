package ru.nastavnik.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.Api.as;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Documents;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Programmes;
import ru.nastavnik.support.Tokens;

/** The programme a curator downloads reads as the school's own: note, goals, plan and who agreed. */
@QuarkusTest
class ProgrammeDocumentTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;
    private static final String SCHOOL_NAME =
            "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 17»";

    record Agreed(UUID pair, String mentor, String mentee, String order) {
    }

    /** A teacher–pupil pair with names that show whether Cyrillic survives, its programme agreed. */
    private static Agreed agreed() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String mentorName = "Щербакова Юлия Эдуардовна " + tag;
        String menteeName = "Ёлкин Фёдор " + tag;
        UUID mentor = Pairs.mentor(Tokens.school(), SCHOOL, mentorName, 1);
        UUID mentee = Pairs.mentee(Tokens.school(), SCHOOL, menteeName);
        UUID pair = UUID.fromString(as(Tokens.school()).body(Pairs.pairBody(mentor, mentee))
                .post(Pairs.mentorships(SCHOOL)).then().statusCode(201).extract().path("id"));
        String number = Pairs.orderNumber();
        Map<String, Object> order = Pairs.orderBody(number, List.of(pair));
        order.put("headName", "А. В. Сергеев");
        as(Tokens.school()).body(order).post(Pairs.orders(SCHOOL)).then().statusCode(201);
        Programmes.create(Tokens.school(), SCHOOL, pair, Programmes.OLYMPIAD);
        String activity = Programmes.firstActivity(Tokens.school(), SCHOOL, pair);
        Map<String, Object> done = ru.nastavnik.support.Api.current(Tokens.school(),
                Programmes.path(SCHOOL, pair) + "/activities/" + activity, "ProgrammeActivityInput");
        done.put("status", "DONE");
        done.put("result", "Маршрут составлен");
        as(Tokens.school()).body(done).put(Programmes.path(SCHOOL, pair) + "/activities/" + activity).then()
                .statusCode(200);
        Programmes.agree(Tokens.school(), SCHOOL, pair);
        return new Agreed(pair, mentorName, menteeName, number);
    }

    private static Response download(UUID pair, String format) {
        Response r = as(Tokens.school()).get(Programmes.path(SCHOOL, pair) + "/" + format);
        r.then().statusCode(200);
        return r;
    }

    private static String today() {
        return LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    @Test
    void theWordDocumentIsTheProgrammeAsTheSchoolPrintsIt() {
        Agreed a = agreed();
        Response r = download(a.pair(), "docx");
        assertThat(r.contentType()).startsWith(Document.DOCX);
        String disposition = r.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"programme.docx\"");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .startsWith("Программа наставничества Щербакова Ю. Э.").endsWith(".docx");
        String text = Documents.docxText(r.asByteArray());
        assertThat(text).contains("УТВЕРЖДАЮ", "Директор", "А. В. Сергеев", SCHOOL_NAME,
                "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА",
                "«Подготовка одарённого ученика к олимпиадам и конкурсам»",
                "Форма наставничества: учитель — ученик", "Вид наставничества: традиционное",
                "Наставник: " + a.mentor() + " (учитель математики)", "Наставляемый: " + a.mentee() + " (8 «А»)",
                "№ " + a.order(), "1. Пояснительная записка", "1.1. Описание проблемы", "высокие способности",
                "1.2. Цели и задачи наставничества", "Цель 1. Подготовиться к этапам всероссийской олимпиады",
                "Задачи:", "1.7. Режим работы и расписание встреч", "Режим работы — смешанный",
                "2. План мероприятий", "№ п/п", "Направление", "Мероприятие", "Срок", "Ответственный", "Результат",
                "Учебное", "Разбор заданий школьного этапа олимпиады прошлых лет", "Наставник и наставляемый",
                "Выполнено " + today(), "Маршрут составлен", "3. Согласование программы",
                "С программой ознакомлены и согласны:", "Наставник Щербакова Ю. Э.",
                "за несовершеннолетнего — родитель Родитель Ё. Ф.", "Куратор Ефимова М. Г.",
                "Статус программы: согласована " + today());
        assertThat(text).contains(ru.nastavnik.mentorship.Labels.longDate(LocalDate.now()));
    }

    @Test
    void thePdfShowsTheSameProgrammeInCyrillic() {
        Agreed a = agreed();
        Response r = download(a.pair(), "pdf");
        assertThat(r.contentType()).startsWith(Document.PDF);
        String flat = Documents.pdfText(r.asByteArray());
        assertThat(flat).contains("УТВЕРЖДАЮ", "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА",
                "Средняя общеобразовательная школа № 17", "Пояснительная записка", "План мероприятий",
                "Согласование программы", a.mentor(), a.mentee());
    }

    @Test
    void aDraftLeavesTheSignaturesBlankForSigningOnPaper() {
        UUID pair = Programmes.draftedPair(Tokens.school(), SCHOOL);
        String text = Documents.docxText(download(pair, "docx").asByteArray());
        assertThat(text).contains("Статус программы: проект, не согласована сторонами",
                "за несовершеннолетнего — родитель (законный представитель) ______________________", "«___» ____________ 20___ г.");
    }
}
