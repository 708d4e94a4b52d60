package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Documents;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/** The order a curator downloads reads as the school's order approving exactly the pairs it lists. */
@QuarkusTest
class OrderDocumentTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;
    private static final String SCHOOL_NAME =
            "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 17»";

    record Issued(UUID order, String number, List<String> names) {
    }

    /** An order for a pair and a group, with names that show whether Cyrillic survives. */
    private static Issued issue() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> names = List.of("Щербакова Юлия Эдуардовна " + tag, "Ёлкин Фёдор " + tag,
                "Жуков Игорь Владимирович " + tag, "Цветкова Яна " + tag, "Шестаков Эльдар " + tag);
        UUID mentor1 = Pairs.mentor(Tokens.school(), SCHOOL, names.get(0), 1);
        UUID mentee1 = Pairs.mentee(Tokens.school(), SCHOOL, names.get(1));
        UUID mentor2 = Pairs.mentor(Tokens.school(), SCHOOL, names.get(2), 3);
        UUID mentee2 = Pairs.mentee(Tokens.school(), SCHOOL, names.get(3));
        UUID mentee3 = Pairs.mentee(Tokens.school(), SCHOOL, names.get(4));
        UUID pair = UUID.fromString(as(Tokens.school()).body(Pairs.pairBody(mentor1, mentee1))
                .post(Pairs.mentorships(SCHOOL)).then().statusCode(201).extract().path("id"));
        LocalDate start = LocalDate.of(2026, 9, 1);
        UUID group = UUID.fromString(as(Tokens.school())
                .body(Pairs.body("PUPIL_PUPIL", "GROUP", mentor2, List.of(mentee2, mentee3), start, start.plusMonths(9)))
                .post(Pairs.mentorships(SCHOOL)).then().statusCode(201).extract().path("id"));
        String number = Pairs.orderNumber();
        Map<String, Object> body = Pairs.orderBody(number, List.of(pair, group));
        body.put("headName", "А. В. Сергеев");
        UUID order = UUID.fromString(as(Tokens.school()).body(body).post(Pairs.orders(SCHOOL)).then().statusCode(201)
                .extract().path("id"));
        return new Issued(order, number, names);
    }

    private static Response download(Issued issued, String format) {
        Response r = as(Tokens.school()).get(Pairs.orders(SCHOOL) + "/" + issued.order() + "/" + format);
        r.then().statusCode(200);
        return r;
    }

    @Test
    void theWordDocumentIsTheSchoolsOrderListingEveryPair() {
        Issued issued = issue();
        Response r = download(issued, "docx");
        assertThat(r.contentType()).startsWith(OrderResource.DOCX);
        String disposition = r.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment");
        assertThat(java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Приказ № " + issued.number().replace('/', '_')
                        + " от " + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + ".docx");
        String text = Documents.docxText(r.asByteArray());
        assertThat(text).contains(SCHOOL_NAME, "ПРИКАЗ", "№ " + issued.number(), "ПРИКАЗЫВАЮ:",
                "О закреплении наставнических пар (групп)", "распоряжением Министерства просвещения",
                "Закрепить наставнические пары (группы)", "Ефимова Марина Геннадьевна",
                "Контроль за исполнением настоящего приказа", "А. В. Сергеев", "Приложение",
                "учитель — ученик", "ученик — ученик", "групповое", "с 01.09.2026", "по 01.06.2027");
        assertThat(text).contains(issued.names());
    }

    @Test
    void thePdfShowsTheSameOrderInCyrillic() {
        Issued issued = issue();
        Response r = download(issued, "pdf");
        assertThat(r.contentType()).startsWith(OrderResource.PDF);
        String flat = Documents.pdfText(r.asByteArray());
        assertThat(flat).contains("ПРИКАЗ", "№ " + issued.number(), "Средняя общеобразовательная школа № 17",
                "ПРИКАЗЫВАЮ:", "Приложение");
        assertThat(flat).contains(issued.names());
    }

    @Test
    void anIssuedOrderReadsTheSameAfterItsPairsChange() {
        Issued issued = issue();
        String before = docxText(issued);
        as(Tokens.school()).get(Pairs.orders(SCHOOL) + "/" + issued.order()).then().statusCode(200)
                .extract().jsonPath().getList("rows.mentorshipId", String.class)
                .forEach(id -> as(Tokens.school()).body(Map.of("version",
                        Pairs.version(Tokens.school(), SCHOOL, UUID.fromString(id)), "reason", "CURATOR_DECISION"))
                        .post(Pairs.mentorships(SCHOOL) + "/" + id + "/terminate").then().statusCode(200));
        assertThat(docxText(issued)).isEqualTo(before);
    }

    @Test
    void anotherSchoolsOrderIsNotFound() {
        Issued issued = issue();
        as(Tokens.school2()).get(Pairs.orders(Demo.SCHOOL_B1) + "/" + issued.order() + "/docx").then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static String docxText(Issued issued) {
        return Documents.docxText(download(issued, "docx").asByteArray());
    }
}
