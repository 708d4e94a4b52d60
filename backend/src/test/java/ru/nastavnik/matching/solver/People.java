package ru.nastavnik.matching.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

/** Readable construction of candidates and runs for the solver's tests. */
final class People {

    static final UUID SCHOOL = new UUID(0x5C, 1);
    static final UUID OTHER_SCHOOL = new UUID(0x5C, 2);

    private People() {
    }

    /** Participant number n; mentors and mentees share the numbering, so one number is one person. */
    static UUID id(int n) {
        return new UUID(0, n);
    }

    static Mentor mentor(int n) {
        return new Mentor(n);
    }

    static Mentee mentee(int n) {
        return new Mentee(n);
    }

    static Run run(MentoringForm form) {
        return new Run(form);
    }

    static final class Mentor {
        UUID id;
        UUID school = SCHOOL;
        ParticipantKind kind = ParticipantKind.TEACHER;
        LocalDate birthDate;
        Integer grade;
        Integer experience;
        Set<String> competencies = new HashSet<>();
        Integer capacity;
        Availability availability = Availability.UNKNOWN;
        Set<MentoringForm> forms = new HashSet<>();
        boolean active;
        List<UUID> preferences = new ArrayList<>();

        Mentor(int n) {
            id = id(n);
        }

        Mentor school(UUID s) {
            school = s;
            return this;
        }

        Mentor kind(ParticipantKind k) {
            kind = k;
            return this;
        }

        Mentor born(String date) {
            birthDate = LocalDate.parse(date);
            return this;
        }

        Mentor grade(int g) {
            grade = g;
            return this;
        }

        Mentor experience(Integer years) {
            experience = years;
            return this;
        }

        Mentor competencies(String... codes) {
            competencies = Set.of(codes);
            return this;
        }

        Mentor capacity(int c) {
            capacity = c;
            return this;
        }

        Mentor available(String text) {
            availability = Availability.parse(text);
            return this;
        }

        Mentor accepts(MentoringForm... f) {
            forms = Set.of(f);
            return this;
        }

        Mentor active() {
            active = true;
            return this;
        }

        Mentor ranks(int... mentees) {
            preferences = new ArrayList<>();
            for (int n : mentees) {
                preferences.add(id(n));
            }
            return this;
        }

        MentorCandidate build() {
            return new MentorCandidate(id, school, kind, birthDate, grade, experience, competencies, capacity,
                    availability, forms, active, preferences);
        }
    }

    static final class Mentee {
        UUID id;
        UUID school = SCHOOL;
        ParticipantKind kind = ParticipantKind.PUPIL;
        LocalDate birthDate;
        Integer grade;
        Integer experience;
        Set<String> requests = new HashSet<>();
        String difficulties;
        Availability availability = Availability.UNKNOWN;
        Set<MentoringForm> forms = new HashSet<>();
        boolean active;
        List<UUID> preferences = new ArrayList<>();

        Mentee(int n) {
            id = id(n);
        }

        Mentee school(UUID s) {
            school = s;
            return this;
        }

        Mentee kind(ParticipantKind k) {
            kind = k;
            return this;
        }

        Mentee born(String date) {
            birthDate = LocalDate.parse(date);
            return this;
        }

        Mentee grade(int g) {
            grade = g;
            return this;
        }

        Mentee experience(Integer years) {
            experience = years;
            return this;
        }

        Mentee requests(String... codes) {
            requests = Set.of(codes);
            return this;
        }

        Mentee difficulties(String text) {
            difficulties = text;
            return this;
        }

        Mentee available(String text) {
            availability = Availability.parse(text);
            return this;
        }

        Mentee wants(MentoringForm... f) {
            forms = Set.of(f);
            return this;
        }

        Mentee active() {
            active = true;
            return this;
        }

        Mentee ranks(int... mentors) {
            preferences = new ArrayList<>();
            for (int n : mentors) {
                preferences.add(id(n));
            }
            return this;
        }

        MenteeCandidate build() {
            return new MenteeCandidate(id, school, kind, birthDate, grade, experience, requests, difficulties,
                    availability, forms, active, preferences);
        }
    }

    static final class Run {
        final MentoringForm form;
        RunScope scope = RunScope.SCHOOL;
        MentorshipShape shape = MentorshipShape.PAIR;
        final List<Mentor> mentors = new ArrayList<>();
        final List<Mentee> mentees = new ArrayList<>();
        final Set<ExcludedPair> excluded = new HashSet<>();
        ScoreWeights weights = ScoreWeights.DEFAULT;

        Run(MentoringForm form) {
            this.form = form;
        }

        Run municipal() {
            scope = RunScope.MUNICIPALITY;
            return this;
        }

        Run groups() {
            shape = MentorshipShape.GROUP;
            return this;
        }

        Run with(Mentor... m) {
            mentors.addAll(List.of(m));
            return this;
        }

        Run with(Mentee... e) {
            mentees.addAll(List.of(e));
            return this;
        }

        Run exclude(int mentor, int mentee) {
            excluded.add(new ExcludedPair(id(mentor), id(mentee)));
            return this;
        }

        Run weights(ScoreWeights w) {
            weights = w;
            return this;
        }

        MatchingProblem problem() {
            return new MatchingProblem(form, scope, shape, mentors.stream().map(Mentor::build).toList(),
                    mentees.stream().map(Mentee::build).toList(), excluded, weights);
        }

        MatchResult solve() {
            return new MatchingSolver().solve(problem());
        }

        MatchResult solveStable() {
            return new MatchingSolver().solveStable(problem());
        }
    }
}
