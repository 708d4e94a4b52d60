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
 * Random runs that touch every rule: forms with and without their own rule, both scopes and shapes, people of the
 * wrong kind, already active, excluded pairs, someone on both sides, missing birth dates and experience, rankings.
 */
final class RandomRuns {

    private static final String[] CODES = {"subject-math", "exams", "subject-russian", "career", "projects",
        "communication"};
    private static final String[] TIMES = {"вторник и четверг после уроков", "по будням вечером", "суббота утром",
        "пн, ср с 15 до 17", "", "в любое время"};
    private static final MentoringForm[] FORMS = {MentoringForm.PUPIL_PUPIL, MentoringForm.TEACHER_TEACHER,
        MentoringForm.TEACHER_PUPIL};

    private RandomRuns() {
    }

    /** A run of at most the given size. */
    static MatchingProblem upTo(long seed, int maxMentors, int maxMentees) {
        Random r = new Random(seed);
        return generate(r, 1 + r.nextInt(maxMentors), 1 + r.nextInt(maxMentees));
    }

    /** A run of exactly the given size. */
    static MatchingProblem sized(long seed, int mentorCount, int menteeCount) {
        return generate(new Random(seed), mentorCount, menteeCount);
    }

    private static MatchingProblem generate(Random r, int nM, int nE) {
        MentoringForm form = FORMS[r.nextInt(FORMS.length)];
        ParticipantKind mentorKind = form == MentoringForm.PUPIL_PUPIL ? ParticipantKind.PUPIL : ParticipantKind.TEACHER;
        ParticipantKind menteeKind = form == MentoringForm.TEACHER_TEACHER ? ParticipantKind.YOUNG_SPECIALIST
                : ParticipantKind.PUPIL;
        UUID[] schools = {People.SCHOOL, People.OTHER_SCHOOL};
        List<UUID> mentorIds = new ArrayList<>();
        for (int i = 0; i < nM; i++) {
            mentorIds.add(new UUID(r.nextLong(), r.nextLong()));
        }
        List<UUID> menteeIds = new ArrayList<>();
        for (int j = 0; j < nE; j++) {
            UUID mentorToo = mentorIds.get(r.nextInt(nM));
            menteeIds.add(r.nextInt(15) == 0 && !menteeIds.contains(mentorToo) ? mentorToo
                    : new UUID(r.nextLong(), r.nextLong()));
        }
        List<MentorCandidate> mentors = new ArrayList<>();
        for (int i = 0; i < nM; i++) {
            mentors.add(new MentorCandidate(mentorIds.get(i), schools[r.nextInt(4) == 0 ? 1 : 0],
                    r.nextInt(12) == 0 ? ParticipantKind.PARENT : mentorKind, birth(r, 2006), grade(r),
                    r.nextInt(6) == 0 ? null : r.nextInt(20), codes(r, 1 + r.nextInt(4)), 1 + r.nextInt(3),
                    Availability.parse(TIMES[r.nextInt(TIMES.length)]),
                    r.nextInt(10) == 0 ? Set.of(MentoringForm.EMPLOYER_PUPIL) : Set.of(), r.nextInt(12) == 0,
                    ranking(r, menteeIds)));
        }
        List<MenteeCandidate> mentees = new ArrayList<>();
        for (int j = 0; j < nE; j++) {
            mentees.add(new MenteeCandidate(menteeIds.get(j), schools[r.nextInt(4) == 0 ? 1 : 0],
                    r.nextInt(15) == 0 ? ParticipantKind.PARENT : menteeKind, birth(r, 2009), grade(r),
                    r.nextInt(3) == 0 ? null : r.nextInt(5), codes(r, r.nextInt(4)),
                    r.nextInt(3) == 0 ? "не понимаю дроби, боюсь выступать" : null,
                    Availability.parse(TIMES[r.nextInt(TIMES.length)]), Set.of(), r.nextInt(15) == 0,
                    ranking(r, mentorIds)));
        }
        Set<ExcludedPair> excluded = new HashSet<>();
        for (int k = r.nextInt(3); k > 0; k--) {
            excluded.add(new ExcludedPair(mentorIds.get(r.nextInt(nM)), menteeIds.get(r.nextInt(nE))));
        }
        return new MatchingProblem(form, r.nextBoolean() ? RunScope.SCHOOL : RunScope.MUNICIPALITY,
                r.nextInt(3) == 0 ? MentorshipShape.PAIR : MentorshipShape.GROUP, mentors, mentees, excluded,
                ScoreWeights.DEFAULT);
    }

    private static LocalDate birth(Random r, int aroundYear) {
        return r.nextInt(5) == 0 ? null : LocalDate.of(aroundYear + r.nextInt(6), 1 + r.nextInt(12), 1);
    }

    private static Integer grade(Random r) {
        return r.nextInt(3) == 0 ? null : 1 + r.nextInt(11);
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
        if (r.nextInt(3) == 0) {
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                ranking.add(others.get(r.nextInt(others.size())));
            }
        }
        return ranking;
    }
}
