package ru.nastavnik.matching.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

/**
 * A large municipality's run, generated from a fixed seed: mentors of 40 schools taking mentees from across the
 * municipality in groups of 1–5. Competencies and requests are drawn with skewed popularity (mathematics and exam
 * preparation asked for far more often than inclusive education), so the popular mentors are contested.
 *
 * <p>Teacher–pupil (the default) puts every pair within the rules: the largest network. Pupil–pupil adds the rule
 * that the mentor is older: pupils of grades 7–11 mentor pupils of grades 1–10, so a mentor's older grade is a
 * scarce resource that a careless assignment wastes.
 */
final class BenchInstance {

    static final String[] CODES = {
        "subject-math", "exams", "subject-russian", "career", "subject-it", "projects", "olympiads", "communication",
        "subject-science", "subject-languages", "adaptation", "subject-history", "creativity", "leadership",
        "digital-tools", "teaching-methods", "lesson-planning", "classroom-management", "parents-work",
        "documentation", "inclusive", "certification"
    };

    private static final String[] DIFFICULTIES = {
        "не понимаю дроби и уравнения", "боюсь выступать у доски", "готовлюсь к ОГЭ по математике, не успеваю",
        "хочу заниматься программированием", "не могу выбрать профессию", "перешёл в новую школу, нет друзей",
        "плохо пишу сочинения", "хочу участвовать в олимпиадах по физике", "нужна помощь с проектом",
        "трудно с английским языком", "ЕГЭ по русскому", ""
    };

    private static final String[] AVAILABILITY = {
        "вторник и четверг после уроков", "по будням вечером", "пн, ср, пт с 15 до 17", "суббота утром",
        "в любое время", "понедельник после 16:00", "среда и пятница днём", "будни кроме пятницы после уроков",
        "по выходным", "", "вт 14.30-16.00, чт вечером", "после уроков"
    };

    static final int SCHOOLS = 40;

    private BenchInstance() {
    }

    static MatchingProblem generate(long seed, int mentorCount, int menteeCount, MentoringForm form) {
        if (form != MentoringForm.TEACHER_PUPIL && form != MentoringForm.PUPIL_PUPIL) {
            throw new IllegalArgumentException("The benchmark generates TEACHER_PUPIL or PUPIL_PUPIL runs");
        }
        boolean pupils = form == MentoringForm.PUPIL_PUPIL;
        Random random = new Random(seed);
        double[] popularity = new double[CODES.length];
        for (int k = 0; k < CODES.length; k++) {
            popularity[k] = 1 / Math.pow(k + 1, 0.9);
        }
        UUID[] schools = new UUID[SCHOOLS];
        for (int s = 0; s < SCHOOLS; s++) {
            schools[s] = new UUID(0x5C00L, s);
        }
        List<UUID> mentorIds = new ArrayList<>();
        for (int i = 0; i < mentorCount; i++) {
            mentorIds.add(new UUID(random.nextLong(), random.nextLong()));
        }
        List<UUID> menteeIds = new ArrayList<>();
        int[] menteeSchool = new int[menteeCount];
        for (int j = 0; j < menteeCount; j++) {
            menteeIds.add(new UUID(random.nextLong(), random.nextLong()));
            menteeSchool[j] = random.nextInt(SCHOOLS);
        }

        List<MentorCandidate> mentors = new ArrayList<>();
        for (int i = 0; i < mentorCount; i++) {
            int school = random.nextInt(SCHOOLS);
            Set<MentoringForm> forms = random.nextDouble() < 0.95 ? Set.of(form) : Set.of(MentoringForm.TEACHER_TEACHER);
            List<UUID> preferences = new ArrayList<>();
            if (random.nextDouble() < 0.15) {
                int n = 1 + random.nextInt(5);
                for (int k = 0; k < n; k++) {
                    preferences.add(menteeIds.get(random.nextInt(menteeCount)));
                }
            }
            int grade = 7 + random.nextInt(5);
            mentors.add(new MentorCandidate(mentorIds.get(i), schools[school],
                    pupils ? ParticipantKind.PUPIL : ParticipantKind.TEACHER,
                    pupils ? birth(random, grade) : LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12),
                            1 + random.nextInt(28)),
                    pupils ? grade : null, pupils ? null : 1 + random.nextInt(35),
                    draw(random, popularity, 3 + random.nextInt(4)), capacity(random),
                    Availability.parse(AVAILABILITY[random.nextInt(AVAILABILITY.length)]), forms,
                    random.nextDouble() < 0.03, preferences));
        }
        List<MenteeCandidate> mentees = new ArrayList<>();
        for (int j = 0; j < menteeCount; j++) {
            List<UUID> preferences = new ArrayList<>();
            if (random.nextDouble() < 0.2) {
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    preferences.add(mentorIds.get(random.nextInt(mentorCount)));
                }
            }
            String difficulty = random.nextDouble() < 0.4 ? DIFFICULTIES[random.nextInt(DIFFICULTIES.length)] : null;
            int grade = 1 + random.nextInt(pupils ? 10 : 11);
            mentees.add(new MenteeCandidate(menteeIds.get(j), schools[menteeSchool[j]], ParticipantKind.PUPIL,
                    birth(random, grade), grade, null, draw(random, popularity, 1 + random.nextInt(3)), difficulty,
                    Availability.parse(AVAILABILITY[random.nextInt(AVAILABILITY.length)]), Set.of(),
                    random.nextDouble() < 0.02, preferences));
        }
        Set<ExcludedPair> excluded = new HashSet<>();
        for (int k = 0; k < 300; k++) {
            excluded.add(new ExcludedPair(mentorIds.get(random.nextInt(mentorCount)),
                    menteeIds.get(random.nextInt(menteeCount))));
        }
        return new MatchingProblem(form, RunScope.MUNICIPALITY, MentorshipShape.GROUP, mentors, mentees, excluded,
                ScoreWeights.DEFAULT);
    }

    /** A birth date that fits the grade in the school year starting in September 2026. */
    private static LocalDate birth(Random random, int grade) {
        return LocalDate.of(2026 - 7 - grade, 9, 1).plusDays(random.nextInt(365));
    }

    /** Group sizes from one to five, equally often: about as many places as mentees in all. */
    private static int capacity(Random random) {
        return 1 + random.nextInt(5);
    }

    private static Set<String> draw(Random random, double[] popularity, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        double total = 0;
        for (double p : popularity) {
            total += p;
        }
        while (chosen.size() < count) {
            double r = random.nextDouble() * total;
            int k = 0;
            while (r >= popularity[k] && k < popularity.length - 1) {
                r -= popularity[k];
                k++;
            }
            chosen.add(CODES[k]);
        }
        return chosen;
    }
}
