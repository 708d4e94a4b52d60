package ru.nastavnik.completion;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/**
 * Impact through the API on datasets whose figures are worked out by hand: the entry and final measurement of each
 * mentee of a pair, and a school's summary over its completed pairs.
 */
@QuarkusTest
class ImpactApiTest {

    private static final double EXACT = 1e-9;
    /** Figures with a fraction read as doubles, as the API writes them. */
    private static final RestAssuredConfig DOUBLES = RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    EntityManager em;

    private static Instant daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS);
    }

    private static void complete(String token, UUID school, UUID id) {
        as(token).body(Map.of("version", Pairs.version(token, school, id), "outcome", "EFFECTIVE",
                "finalMeetingHeld", true)).post(Pairs.mentorships(school) + "/" + id + "/complete").then()
                .statusCode(200);
    }

    private static ValidatableResponse impact(String token, UUID school, UUID id) {
        return as(token).config(DOUBLES).get(Pairs.mentorships(school) + "/" + id + "/impact").then().statusCode(200);
    }

    private static String of(String name) {
        return "mentees.find { it.fullName == '" + name + "' }.";
    }

    @Test
    void eachMenteesEntryAndFinalAreComparedQuestionByQuestion() {
        String token = Tokens.school();
        UUID school = Demo.SCHOOL_A1;
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = "Первый " + tag;
        String second = "Второй " + tag;
        String third = "Третий " + tag;
        UUID group = PairWork.activePair(token, school, "TEACHER_PUPIL", "GROUP", 20, List.of(first, second, third),
                null);
        UUID m1 = PairWork.mentee(token, school, group, first);
        UUID m2 = PairWork.mentee(token, school, group, second);

        // first: before the start, twice during the programme; second: before the start only; third: never
        PairWork.givenAt(em, school, PairWork.selfAssessment(token, school, m1, 1, 1, 1, 1), daysAgo(25));
        PairWork.givenAt(em, school, PairWork.selfAssessment(token, school, m1, 3, 4, 5, 6), daysAgo(15));
        PairWork.givenAt(em, school, PairWork.selfAssessment(token, school, m1, 4, 4, 4, 4), daysAgo(5));
        PairWork.givenAt(em, school, PairWork.selfAssessment(token, school, m2, 2, 3, 4, 5), daysAgo(25));

        // while the pair works: first's entry is the first answer since the start (3 4 5 6) and the latest so far
        // (4 4 4 4) stands as final: +1 0 −1 −2, overall −2 / 4 = −0.5; second has one measurement only
        impact(token, school, group)
                .body("questionnaire", equalTo("Входная самооценка"))
                .body("mentees.fullName", contains(second, first, third))
                .body(of(first) + "status", equalTo("MEASURED"))
                .body(of(first) + "questions.questionId", contains("confidence", "subject", "motivation",
                        "communication"))
                .body(of(first) + "questions.entryScore", contains(3, 4, 5, 6))
                .body(of(first) + "questions.finalScore", contains(4, 4, 4, 4))
                .body(of(first) + "questions.change", contains(1, 0, -1, -2))
                .body(of(first) + "overallChange", closeTo(-0.5, EXACT))
                .body(of(second) + "status", equalTo("SINGLE_MEASUREMENT"))
                .body(of(second) + "questions.entryScore", contains(2, 3, 4, 5))
                .body(of(second) + "questions.change", contains(nullValue(), nullValue(), nullValue(), nullValue()))
                .body(of(second) + "overallChange", nullValue())
                .body(of(third) + "status", equalTo("NO_DATA"))
                .body(of(third) + "questions", hasSize(0))
                .body(of(third) + "entryTakenAt", nullValue());

        complete(token, school, group);
        PairWork.selfAssessment(token, school, m1, 5, 6, 5, 5);
        PairWork.selfAssessment(token, school, m2, 2, 3, 4, 9);

        // first: 3 4 5 6 → 5 6 5 5, changes +2 +2 0 −1, overall 3 / 4 = 0.75
        // second: no answer during the programme, so the entry is the latest before the start, 2 3 4 5;
        // final 2 3 4 9: changes 0 0 0 +4, overall 1
        impact(token, school, group)
                .body(of(first) + "questions.entryScore", contains(3, 4, 5, 6))
                .body(of(first) + "questions.finalScore", contains(5, 6, 5, 5))
                .body(of(first) + "questions.change", contains(2, 2, 0, -1))
                .body(of(first) + "overallChange", closeTo(0.75, EXACT))
                .body(of(second) + "status", equalTo("MEASURED"))
                .body(of(second) + "questions.change", contains(0, 0, 0, 4))
                .body(of(second) + "overallChange", closeTo(1.0, EXACT))
                .body(of(third) + "status", equalTo("NO_DATA"));
    }

    /**
     * A school of its own, so that nothing else counts: three completed pairs and one still working.
     * A: 3 4 5 6 → 5 4 8 7 (+2 0 +3 +1, overall 1.5); B: 6 6 6 6 → 5 6 4 6 (−1 0 −2 0, overall −0.75);
     * a pupil–pupil group of C: 2 2 2 2 → 4 5 3 2 (+2 +3 +1 0, overall 1.5) and D, who answered once.
     */
    @Test
    void aSchoolsSummaryAveragesTheMeasuredMenteesOfItsCompletedPairs() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        measuredPair(token, school, "TEACHER_PUPIL", "TRADITIONAL", true,
                new Answers(scores(3, 4, 5, 6), scores(5, 4, 8, 7)));
        measuredPair(token, school, "TEACHER_PUPIL", "TRADITIONAL", true,
                new Answers(scores(6, 6, 6, 6), scores(5, 6, 4, 6)));
        measuredPair(token, school, "PUPIL_PUPIL", "GROUP", true,
                new Answers(scores(2, 2, 2, 2), scores(4, 5, 3, 2)), new Answers(scores(9, 9, 9, 9), null));
        measuredPair(token, school, "TEACHER_PUPIL", "TRADITIONAL", false,
                new Answers(scores(1, 1, 1, 1), scores(10, 10, 10, 10)));

        // measured A, B, C; improved A and C: 2 / 3; overall (1.5 − 0.75 + 1.5) / 3 = 0.75
        // confidence: entries 3 6 2 → 11/3, finals 5 5 4 → 14/3, changes +2 −1 +2 → 1
        // subject: 4 6 2 → 4, 4 6 5 → 5, 0 0 +3 → 1
        // motivation: 5 6 2 → 13/3, 8 4 3 → 5, +3 −2 +1 → 2/3
        // communication: 6 6 2 → 14/3, 7 6 2 → 5, +1 0 0 → 1/3
        as(token).config(DOUBLES).get("/api/schools/" + school + "/impact").then().statusCode(200)
                .body("completedPairs", equalTo(3))
                .body("measuredPairs", equalTo(3))
                .body("measuredMentees", equalTo(3))
                .body("improvedMentees", equalTo(2))
                .body("improvedShare", closeTo(2.0 / 3, EXACT))
                .body("overallChange", closeTo(0.75, EXACT))
                .body("questions.questionId", contains("confidence", "subject", "motivation", "communication"))
                .body("questions.mentees", contains(3, 3, 3, 3))
                .body("questions[0].entryMean", closeTo(11.0 / 3, EXACT))
                .body("questions[0].finalMean", closeTo(14.0 / 3, EXACT))
                .body("questions[0].meanChange", closeTo(1, EXACT))
                .body("questions[1].entryMean", closeTo(4, EXACT))
                .body("questions[1].finalMean", closeTo(5, EXACT))
                .body("questions[1].meanChange", closeTo(1, EXACT))
                .body("questions[2].entryMean", closeTo(13.0 / 3, EXACT))
                .body("questions[2].finalMean", closeTo(5, EXACT))
                .body("questions[2].meanChange", closeTo(2.0 / 3, EXACT))
                .body("questions[3].entryMean", closeTo(14.0 / 3, EXACT))
                .body("questions[3].finalMean", closeTo(5, EXACT))
                .body("questions[3].meanChange", closeTo(1.0 / 3, EXACT));

        // the pupil–pupil group alone: C measured and improved, D not measured
        as(token).config(DOUBLES).queryParam("form", "PUPIL_PUPIL").get("/api/schools/" + school + "/impact").then()
                .statusCode(200)
                .body("form", equalTo("PUPIL_PUPIL"))
                .body("completedPairs", equalTo(1))
                .body("measuredMentees", equalTo(1))
                .body("improvedShare", closeTo(1.0, EXACT))
                .body("overallChange", closeTo(1.5, EXACT))
                .body("questions.meanChange", contains(2.0, 3.0, 1.0, 0.0));

        // a period that ended before the pairs did
        String yesterday = LocalDate.now().minusDays(1).toString();
        as(token).config(DOUBLES).queryParam("to", yesterday).get("/api/schools/" + school + "/impact").then().statusCode(200)
                .body("completedPairs", equalTo(0))
                .body("measuredMentees", equalTo(0))
                .body("improvedShare", nullValue())
                .body("overallChange", nullValue())
                .body("questions", hasSize(0));
        as(token).config(DOUBLES).queryParam("from", LocalDate.now().toString()).queryParam("to", LocalDate.now().toString())
                .get("/api/schools/" + school + "/impact").then().body("completedPairs", equalTo(3));
        as(token).config(DOUBLES).queryParam("from", LocalDate.now().toString()).queryParam("to", yesterday)
                .get("/api/schools/" + school + "/impact").then().statusCode(400)
                .body("errors.field", contains("to"));
    }

    /** A mentee's entry answers and final ones (null: never given). */
    record Answers(int[] entry, int[] fin) {
    }

    private static int[] scores(int... scores) {
        return scores;
    }

    /**
     * A pair of fresh mentees, started 30 days ago: each mentee's entry answers given 25 days ago and, after the
     * completion when {@code completed}, their final answers.
     */
    private void measuredPair(String token, UUID school, String form, String kind, boolean completed,
            Answers... answers) {
        List<String> names = Stream.of(answers)
                .map(a -> "Наставляемый " + UUID.randomUUID().toString().substring(0, 6)).toList();
        UUID id = PairWork.activePair(token, school, form, kind, 30, names, null);
        for (int i = 0; i < names.size(); i++) {
            UUID mentee = PairWork.mentee(token, school, id, names.get(i));
            PairWork.givenAt(em, school, PairWork.selfAssessment(token, school, mentee, answers[i].entry()),
                    daysAgo(25));
        }
        if (completed) {
            complete(token, school, id);
        }
        for (int i = 0; i < names.size(); i++) {
            if (answers[i].fin() != null) {
                PairWork.selfAssessment(token, school, PairWork.mentee(token, school, id, names.get(i)),
                        answers[i].fin());
            }
        }
    }
}
