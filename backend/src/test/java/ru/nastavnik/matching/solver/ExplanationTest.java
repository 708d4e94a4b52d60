package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static ru.nastavnik.matching.solver.People.id;
import static ru.nastavnik.matching.solver.People.mentee;
import static ru.nastavnik.matching.solver.People.mentor;
import static ru.nastavnik.matching.solver.People.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.participant.MentoringForm;

class ExplanationTest {

    private static CriterionScore line(ProposedPair pair, Criterion c) {
        return pair.breakdown().stream().filter(l -> l.criterion() == c).findFirst().orElseThrow();
    }

    @Test
    void everyCriterionShowsItsRawValueNormalisedValueWeightAndContribution() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).competencies("subject-math", "exams", "communication").experience(12)
                        .available("вторник и четверг после уроков").ranks(11, 10))
                .with(mentee(10).requests("subject-math", "exams", "subject-russian")
                        .difficulties("боюсь выступать у доски").available("четверг после уроков, суббота")
                        .ranks(1, 2))
                .solve();
        ProposedPair pair = result.pairs().get(0);

        CriterionScore requests = line(pair, Criterion.REQUESTS);
        assertThat(requests.raw()).isEqualTo(2);
        assertThat(requests.matched()).containsExactly("exams", "subject-math");
        assertThat(requests.normalised()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(requests.weight()).isEqualTo(40);
        assertThat(requests.contribution()).isEqualTo(267);

        CriterionScore difficulties = line(pair, Criterion.DIFFICULTIES);
        assertThat(difficulties.raw()).isEqualTo(1);
        assertThat(difficulties.matched()).containsExactly("communication");
        assertThat(difficulties.contribution()).isEqualTo(100);

        CriterionScore availability = line(pair, Criterion.AVAILABILITY);
        assertThat(availability.raw()).isEqualTo(1);
        assertThat(availability.matched()).containsExactly("THURSDAY_AFTERNOON");
        assertThat(availability.normalised()).isEqualTo(0.5);
        assertThat(availability.contribution()).isEqualTo(50);

        CriterionScore experience = line(pair, Criterion.EXPERIENCE);
        assertThat(experience.raw()).isEqualTo(12);
        assertThat(experience.normalised()).isEqualTo(1.0);
        assertThat(experience.contribution()).isEqualTo(100);

        assertThat(pair.menteeRankOfMentor()).isEqualTo(1);
        assertThat(pair.menteeRankingSize()).isEqualTo(2);
        assertThat(line(pair, Criterion.MENTEE_PREFERENCE).contribution()).isEqualTo(150);
        assertThat(pair.mentorRankOfMentee()).isEqualTo(2);
        assertThat(pair.mentorRankingSize()).isEqualTo(2);
        assertThat(line(pair, Criterion.MENTOR_PREFERENCE).normalised()).isEqualTo(0.5);
        assertThat(line(pair, Criterion.MENTOR_PREFERENCE).contribution()).isEqualTo(75);

        assertThat(pair.score()).isEqualTo(267 + 100 + 50 + 100 + 150 + 75);
        assertThat(pair.breakdown()).extracting(CriterionScore::neutral).containsOnly(false);
        assertThat(result.maxPairScore()).isEqualTo(1000);
        assertThat(result.weights()).isEqualTo(ScoreWeights.DEFAULT);
    }

    @Test
    void missingDataScoresNeutrallyAndSaysSo() {
        ProposedPair pair = run(MentoringForm.TEACHER_PUPIL).with(mentor(1)).with(mentee(10)).solve().pairs().get(0);
        assertThat(pair.breakdown()).extracting(CriterionScore::neutral).containsOnly(true);
        assertThat(pair.breakdown()).extracting(CriterionScore::normalised).containsOnly(0.5);
        assertThat(pair.breakdown()).extracting(CriterionScore::raw).containsOnly((Integer) null);
        assertThat(pair.score()).isEqualTo(500);
        assertThat(pair.menteeRankOfMentor()).isNull();
        assertThat(pair.mentorRankOfMentee()).isNull();
    }

    @Test
    void aMentorLeftOutOfAGivenRankingGetsNothingForThatPreference() {
        ProposedPair pair = run(MentoringForm.TEACHER_PUPIL).with(mentor(1)).with(mentee(10).ranks(2, 3))
                .solve().pairs().get(0);
        CriterionScore preference = line(pair, Criterion.MENTEE_PREFERENCE);
        assertThat(preference.neutral()).isFalse();
        assertThat(preference.raw()).isNull();
        assertThat(preference.contribution()).isZero();
    }

    @Test
    void theRunsWeightsDecideWhichMentorIsProposedAndAreShown() {
        People.Run run = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).competencies("subject-math").available("понедельник утром"),
                        mentor(2).available("среда вечером"))
                .with(mentee(10).requests("subject-math").available("среда вечером"));
        assertThat(run.solve().pairs().get(0).mentorId()).isEqualTo(id(1));

        ScoreWeights timeFirst = new ScoreWeights(10, 0, 90, 0, 0, 0);
        MatchResult result = run.weights(timeFirst).solve();
        assertThat(result.pairs().get(0).mentorId()).isEqualTo(id(2));
        assertThat(result.weights()).isEqualTo(timeFirst);
        assertThat(line(result.pairs().get(0), Criterion.AVAILABILITY).weight()).isEqualTo(90);
        assertThat(result.pairs().get(0).score()).as("one common slot of the two that earn it all").isEqualTo(450);
    }

    @Test
    void theContributionsOfEveryPairAddUpToTheScoreTheSolverOptimised() {
        for (long seed = 1; seed <= 40; seed++) {
            MatchingProblem problem = RandomRuns.upTo(seed, 20, 60);
            Instance instance = new Instance(problem);
            Map<UUID, Integer> mentorIndex = new HashMap<>();
            for (int i = 0; i < instance.mentorCount(); i++) {
                mentorIndex.put(instance.mentors[i].id(), i);
            }
            Map<UUID, Integer> menteeIndex = new HashMap<>();
            for (int j = 0; j < instance.menteeCount(); j++) {
                menteeIndex.put(instance.mentees[j].id(), j);
            }
            MatchResult result = new MatchingSolver().solve(problem);
            long total = 0;
            for (ProposedPair pair : result.pairs()) {
                assertThat(pair.breakdown()).extracting(CriterionScore::criterion)
                        .containsExactly(Criterion.values());
                assertThat(pair.breakdown().stream().mapToInt(CriterionScore::contribution).sum())
                        .isEqualTo(pair.score())
                        .isEqualTo(instance.scores[menteeIndex.get(pair.menteeId())][mentorIndex.get(pair.mentorId())]);
                total += pair.score();
            }
            assertThat(result.totalScore()).isEqualTo(total);
        }
    }

    @Test
    void oddWeightsStillAddUpExactly() {
        ScoreWeights odd = new ScoreWeights(7, 3, 11, 1, 13, 2);
        for (long seed = 1; seed <= 20; seed++) {
            MatchingProblem p = RandomRuns.upTo(seed, 10, 30);
            MatchResult result = new MatchingSolver().solve(new MatchingProblem(p.form(), p.scope(), p.shape(),
                    p.mentors(), p.mentees(), p.excludedPairs(), odd));
            for (ProposedPair pair : result.pairs()) {
                assertThat(pair.breakdown().stream().mapToInt(CriterionScore::contribution).sum())
                        .isEqualTo(pair.score());
                assertThat(pair.score()).isBetween(0, result.maxPairScore());
            }
        }
    }

    @Test
    void weightsMustBeNonNegativeAndNotAllZero() {
        assertThatThrownBy(() -> new ScoreWeights(-1, 0, 0, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreWeights(0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(ScoreWeights.DEFAULT.asMap().values().toArray())).containsExactly(40, 10, 10, 10, 15, 15);
    }
}
