package ru.nastavnik.matching.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A problem in canonical form: candidates sorted by id and indexed, the eligible ones (those passing their own
 * constraints) numbered 0..n−1 on each side, features packed into arrays, and every pair's feasibility and score
 * computed into one dense matrix.
 */
final class Instance {

    private static final long UNKNOWN_DAY = Long.MIN_VALUE;

    final MatchingProblem problem;
    final Scoring scoring;
    final int maxPairScore;

    /** All candidates sorted by id, and each one's own failed constraint (null when eligible). */
    final MentorCandidate[] allMentors;
    final MenteeCandidate[] allMentees;
    final HardConstraint[] mentorOwn;
    final HardConstraint[] menteeOwn;

    /** Eligible candidates, in id order: index i for mentors, j for mentees. */
    final MentorCandidate[] mentors;
    final MenteeCandidate[] mentees;
    final int[] capacity;

    private final long[][] competencies;
    private final long[][] requests;
    private final int[] requestCount;
    private final long[][] difficulties;
    private final int[] difficultyCount;
    private final List<String> codes;
    private final int[] mentorSlots;
    private final int[] menteeSlots;
    private final int[] mentorSchool;
    private final int[] menteeSchool;
    private final long[] mentorBirth;
    private final long[] menteeBirth;
    private final int[] experienceContribution;
    /** The mentor index of the same participant on the mentee side, or −1. */
    private final int[] menteeAsMentor;
    private final int[][] excluded;
    /** Packed (index, rank) pairs: whom each side ranked, and who ranked them. */
    final int[][] mentorRanking;
    final int[][] mentorRankedBy;
    final int[][] menteeRanking;
    final int[][] menteeRankedBy;

    private final int[][] requestTable;
    private final int[][] difficultyTable;
    private final int[] availabilityTable;
    private final int neutralAvailability;
    /** Preference contributions of a pair the mentee (mentor) did not rank: 0 after a ranking, else neutral. */
    private final int[] unrankedByMentee;
    private final int[] unrankedByMentor;

    /** Score of each pair, [mentee][mentor], −1 where a hard constraint fails. */
    final short[][] scores;
    final long candidatePairs;

    /** Eligible candidates by id: index i for mentors, j for mentees. */
    private final Map<UUID, Integer> mentorIndex = new HashMap<>();
    private final Map<UUID, Integer> menteeIndex = new HashMap<>();

