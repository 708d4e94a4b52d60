package ru.nastavnik.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The impact rules on small datasets whose every figure is worked out by hand in the comments. */
class ImpactTest {

    private static final List<Impact.Question> FOUR = List.of(q("confidence"), q("subject"), q("motivation"),
            q("communication"));
    private static final LocalDate START = LocalDate.of(2025, 9, 15);
    private static final LocalDate END = LocalDate.of(2026, 5, 29);

    private static Impact.Question q(String id) {
        return new Impact.Question(id, "Вопрос " + id, 1, 10);
    }

    private static Impact.Taken taken(LocalDate on, List<Impact.Question> questions, Integer... scores) {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                byId.put(questions.get(i).id(), scores[i]);
            }
        }
        Instant at = on.atTime(12, 0).toInstant(ZoneOffset.ofHours(3));
        return new Impact.Taken(UUID.randomUUID(), at, on, questions, byId);
    }

    private static Impact.Taken taken(LocalDate on, Integer... scores) {
        return taken(on, FOUR, scores);
    }

    @Test
    void theEntryIsTheFirstResponseSinceTheStartAndTheFinalTheLatest() {
        Impact.Taken before = taken(START.minusDays(10), 1, 1, 1, 1);
        Impact.Taken first = taken(START.plusDays(3), 3, 4, 5, 6);
        Impact.Taken midway = taken(START.plusMonths(3), 4, 4, 4, 4);
        Impact.Taken last = taken(END.plusDays(2), 5, 6, 5, 5);
        List<Impact.Taken> all = List.of(before, first, midway, last);
        assertThat(Impact.entry(all, START, END)).contains(first);
        assertThat(Impact.fin(all, first)).contains(last);

        // before the completion the latest so far stands as the final measurement
        assertThat(Impact.fin(List.of(before, first, midway), first)).contains(midway);
    }

    @Test
    void withoutAResponseSinceTheStartTheLatestBeforeItIsTheEntry() {
        Impact.Taken older = taken(START.minusMonths(2), 2, 2, 2, 2);
        Impact.Taken newer = taken(START.minusDays(1), 3, 3, 3, 3);
        Impact.Taken fin = taken(END, 6, 6, 6, 6);
        // the response on the day of completion answers the final questionnaire: it is never the entry
        assertThat(Impact.entry(List.of(older, newer, fin), START, END)).contains(newer);
        assertThat(Impact.fin(List.of(older, newer, fin), newer)).contains(fin);
    }

    @Test
    void aSingleResponseIsAnEntryWithNothingToCompareItWith() {
        Impact.Taken only = taken(START.plusDays(1), 3, 4, 5, 6);
        Impact.Comparison c = Impact.compare(List.of(only), START, END);
        assertThat(c.entry()).isEqualTo(only);
        assertThat(c.fin()).isNull();
        assertThat(c.changes()).extracting(Impact.Change::change).containsOnlyNulls();
        assertThat(c.overall()).isNull();

        Impact.Comparison none = Impact.compare(List.of(), START, END);
        assertThat(none.entry()).isNull();
        assertThat(none.changes()).isEmpty();
        assertThat(none.overall()).isNull();
    }

    @Test
    void eachQuestionChangesByFinalMinusEntryAndOverallByTheirMean() {
        // entry 3 4 5 6, final 5 4 8 7: changes +2 0 +3 +1, overall (2 + 0 + 3 + 1) / 4 = 1.5
        Impact.Comparison c = Impact.compare(List.of(taken(START, 3, 4, 5, 6), taken(END, 5, 4, 8, 7)), START, END);
        assertThat(c.changes()).extracting(Impact.Change::change).containsExactly(2, 0, 3, 1);
        assertThat(c.overall()).isEqualTo(1.5);
    }

    @Test
    void aQuestionAnsweredOnlyOnceHasNoChangeAndStaysOutOfTheMean() {
        // the final version dropped "communication" and asks "goals" instead:
        // confidence 3 → 6 (+3), subject 4 → 3 (−1), motivation 5 → 5 (0); goals and communication: one side only
        List<Impact.Question> newer = List.of(q("confidence"), q("subject"), q("motivation"), q("goals"));
        Impact.Comparison c = Impact.compare(List.of(taken(START, 3, 4, 5, 6), taken(END, newer, 6, 3, 5, 9)), START,
                END);
        assertThat(c.changes()).extracting(ch -> ch.question().id())
                .containsExactly("confidence", "subject", "motivation", "goals", "communication");
        assertThat(c.changes()).extracting(Impact.Change::change).containsExactly(3, -1, 0, null, null);
        // (3 − 1 + 0) / 3
        assertThat(c.overall()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aSchoolsSummaryCountsOnlyMeasuredMentees() {
        List<Impact.Comparison> mentees = new ArrayList<>();
        // A: 3 4 5 6 → 5 4 8 7, changes +2 0 +3 +1, overall 1.5
        mentees.add(Impact.compare(List.of(taken(START, 3, 4, 5, 6), taken(END, 5, 4, 8, 7)), START, END));
        // B: 6 6 6 6 → 5 6 4 6, changes −1 0 −2 0, overall −0.75
        mentees.add(Impact.compare(List.of(taken(START, 6, 6, 6, 6), taken(END, 5, 6, 4, 6)), START, END));
        // C: 2 2 2 2 → 4 5 3 2, changes +2 +3 +1 0, overall 1.5
        mentees.add(Impact.compare(List.of(taken(START, 2, 2, 2, 2), taken(END, 4, 5, 3, 2)), START, END));
        // D: an entry only, E: nothing at all; neither is measured
        mentees.add(Impact.compare(List.of(taken(START, 9, 9, 9, 9)), START, END));
        mentees.add(Impact.compare(List.of(), START, END));

        Impact.Summary s = Impact.summarise(mentees);
        assertThat(s.measured()).isEqualTo(3);
        // A and C went up, B went down
        assertThat(s.improved()).isEqualTo(2);
        assertThat(s.improvedShare()).isCloseTo(2.0 / 3, within(1e-12));
        // (1.5 − 0.75 + 1.5) / 3
        assertThat(s.overallChange()).isCloseTo(0.75, within(1e-12));

        assertThat(s.questions()).extracting(f -> f.question().id())
                .containsExactly("confidence", "subject", "motivation", "communication");
        assertThat(s.questions()).extracting(Impact.QuestionFigures::mentees).containsOnly(3);
        // confidence: entries 3 6 2 → 11/3, finals 5 5 4 → 14/3, changes +2 −1 +2 → 1
        // subject: 4 6 2 → 4, 4 6 5 → 5, 0 0 +3 → 1
        // motivation: 5 6 2 → 13/3, 8 4 3 → 5, +3 −2 +1 → 2/3
        // communication: 6 6 2 → 14/3, 7 6 2 → 5, +1 0 0 → 1/3
        double[][] expected = { { 11.0 / 3, 14.0 / 3, 1 }, { 4, 5, 1 }, { 13.0 / 3, 5, 2.0 / 3 },
                { 14.0 / 3, 5, 1.0 / 3 } };
        for (int i = 0; i < expected.length; i++) {
            Impact.QuestionFigures f = s.questions().get(i);
            assertThat(f.entryMean()).as("entry " + i).isCloseTo(expected[i][0], within(1e-12));
            assertThat(f.finalMean()).as("final " + i).isCloseTo(expected[i][1], within(1e-12));
            assertThat(f.meanChange()).as("change " + i).isCloseTo(expected[i][2], within(1e-12));
        }
    }

    @Test
    void nobodyMeasuredGivesNoShareAndNoMean() {
        Impact.Summary s = Impact.summarise(List.of(Impact.compare(List.of(), START, END)));
        assertThat(s.measured()).isZero();
        assertThat(s.improvedShare()).isNull();
        assertThat(s.overallChange()).isNull();
        assertThat(s.questions()).isEmpty();
    }
}
