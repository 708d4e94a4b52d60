package ru.nastavnik.home;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Diaries;
import ru.nastavnik.support.Diaries.Pair;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Recognition;
import ru.nastavnik.support.Tokens;

/** The curator's worklist: each kind lists the pairs its rule finds, and only those. */
@QuarkusTest
class WorklistApiTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;
    /** The region's day, which the worklist dates by (Moscow: already tomorrow after 21:00 UTC). */
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
    /** The day the fixtures date their orders and meetings from. */
    private static final LocalDate FIXTURES_DAY = LocalDate.now();

    private static String token() {
        return Tokens.school();
    }

    private static JsonPath worklist(String query) {
        return as(token()).get("/api/schools/" + SCHOOL + "/worklist" + query).then().statusCode(200).extract()
                .jsonPath();
    }

    /** The ids the worklist refers to under this kind. */
    private static List<String> refs(JsonPath list, String kind) {
        return list.getList("items.findAll { it.kind == '" + kind + "' }.refId");
    }

    private static List<String> pairs(JsonPath list, String kind) {
        return list.getList("items.findAll { it.kind == '" + kind + "' }.pair.id");
    }

    @Test
    void aProposalWaitsForItsDecisionUntilAnOrderApprovesIt() {
        UUID waiting = Pairs.proposedPair(token(), SCHOOL);
        UUID approved = Pairs.approvedPair(token(), SCHOOL);

        JsonPath list = worklist("");
        assertThat(pairs(list, "PROPOSAL_UNDECIDED")).contains(waiting.toString()).doesNotContain(approved.toString());
        Map<String, Object> item = list.getMap("items.find { it.pair.id == '" + waiting + "' }");
        assertThat(item.get("date")).isEqualTo(TODAY.toString());
        assertThat((String) item.get("description")).startsWith("Предложена ");
        assertThat(list.getString("items.find { it.pair.id == '" + waiting + "' }.pair.mentorName"))
                .startsWith("Наставник ");
        assertThat(list.getList("items.find { it.pair.id == '" + waiting + "' }.pair.menteeNames")).hasSize(1);
    }

    @Test
    void aPairWithoutAProgrammeTwoWeeksAfterItsOrderIsListedWithTheDayItWasDue() {
        Pair late = Diaries.approvedPair(token(), SCHOOL, 20, 1);
        Pair withProgramme = Diaries.approvedPair(token(), SCHOOL, 20, 1);
        Diaries.programme(withProgramme, "Разбор олимпиадных задач");
        Pair fresh = Diaries.approvedPair(token(), SCHOOL, 5, 1);
        Pair working = Diaries.activePair(token(), SCHOOL, 20, 1);

        JsonPath list = worklist("");
        assertThat(pairs(list, "PROGRAMME_MISSING")).contains(late.id().toString(), working.id().toString())
                .doesNotContain(withProgramme.id().toString(), fresh.id().toString());
        assertThat(list.getString("items.find { it.kind == 'PROGRAMME_MISSING' && it.pair.id == '" + late.id()
                + "' }.date")).isEqualTo(FIXTURES_DAY.minusDays(20).plusDays(14).toString());
    }

    @Test
    void anActivityPastItsDueDateAndNotDoneIsOverdue() {
        Pair pair = Diaries.activePair(token(), SCHOOL, 20, 1);
        List<UUID> plan = Diaries.programme(pair, "Разбор олимпиадных задач", "Проект по геометрии",
                "Пробный тур олимпиады");
        Diaries.asSystem("UPDATE programme_activity SET due_on = current_date - 3 WHERE id IN (?1, ?2)", plan.get(0),
                plan.get(2));
        Diaries.asSystem("UPDATE programme_activity SET status = 'DONE', done_on = current_date - 4, result = 'Готово'"
                + " WHERE id = ?1", plan.get(2));

        JsonPath list = worklist("");
        assertThat(refs(list, "ACTIVITY_OVERDUE")).contains(plan.get(0).toString())
                .as("one due later, one done").doesNotContain(plan.get(1).toString(), plan.get(2).toString());
        assertThat(list.getString("items.find { it.refId == '" + plan.get(0) + "' }.description"))
                .contains("«Разбор олимпиадных задач»");
    }

    @Test
    void aWorkingPairThatHasNotMetForThirtyDaysIsListedAndOneThatMetRecentlyIsNot() {
        Pair silent = Diaries.activePair(token(), SCHOOL, 45, 1);
        Pair metLongAgo = Diaries.activePair(token(), SCHOOL, 45, 1);
        Diaries.create(token(), metLongAgo, Diaries.held(metLongAgo, FIXTURES_DAY.minusDays(40), "Знакомство"));
        Diaries.create(token(), metLongAgo, Diaries.planned(FIXTURES_DAY.plusDays(2), "Планирование"));
        Pair metRecently = Diaries.activePair(token(), SCHOOL, 45, 1);
        Diaries.create(token(), metRecently, Diaries.held(metRecently, FIXTURES_DAY.minusDays(10), "Разбор задач"));
        Pair justStarted = Diaries.activePair(token(), SCHOOL, 10, 1);

        JsonPath list = worklist("");
        assertThat(pairs(list, "NO_RECENT_MEETING")).contains(silent.id().toString(), metLongAgo.id().toString())
                .doesNotContain(metRecently.id().toString(), justStarted.id().toString());
        assertThat(list.getString("items.find { it.kind == 'NO_RECENT_MEETING' && it.pair.id == '" + metLongAgo.id()
                + "' }.date")).as("a planned meeting is not a meeting held").isEqualTo(FIXTURES_DAY.minusDays(40).toString());
        assertThat(list.getString("items.find { it.kind == 'NO_RECENT_MEETING' && it.pair.id == '" + silent.id()
                + "' }.description")).startsWith("Ни одной встречи");
    }

    @Test
    void feedbackUnansweredAWeekAfterItWasSentOrPastItsLinkIsNotReturned() {
        Pair late = Diaries.activePair(token(), SCHOOL, 20, 1);
        HomeFixture.entrySent(late.id(), 10, 4, false);
        Pair expired = Diaries.activePair(token(), SCHOOL, 20, 1);
        HomeFixture.entrySent(expired.id(), 16, -2, false);
        Pair answered = Diaries.activePair(token(), SCHOOL, 20, 1);
        HomeFixture.entrySent(answered.id(), 10, 4, true);
        Pair recent = Diaries.activePair(token(), SCHOOL, 20, 1);
        HomeFixture.entrySent(recent.id(), 2, 12, false);

        JsonPath list = worklist("");
        assertThat(pairs(list, "FEEDBACK_NOT_RETURNED")).contains(late.id().toString(), expired.id().toString())
                .doesNotContain(answered.id().toString(), recent.id().toString());
        assertThat(list.getString("items.find { it.kind == 'FEEDBACK_NOT_RETURNED' && it.pair.id == '" + expired.id()
                + "' }.description")).contains("срок ссылки истёк").contains(expired.menteeNames().get(0));
    }

    @Test
    void aPairWhoseTermEndsWithinTwoWeeksIsEndingSoon() {
        Pair ending = Diaries.activePair(token(), SCHOOL, 175, 1);
        Pair working = Diaries.activePair(token(), SCHOOL, 20, 1);

        JsonPath list = worklist("");
        assertThat(pairs(list, "ENDING_SOON")).contains(ending.id().toString())
                .doesNotContain(working.id().toString());
    }

    @Test
    void aBestPracticeReturnedByTheMunicipalityWaitsForTheCurator() {
        UUID returned = Recognition.submitted(token(), SCHOOL, "NAME");
        Recognition.review(Tokens.muni(), Demo.MUNI_A, returned, "return", "Добавьте фотографии с занятий").then()
                .statusCode(200);
        UUID submitted = Recognition.submitted(token(), SCHOOL, "NAME");

        JsonPath list = worklist("");
        assertThat(refs(list, "PRACTICE_RETURNED")).contains(returned.toString()).doesNotContain(submitted.toString());
        assertThat(list.getString("items.find { it.refId == '" + returned + "' }.description"))
                .endsWith("Добавьте фотографии с занятий");
    }

    @Test
    void theKindFilterNarrowsTheItemsButTheCountsCoverEveryKind() {
        Pairs.proposedPair(token(), SCHOOL);
        Diaries.activePair(token(), SCHOOL, 45, 1);

        JsonPath all = worklist("");
        JsonPath proposals = worklist("?kind=PROPOSAL_UNDECIDED");
        assertThat(proposals.getList("items.kind")).isNotEmpty().containsOnly("PROPOSAL_UNDECIDED");
        assertThat(proposals.getList("counts.kind")).containsExactly("PROPOSAL_UNDECIDED", "PROGRAMME_MISSING",
                "ACTIVITY_OVERDUE", "NO_RECENT_MEETING", "FEEDBACK_NOT_RETURNED", "ENDING_SOON", "PRACTICE_RETURNED");
        for (Map<String, Object> count : all.<Map<String, Object>>getList("counts")) {
            assertThat(all.getList("items.findAll { it.kind == '" + count.get("kind") + "' }"))
                    .as("count of %s", count.get("kind")).hasSize((Integer) count.get("count"));
        }
        assertThat(proposals.getInt("counts.find { it.kind == 'NO_RECENT_MEETING' }.count")).isPositive();
        as(token()).get("/api/schools/" + SCHOOL + "/worklist?kind=NOTHING").then().statusCode(400);
    }

    @Test
    void anotherSchoolsPairsAreNotInTheList() {
        UUID elsewhere = Pairs.proposedPair(Tokens.forSchool(Demo.SCHOOL_A2), Demo.SCHOOL_A2);
        assertThat(worklist("").getList("items.pair.id")).doesNotContain(elsewhere.toString());
    }
}
