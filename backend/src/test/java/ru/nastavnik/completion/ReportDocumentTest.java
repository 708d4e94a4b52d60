package ru.nastavnik.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Api.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import ru.nastavnik.common.document.Document;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/** The final report a curator downloads states the pair's programme, work, outcome and impact as they were. */
@QuarkusTest
class ReportDocumentTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;
    private static final String SCHOOL_NAME =
            "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 17»";
    private static final String TODAY = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    @Inject
    EntityManager em;

    record Completed(UUID id, String mentor, String mentee, String curator, String curatorSigns) {
    }

    /**
     * A pair started 30 days ago by an order naming its curator, with a programme of two goals and three
     * activities (done, cancelled, still planned), four meetings held and one only planned, the mentee's entry and
     * final self-assessment (3 4 5 6 → 5 4 8 7: +2 0 +3 +1, overall +1.5) and both satisfaction questionnaires;
     * completed as partly effective.
     */
    private Completed completed() {
        String token = Tokens.school();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String menteeName = "Ёлкин Фёдор " + tag;
        String curatorName = "Щербакова-" + tag + " Юлия Эдуардовна";
        UUID curator = UUID.fromString(as(token).body(Api.curatorBody(curatorName)).post("/api/schools/" + SCHOOL
                + "/curators").then().statusCode(201).extract().path("id"));
        UUID id = PairWork.activePair(token, SCHOOL, "TEACHER_PUPIL", "TRADITIONAL", 30, List.of(menteeName),
                curator);
        List<UUID> goals = PairWork.programme(em, SCHOOL, id, "Решать задачи ОГЭ по геометрии",
                "Подготовить исследовательский проект");
        PairWork.activity(em, SCHOOL, id, "Разбор задач на подобие треугольников", "DONE", "18 задач из 20");
        PairWork.activity(em, SCHOOL, id, "Экскурсия в технопарк", "CANCELLED", "");
        PairWork.activity(em, SCHOOL, id, "Защита проекта на школьной конференции", "PLANNED", "");
        LocalDate start = LocalDate.now().minusDays(30);
        PairWork.meeting(em, SCHOOL, id, "TRIAL", true, start);
        PairWork.meeting(em, SCHOOL, id, "REGULAR", true, start.plusDays(7));
        PairWork.meeting(em, SCHOOL, id, "REGULAR", true, start.plusDays(14));
        PairWork.meeting(em, SCHOOL, id, "REGULAR", false, LocalDate.now().plusDays(7));
        PairWork.meeting(em, SCHOOL, id, "FINAL", true, LocalDate.now());
        UUID mentee = PairWork.mentee(token, SCHOOL, id, menteeName);
        UUID mentor = PairWork.mentor(token, SCHOOL, id);
        PairWork.givenAt(em, SCHOOL, PairWork.selfAssessment(token, SCHOOL, mentee, 3, 4, 5, 6),
                Instant.now().minus(25, ChronoUnit.DAYS));
        as(token).body(Map.of("version", Pairs.version(token, SCHOOL, id), "outcome", "PARTLY_EFFECTIVE",
                "outcomeReason", "Проект не представлен на конференции", "finalMeetingHeld", true,
                "comment", "Работу над проектом продолжит классный руководитель",
                "goals", List.of(Map.of("goalId", goals.get(0).toString(), "result", "ACHIEVED", "note",
                        "Решает задачи уверенно"), Map.of("goalId", goals.get(1).toString(), "result",
                                "PARTLY_ACHIEVED", "note", "Проект готов, защиты не было"))))
                .post(Pairs.mentorships(SCHOOL) + "/" + id + "/complete").then().statusCode(200);
        PairWork.selfAssessment(token, SCHOOL, mentee, 5, 4, 8, 7);
        PairWork.respond(token, SCHOOL, mentee, PairWork.MENTEE_SATISFACTION, Map.of("useful", 9, "comfort", 10,
                "frequency", 7, "expectations", 8, "curator", 6, "again", "yes"));
        String mentorName = as(token).get(Pairs.mentorships(SCHOOL) + "/" + id).then().extract()
                .path("mentor.fullName");
        PairWork.respond(token, SCHOOL, mentor, PairWork.MENTOR_SATISFACTION, Map.of("useful", 8, "comfort", 9,
                "frequency", 8, "expectations", 7, "curator", 9, "again", "yes"));
        return new Completed(id, mentorName, menteeName, curatorName, "Щербакова-" + tag + " Ю. Э.");
    }

    private static Response download(UUID id, String format) {
        Response r = as(Tokens.school()).get(Pairs.mentorships(SCHOOL) + "/" + id + "/report/" + format);
        r.then().statusCode(200);
        return r;
    }

    /** What both documents must say, in this order. */
    private static List<String> keyTexts(Completed c) {
        return List.of(SCHOOL_NAME, "ОТЧЁТ", "о реализации персонализированной программы наставничества",
                "1. Общие сведения", c.mentor(), c.mentee(), "учитель — ученик", "традиционное",
                c.curator() + ", заместитель директора",
                "2. Цели программы и их достижение", "Решать задачи ОГЭ по геометрии", "Достигнута",
                "Решает задачи уверенно", "Подготовить исследовательский проект", "Достигнута частично",
                "3. Выполнение плана мероприятий",
                "Мероприятий в плане — 3: выполнено — 1, отменено — 1, не выполнено — 1.",
                "Разбор задач на подобие треугольников", "выполнено " + TODAY, "18 задач из 20",
                "4. Встречи наставника и наставляемых",
                "Проведено встреч — 4: пробных — 1, планирующих — 0, рабочих — 2, итоговых — 1.",
                "Итоговая встреча состоялась " + TODAY + ".",
                "5. Итоги работы",
                "Работа наставнической пары частично эффективна. Обоснование: Проект не представлен на конференции",
                "Комментарий куратора: Работу над проектом продолжит классный руководитель",
                "6. Оценка влияния программы", "Наставляемый: " + c.mentee(), "Насколько вы уверены в себе?",
                "Общее изменение: +1,5 балла.",
                "7. Удовлетворённость участников", "Удовлетворённость участием (наставляемый) (ответили: 1)",
                "Насколько полезной была для вас работа в паре или группе?",
                "Удовлетворённость участием (наставник) (ответили: 1)",
                "Куратор программы наставничества", "/ " + c.curatorSigns() + " /", "Наставник");
    }

    @Test
    void theWordReportStatesTheProgrammeTheWorkTheOutcomeAndTheImpact() throws IOException {
        Completed c = completed();
        Response r = download(c.id(), "docx");
        assertThat(r.contentType()).startsWith(Document.DOCX);
        String disposition = r.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"report.docx\"");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("Отчёт о реализации программы наставничества — " + c.mentor() + ".docx");
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.asByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).containsSubsequence(keyTexts(c));
        // the impact row of the first question: entry 3, final 5, change +2
        assertThat(text).containsPattern("Насколько вы уверены в себе\\?\\s+3\\s+5\\s+\\+2");
        // a meeting only planned is not counted, and nothing is said twice
        assertThat(text).containsOnlyOnce("Проведено встреч");
    }

    @Test
    void thePdfReportSaysTheSame() throws IOException {
        Completed c = completed();
        Response r = download(c.id(), "pdf");
        assertThat(r.contentType()).startsWith(Document.PDF);
        PdfReader reader = new PdfReader(r.asByteArray());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // the extractor reads a page's tables after its paragraphs, so only the words are compared, not the order
        String flat = text.toString().replaceAll("\\s+", " ");
        assertThat(flat).contains(keyTexts(c));
    }

    @Test
    void aPairThatIsNotCompletedHasNoReportYet() {
        UUID id = PairWork.activePair(Tokens.school(), SCHOOL);
        as(Tokens.school()).get(Pairs.mentorships(SCHOOL) + "/" + id + "/report/docx").then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Отчёт составляется по итогам завершения"));
    }
}