    Instance(MatchingProblem problem) {
        this.problem = problem;
        this.scoring = new Scoring(problem.weights());
        this.maxPairScore = scoring.maxPairScore();
        allMentors = problem.mentors().stream().sorted(Comparator.comparing(MentorCandidate::id))
                .toArray(MentorCandidate[]::new);
        allMentees = problem.mentees().stream().sorted(Comparator.comparing(MenteeCandidate::id))
                .toArray(MenteeCandidate[]::new);
        mentorOwn = new HardConstraint[allMentors.length];
        for (int k = 0; k < allMentors.length; k++) {
            MentorCandidate m = allMentors[k];
            mentorOwn[k] = !FormRules.mentorFits(problem.form(), m) ? HardConstraint.MENTOR_FORM
                    : m.inActiveMentorship() ? HardConstraint.MENTOR_ALREADY_ACTIVE : null;
        }
        menteeOwn = new HardConstraint[allMentees.length];
        for (int k = 0; k < allMentees.length; k++) {
            MenteeCandidate e = allMentees[k];
            menteeOwn[k] = !FormRules.menteeFits(problem.form(), e) ? HardConstraint.MENTEE_FORM
                    : e.inActiveMentorship() ? HardConstraint.MENTEE_ALREADY_ACTIVE : null;
        }
        List<MentorCandidate> eligibleMentors = new ArrayList<>();
        for (int k = 0; k < allMentors.length; k++) {
            if (mentorOwn[k] == null) {
                eligibleMentors.add(allMentors[k]);
            }
        }
        List<MenteeCandidate> eligibleMentees = new ArrayList<>();
        for (int k = 0; k < allMentees.length; k++) {
            if (menteeOwn[k] == null) {
                eligibleMentees.add(allMentees[k]);
            }
        }
        mentors = eligibleMentors.toArray(MentorCandidate[]::new);
        mentees = eligibleMentees.toArray(MenteeCandidate[]::new);
        int nM = mentors.length;
        int nE = mentees.length;

        for (int i = 0; i < nM; i++) {
            mentorIndex.put(mentors[i].id(), i);
        }
        for (int j = 0; j < nE; j++) {
            menteeIndex.put(mentees[j].id(), j);
        }

        capacity = new int[nM];
        for (int i = 0; i < nM; i++) {
            Integer declared = mentors[i].capacity();
            capacity[i] = problem.shape() == MentorshipShape.PAIR || declared == null ? 1 : declared;
        }

        DifficultyMatcher matcher = DifficultyMatcher.standard();
        List<Set<String>> difficultyCodes = new ArrayList<>(nE);
        TreeSet<String> universe = new TreeSet<>();
        for (MentorCandidate m : mentors) {
            universe.addAll(m.competencies());
        }
        for (MenteeCandidate e : mentees) {
            Set<String> found = matcher.codesIn(e.difficulties());
            difficultyCodes.add(found);
            universe.addAll(e.requests());
            universe.addAll(found);
        }
        codes = List.copyOf(universe);
        Map<String, Integer> codeIndex = new HashMap<>();
        for (String code : codes) {
            codeIndex.put(code, codeIndex.size());
        }
        int words = Math.max(1, (codes.size() + 63) / 64);
        competencies = new long[nM][];
        for (int i = 0; i < nM; i++) {
            competencies[i] = bits(mentors[i].competencies(), codeIndex, words);
        }
        requests = new long[nE][];
        requestCount = new int[nE];
        difficulties = new long[nE][];
        difficultyCount = new int[nE];
        int maxCount = 0;
        for (int j = 0; j < nE; j++) {
            requests[j] = bits(mentees[j].requests(), codeIndex, words);
            requestCount[j] = mentees[j].requests().size();
            difficulties[j] = bits(difficultyCodes.get(j), codeIndex, words);
            difficultyCount[j] = difficultyCodes.get(j).size();
            maxCount = Math.max(maxCount, Math.max(requestCount[j], difficultyCount[j]));
        }

        mentorSlots = new int[nM];
        mentorSchool = new int[nM];
        mentorBirth = new long[nM];
        experienceContribution = new int[nM];
        Map<UUID, Integer> schoolIndex = new HashMap<>();
        for (int i = 0; i < nM; i++) {
            MentorCandidate m = mentors[i];
            mentorSlots[i] = m.availability().mask();
            mentorSchool[i] = schoolIndex.computeIfAbsent(m.schoolId(), s -> schoolIndex.size());
            mentorBirth[i] = epochDay(m.birthDate());
            experienceContribution[i] = scoring.contribution(Criterion.EXPERIENCE, experienceValue(m));
        }
        menteeSlots = new int[nE];
        menteeSchool = new int[nE];
        menteeBirth = new long[nE];
        menteeAsMentor = new int[nE];
        for (int j = 0; j < nE; j++) {
            MenteeCandidate e = mentees[j];
            menteeSlots[j] = e.availability().mask();
            menteeSchool[j] = schoolIndex.computeIfAbsent(e.schoolId(), s -> schoolIndex.size());
            menteeBirth[j] = epochDay(e.birthDate());
            menteeAsMentor[j] = mentorIndex.getOrDefault(e.id(), -1);
        }

        List<List<Integer>> excludedLists = new ArrayList<>(nE);
        for (int j = 0; j < nE; j++) {
            excludedLists.add(new ArrayList<>());
        }
        for (ExcludedPair pair : problem.excludedPairs()) {
            Integer i = mentorIndex.get(pair.mentorId());
            Integer j = menteeIndex.get(pair.menteeId());
            if (i != null && j != null) {
                excludedLists.get(j).add(i);
            }
        }
        excluded = new int[nE][];
        for (int j = 0; j < nE; j++) {
            excluded[j] = excludedLists.get(j).stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        mentorRanking = new int[nM][];
        List<List<int[]>> menteeRankedByLists = emptyLists(nE);
        for (int i = 0; i < nM; i++) {
            mentorRanking[i] = ranking(mentors[i].preferences(), menteeIndex, i, menteeRankedByLists);
        }
        menteeRanking = new int[nE][];
        List<List<int[]>> mentorRankedByLists = emptyLists(nM);
        for (int j = 0; j < nE; j++) {
            menteeRanking[j] = ranking(mentees[j].preferences(), mentorIndex, j, mentorRankedByLists);
        }
        menteeRankedBy = pack(menteeRankedByLists);
        mentorRankedBy = pack(mentorRankedByLists);

        requestTable = scoring.shareTable(Criterion.REQUESTS, maxCount);
        difficultyTable = scoring.shareTable(Criterion.DIFFICULTIES, maxCount);
        availabilityTable = scoring.availabilityTable();
        neutralAvailability = scoring.contribution(Criterion.AVAILABILITY, Scoring.NEUTRAL);
        unrankedByMentee = new int[nE];
        for (int j = 0; j < nE; j++) {
            unrankedByMentee[j] = scoring.contribution(Criterion.MENTEE_PREFERENCE,
                    Scoring.preference(0, mentees[j].preferences().size()));
        }
        unrankedByMentor = new int[nM];
        for (int i = 0; i < nM; i++) {
            unrankedByMentor[i] = scoring.contribution(Criterion.MENTOR_PREFERENCE,
                    Scoring.preference(0, mentors[i].preferences().size()));
        }

        scores = new short[nE][nM];
        candidatePairs = fillScores();
    }

    int mentorCount() {
        return mentors.length;
    }

    int menteeCount() {
        return mentees.length;
    }

    private long fillScores() {
        int nM = mentors.length;
        int[] stamp = new int[nM];
        int[] menteeRank = new int[nM];
        int[] mentorRank = new int[nM];
        int[] excludedStamp = new int[nM];
        long feasible = 0;
        for (int j = 0; j < mentees.length; j++) {
            int mark = j + 1;
            for (int k = 0; k < menteeRanking[j].length; k += 2) {
                touch(stamp, menteeRank, mentorRank, mark, menteeRanking[j][k]);
                menteeRank[menteeRanking[j][k]] = menteeRanking[j][k + 1];
            }
            for (int k = 0; k < menteeRankedBy[j].length; k += 2) {
                touch(stamp, menteeRank, mentorRank, mark, menteeRankedBy[j][k]);
                mentorRank[menteeRankedBy[j][k]] = menteeRankedBy[j][k + 1];
            }
            for (int i : excluded[j]) {
                excludedStamp[i] = mark;
            }
            short[] row = scores[j];
            for (int i = 0; i < nM; i++) {
                if (excludedStamp[i] == mark || violated(i, j) != null) {
                    row[i] = -1;
                } else {
                    boolean ranked = stamp[i] == mark;
                    row[i] = (short) score(i, j, ranked ? menteeRank[i] : 0, ranked ? mentorRank[i] : 0);
                    feasible++;
                }
            }
        }
        return feasible;
    }

    private static void touch(int[] stamp, int[] menteeRank, int[] mentorRank, int mark, int i) {
        if (stamp[i] != mark) {
            stamp[i] = mark;
            menteeRank[i] = 0;
            mentorRank[i] = 0;
        }
    }

    /** The first pair constraint that mentor i and mentee j break, excluded pairs aside; null when none. */
    private HardConstraint violated(int i, int j) {
        if (menteeAsMentor[j] == i) {
            return HardConstraint.SAME_PERSON;
        }
        if (problem.scope() == RunScope.SCHOOL && mentorSchool[i] != menteeSchool[j]) {
            return HardConstraint.OTHER_SCHOOL;
        }
        return switch (FormRules.rule(problem.form())) {
            case NONE -> null;
            case MENTOR_OLDER -> older(i, j) ? null : HardConstraint.MENTOR_NOT_OLDER;
            case MENTOR_MORE_EXPERIENCED -> FormRules.moreExperienced(mentors[i].experienceYears(),
                    mentees[j].experienceYears()) ? null : HardConstraint.MENTOR_NOT_MORE_EXPERIENCED;
        };
    }

    private boolean older(int i, int j) {
        if (mentorBirth[i] != UNKNOWN_DAY && menteeBirth[j] != UNKNOWN_DAY) {
            return mentorBirth[i] < menteeBirth[j];
        }
        return FormRules.older(null, mentors[i].grade(), null, mentees[j].grade());
    }

    /** Every pair constraint mentor i and mentee j break. */
    List<HardConstraint> violations(int i, int j) {
        List<HardConstraint> found = new ArrayList<>();
        if (menteeAsMentor[j] == i) {
            found.add(HardConstraint.SAME_PERSON);
        }
        if (problem.scope() == RunScope.SCHOOL && mentorSchool[i] != menteeSchool[j]) {
            found.add(HardConstraint.OTHER_SCHOOL);
        }
        if (Arrays.binarySearch(excluded[j], i) >= 0) {
            found.add(HardConstraint.EXCLUDED_PAIR);
        }
        switch (FormRules.rule(problem.form())) {
            case NONE -> {
            }
            case MENTOR_OLDER -> {
                if (!older(i, j)) {
                    found.add(HardConstraint.MENTOR_NOT_OLDER);
                }
            }
            case MENTOR_MORE_EXPERIENCED -> {
                if (!FormRules.moreExperienced(mentors[i].experienceYears(), mentees[j].experienceYears())) {
                    found.add(HardConstraint.MENTOR_NOT_MORE_EXPERIENCED);
                }
            }
        }
        return found;
    }

    /** The index of an eligible mentor, −1 for anyone else. */
    int mentorIndexOf(UUID id) {
        return mentorIndex.getOrDefault(id, -1);
    }

    /** The index of an eligible mentee, −1 for anyone else. */
    int menteeIndexOf(UUID id) {
        return menteeIndex.getOrDefault(id, -1);
    }

    /** The own constraint a candidate of the run fails (null when eligible); throws for someone not in the run. */
    HardConstraint ownConstraintOfMentor(UUID id) {
        for (int k = 0; k < allMentors.length; k++) {
            if (allMentors[k].id().equals(id)) {
                return mentorOwn[k];
            }
        }
        throw new IllegalArgumentException("The mentor " + id + " is not a candidate of the run");
    }

    HardConstraint ownConstraintOfMentee(UUID id) {
        for (int k = 0; k < allMentees.length; k++) {
            if (allMentees[k].id().equals(id)) {
                return menteeOwn[k];
            }
        }
        throw new IllegalArgumentException("The mentee " + id + " is not a candidate of the run");
    }

    /** How many of all the run's mentors fail each of their own constraints. */
    Map<HardConstraint, Integer> mentorOwnCounts() {
        Map<HardConstraint, Integer> counts = new EnumMap<>(HardConstraint.class);
        for (HardConstraint c : mentorOwn) {
            if (c != null) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The score of a feasible pair; ranks are 1-based, 0 when not ranked. */
    int score(int i, int j, int menteeRankOfMentor, int mentorRankOfMentee) {
        int s = requestTable[requestCount[j]][common(competencies[i], requests[j])]
                + difficultyTable[difficultyCount[j]][common(competencies[i], difficulties[j])]
                + experienceContribution[i];
        s += mentorSlots[i] == 0 || menteeSlots[j] == 0 ? neutralAvailability
                : availabilityTable[Integer.bitCount(mentorSlots[i] & menteeSlots[j])];
        s += menteeRankOfMentor == 0 ? unrankedByMentee[j] : scoring.contribution(Criterion.MENTEE_PREFERENCE,
                Scoring.preference(menteeRankOfMentor, mentees[j].preferences().size()));
        s += mentorRankOfMentee == 0 ? unrankedByMentor[i] : scoring.contribution(Criterion.MENTOR_PREFERENCE,
                Scoring.preference(mentorRankOfMentee, mentors[i].preferences().size()));
        return s;
    }

    /** The place mentee j gave mentor i, 0 when not ranked. */
    int menteeRankOf(int j, int i) {
        return rankIn(menteeRanking[j], i);
    }

    /** The place mentor i gave mentee j, 0 when not ranked. */
    int mentorRankOf(int i, int j) {
        return rankIn(mentorRanking[i], j);
    }

    private static int rankIn(int[] packed, int index) {
        for (int k = 0; k < packed.length; k += 2) {
            if (packed[k] == index) {
                return packed[k + 1];
            }
        }
        return 0;
    }

    /** The explanation of a feasible pair, line by line, adding up to {@link #score}. */
    List<CriterionScore> explain(int i, int j) {
        MentorCandidate m = mentors[i];
        MenteeCandidate e = mentees[j];
        List<CriterionScore> lines = new ArrayList<>(Criterion.values().length);
        long[] covered = and(competencies[i], requests[j]);
        lines.add(line(Criterion.REQUESTS, requestCount[j] == 0 ? null : count(covered), codesOf(covered),
                Scoring.share(count(covered), requestCount[j]), requestCount[j] == 0));
        long[] coveredDifficulties = and(competencies[i], difficulties[j]);
        lines.add(line(Criterion.DIFFICULTIES, difficultyCount[j] == 0 ? null : count(coveredDifficulties),
                codesOf(coveredDifficulties), Scoring.share(count(coveredDifficulties), difficultyCount[j]),
                difficultyCount[j] == 0));
        boolean slotsKnown = mentorSlots[i] != 0 && menteeSlots[j] != 0;
        int commonSlots = mentorSlots[i] & menteeSlots[j];
        lines.add(line(Criterion.AVAILABILITY, slotsKnown ? Integer.bitCount(commonSlots) : null,
                Availability.ofMask(commonSlots).slots().stream().map(Slot::name).toList(),
                slotsKnown ? Scoring.availability(Integer.bitCount(commonSlots)) : Scoring.NEUTRAL, !slotsKnown));
        Integer years = m.experienceYears();
        lines.add(line(Criterion.EXPERIENCE, years, List.of(), experienceValue(m), years == null));
        int menteeRank = menteeRankOf(j, i);
        lines.add(line(Criterion.MENTEE_PREFERENCE, menteeRank == 0 ? null : menteeRank, List.of(),
                Scoring.preference(menteeRank, e.preferences().size()), e.preferences().isEmpty()));
        int mentorRank = mentorRankOf(i, j);
        lines.add(line(Criterion.MENTOR_PREFERENCE, mentorRank == 0 ? null : mentorRank, List.of(),
                Scoring.preference(mentorRank, m.preferences().size()), m.preferences().isEmpty()));
        return lines;
    }

    private CriterionScore line(Criterion c, Integer raw, List<String> matched, double normalised, boolean neutral) {
        return new CriterionScore(c, raw, matched, normalised, neutral, problem.weights().of(c),
                scoring.contribution(c, normalised));
    }

    private static double experienceValue(MentorCandidate m) {
        return m.experienceYears() == null ? Scoring.NEUTRAL : Scoring.experience(m.experienceYears());
    }

    private List<String> codesOf(long[] bits) {
        List<String> found = new ArrayList<>();
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                found.add(codes.get(w * 64 + Long.numberOfTrailingZeros(word)));
                word &= word - 1;
            }
        }
        return found;
    }

    private static int common(long[] a, long[] b) {
        int n = 0;
        for (int w = 0; w < a.length; w++) {
            n += Long.bitCount(a[w] & b[w]);
        }
        return n;
    }

    private static long[] and(long[] a, long[] b) {
        long[] r = new long[a.length];
        for (int w = 0; w < a.length; w++) {
            r[w] = a[w] & b[w];
        }
        return r;
    }

    private static int count(long[] bits) {
        int n = 0;
        for (long word : bits) {
            n += Long.bitCount(word);
        }
        return n;
    }

    private static long[] bits(Set<String> set, Map<String, Integer> index, int words) {
        long[] bits = new long[words];
        for (String code : set) {
            int k = index.get(code);
            bits[k / 64] |= 1L << (k % 64);
        }
        return bits;
    }

    private static long epochDay(LocalDate date) {
        return date == null ? UNKNOWN_DAY : date.toEpochDay();
    }

    /**
     * Packs one person's ranking as (index, rank) pairs of the people present on the other side, keeping the
     * rank as given, and records the reverse direction in {@code rankedBy}.
     */
    private static int[] ranking(List<UUID> preferences, Map<UUID, Integer> otherSide, int self,
            List<List<int[]>> rankedBy) {
        int[] packed = new int[2 * preferences.size()];
        int n = 0;
        for (int r = 0; r < preferences.size(); r++) {
            Integer other = otherSide.get(preferences.get(r));
            if (other != null) {
                packed[n++] = other;
                packed[n++] = r + 1;
                rankedBy.get(other).add(new int[] {self, r + 1});
            }
        }
        return Arrays.copyOf(packed, n);
    }

    private static List<List<int[]>> emptyLists(int n) {
        List<List<int[]>> lists = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static int[][] pack(List<List<int[]>> lists) {
        int[][] packed = new int[lists.size()][];
        for (int k = 0; k < lists.size(); k++) {
            List<int[]> entries = lists.get(k);
            packed[k] = new int[2 * entries.size()];
            for (int n = 0; n < entries.size(); n++) {
                packed[k][2 * n] = entries.get(n)[0];
                packed[k][2 * n + 1] = entries.get(n)[1];
            }
        }
        return packed;
    }
}
