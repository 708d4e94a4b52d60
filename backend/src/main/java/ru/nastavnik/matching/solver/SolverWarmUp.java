package ru.nastavnik.matching.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

/**
 * Makes the first real run as fast as later ones: loads OR-Tools' native library and runs both solvers on a small
 * generated run a few times, so that the classes are loaded and the hot loops compiled before anyone waits.
 */
public final class SolverWarmUp {

    private static final String[] CODES = {"subject-math", "exams", "subject-russian", "career", "projects",
        "communication", "subject-physics", "olympiads"};
    private static final String[] TIMES = {"вторник и четверг после уроков", "по будням вечером, кроме пятницы",
        "пн, ср с 15 до 17", "не могу по понедельникам", ""};
    private static final int ROUNDS = 4;

    private SolverWarmUp() {
    }

    /** Runs the warm-up; returns how many milliseconds it took. */
    public static long run() {
        long started = System.nanoTime();
        MatchingProblem problem = problem(new Random(20260901), 80, 240);
        MatchingSolver solver = new MatchingSolver();
        for (int k = 0; k < ROUNDS; k++) {
            solver.solve(problem);
            solver.solveStable(problem);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static MatchingProblem problem(Random r, int nM, int nE) {
        UUID school = new UUID(0, 1);
        List<UUID> mentorIds = new ArrayList<>();
        for (int i = 0; i < nM; i++) {
            mentorIds.add(new UUID(1, i));
        }
        List<UUID> menteeIds = new ArrayList<>();
        for (int j = 0; j < nE; j++) {
            menteeIds.add(new UUID(2, j));
        }
        List<MentorCandidate> mentors = new ArrayList<>();
        for (UUID id : mentorIds) {
            mentors.add(new MentorCandidate(id, school, ParticipantKind.TEACHER, LocalDate.of(1980, 1, 1), null,
                    r.nextInt(30), codes(r, 2 + r.nextInt(3)), 1 + r.nextInt(4),
                    Availability.parse(TIMES[r.nextInt(TIMES.length)]), Set.of(), false, ranking(r, menteeIds)));
        }
        List<MenteeCandidate> mentees = new ArrayList<>();
        for (UUID id : menteeIds) {
            mentees.add(new MenteeCandidate(id, school, ParticipantKind.PUPIL, LocalDate.of(2012, 1, 1),
                    1 + r.nextInt(11), null, codes(r, 1 + r.nextInt(2)),
                    r.nextInt(3) == 0 ? "не понимаю дроби, боюсь выступать у доски" : null,
                    Availability.parse(TIMES[r.nextInt(TIMES.length)]), Set.of(), false, ranking(r, mentorIds)));
        }
        return new MatchingProblem(MentoringForm.TEACHER_PUPIL, RunScope.MUNICIPALITY, MentorshipShape.GROUP, mentors,
                mentees, Set.of(), ScoreWeights.DEFAULT);
    }

    private static Set<String> codes(Random r, int n) {
        Set<String> codes = new HashSet<>();
        while (codes.size() < n) {
            codes.add(CODES[r.nextInt(CODES.length)]);
        }
        return codes;
    }

    private static List<UUID> ranking(Random r, List<UUID> others) {
        List<UUID> ranking = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                ranking.add(others.get(r.nextInt(others.size())));
            }
        }
        return ranking;
    }
}
