package ru.nastavnik.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.matching.solver.ExcludedPair;
import ru.nastavnik.matching.solver.HardConstraint;
import ru.nastavnik.matching.solver.MatchResult;
import ru.nastavnik.matching.solver.MatchingSolver;
import ru.nastavnik.matching.solver.MentorOutcome;
import ru.nastavnik.matching.solver.MentorshipShape;
import ru.nastavnik.matching.solver.ProposedPair;
import ru.nastavnik.matching.solver.RunScope;
import ru.nastavnik.matching.solver.UnmatchedMentee;
import ru.nastavnik.mentorship.MentorshipInput;
import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.mentorship.MentorshipOrigin;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.ConsentWithdrawn;
import ru.nastavnik.participant.MentoringForm;

/**
 * Match runs: the engine's exact proposal for one form over a school (or, for adult forms, over a municipality's
 * schools), stored with its explanations, and the curator's decisions on it. Nothing becomes a mentorship until
 * the curator accepts it; accepting creates proposed mentorships under the mentorship rules, all or none.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class MatchRunService {

    private static final Logger LOG = Logger.getLogger(MatchRunService.class);
    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "form", "form", "status",
            "status");
    static final String MINORS_STAY_IN_SCHOOL = "Муниципальный подбор возможен только для форм, где обе стороны — "
            + "взрослые (педагог — педагог, руководитель — педагог, педагог колледжа — молодой педагог): персональные "
            + "данные несовершеннолетних не покидают их организацию. Подбор с участием обучающихся проводит куратор "
            + "организации.";

    @Inject
    MatchScopes scopes;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    CandidatePool pool;

    @Inject
    MeterRegistry metrics;

    @Inject
    MatchPeople people;

    @Inject
    MentorshipService mentorships;

    private final MatchingSolver solver = new MatchingSolver();

    public MatchRunPage list(MatchScope scope, MentoringForm form, MatchRunStatus status, PageQuery paging) {
        check(scope);
        StringBuilder where = new StringBuilder(scope.municipal() ? "municipality.id = :scope" : "school.id = :scope");
        Parameters params = Parameters.with("scope", scope.municipal() ? scope.municipalityId() : scope.schoolId());
        if (form != null) {
            where.append(" and form = :form");
            params.and("form", form);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (paging.sort == null || paging.sort.isBlank()) {
            paging.sort = "createdAt,desc";
        }
        PanacheQuery<MatchRun> query = MatchRun.<MatchRun>find(where.toString(), paging.toSort(SORTS, "createdAt"),
                params).page(paging.toPage());
        List<MatchRun> runs = query.list();
        Map<UUID, MatchRunView.Decisions> decisions = decisions(runs);
        return new MatchRunPage(runs.stream().map(r -> view(r, decisions.get(r.id))).toList(), query.count(),
                paging.page, paging.size);
    }

    public MatchRunDetail get(MatchScope scope, UUID id) {
        return detail(find(scope, id, false));
    }

    /** Runs the engine over the scope's candidates now and keeps its proposal; the answer is the stored run. */
    public MatchRunDetail create(MatchScope scope, MatchRunInput input) {
        check(scope);
        MentorshipShape shape = input.shape() != null ? input.shape() : MentorshipShape.PAIR;
        MentorshipKind kind = input.kind() != null ? input.kind() : MentorshipKind.TRADITIONAL;
        MatchWeights weights = (input.weights() != null ? input.weights()
                : new MatchWeights(null, null, null, null, null, null)).withDefaults();
        List<FieldError> errors = new ArrayList<>();
        if (scope.municipal() && !input.form().adultsOnly()) {
            errors.add(new FieldError("form", MINORS_STAY_IN_SCHOOL));
        }
        if (kind == MentorshipKind.GROUP) {
            errors.add(new FieldError("kind", "Выберите вид наставничества для пар: групповым станет наставник, "
                    + "которому в подборе групп достались двое и больше"));
        }
        if (weights.sum() == 0) {
            errors.add(new FieldError("weights", "Хотя бы один вес должен быть больше нуля"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        CandidatePool.Pool candidates = pool.load(scope, input.form(), shape, weights, null, List.of());
        Timer.Sample solving = Timer.start(metrics);
        MatchResult optimal = solver.solve(candidates.problem());
        solving.stop(Timer.builder("nastavnik.match.solve")
                .description("Время решения задачи подбора пар, без загрузки участников и сохранения")
                .tag("scope", scope.municipal() ? "municipality" : "school").tag("shape", shape.name())
                .publishPercentiles(0.5, 0.95).register(metrics));
        metrics.summary("nastavnik.match.mentees", "scope", scope.municipal() ? "municipality" : "school")
                .record(candidates.problem().mentees().size());
        MatchResult stable = solver.solveStable(candidates.problem());
        MatchMethod method = input.method() != null ? input.method() : MatchMethod.OPTIMAL;
        MatchResult result = method == MatchMethod.STABLE ? stable : optimal;
        MatchRun run = new MatchRun();
        run.id = UUID.randomUUID();
        run.school = scope.municipal() ? null : School.findById(scope.schoolId());
        run.municipality = scope.municipal() ? Municipality.findById(scope.municipalityId()) : null;
        run.form = input.form();
        run.shape = shape;
        run.kind = kind;
        run.weights = weights;
        run.mentorIds = candidates.problem().mentors().stream().map(m -> m.id()).sorted().toList();
        run.menteeIds = candidates.problem().mentees().stream().map(m -> m.id()).sorted().toList();
        run.mentorCount = run.mentorIds.size();
        run.menteeCount = run.menteeIds.size();
        run.matchedCount = result.matchedCount();
        run.totalScore = result.totalScore();
        run.maxPairScore = result.maxPairScore();
        run.blockingPairs = result.blockingPairCount();
        run.excludedMentors = excludedMentors(result.mentors());
        run.stats = SolverFigures.of(optimal.stats());
        run.status = result.pairs().isEmpty() ? MatchRunStatus.CLOSED : MatchRunStatus.OPEN;
        run.method = method;
        run.comparison = new MatchComparison(MatchComparison.Figures.of(optimal), MatchComparison.Figures.of(stable),
                differentMentor(optimal, stable));
        run.createdBy = caller.fullName();
        run.persist();
        store(run, scope, candidates, optimal, MatchMethod.OPTIMAL);
        store(run, scope, candidates, stable, MatchMethod.STABLE);
        LOG.infof("Match run %s (%s, %s): %d mentors, %d mentees; optimal %d matched, %d blocking pairs; stable %d"
                + " matched; %d ms", run.id, run.form, run.shape, run.mentorCount, run.menteeCount,
                optimal.matchedCount(), optimal.blockingPairCount(), stable.matchedCount(), run.stats.millis());
        return detail(run);
    }

    /** How many mentees have a different mentor (or a mentor in one proposal only) in the two proposals. */
    private static int differentMentor(MatchResult a, MatchResult b) {
        Map<UUID, UUID> mentorOf = new HashMap<>();
        a.pairs().forEach(p -> mentorOf.put(p.menteeId(), p.mentorId()));
        int different = 0;
        Set<UUID> seen = new HashSet<>();
        for (ProposedPair p : b.pairs()) {
            seen.add(p.menteeId());
            if (!p.mentorId().equals(mentorOf.get(p.menteeId()))) {
                different++;
            }
        }
        for (UUID mentee : mentorOf.keySet()) {
            if (!seen.contains(mentee)) {
                different++;
            }
        }
        return different;
    }

    /** Keeps one method's proposal: its pairs and its unmatched mentees, each row tagged with the method. */
    private static void store(MatchRun run, MatchScope scope, CandidatePool.Pool candidates, MatchResult result,
            MatchMethod method) {
        int position = 0;
        for (ProposedPair pair : result.pairs()) {
            MatchProposal p = new MatchProposal();
            p.id = UUID.randomUUID();
            p.run = run;
            p.schoolId = scope.schoolId();
            p.municipalityId = scope.municipalityId();
            p.position = position++;
            p.method = method;
            p.mentorId = pair.mentorId();
            p.menteeId = pair.menteeId();
            p.menteeSchoolId = candidates.schoolOf().get(pair.menteeId());
            p.score = pair.score();
            p.explanation = Explanation.of(pair, run.weights);
            p.status = ProposalStatus.PROPOSED;
            p.persist();
        }
        position = 0;
        for (UnmatchedMentee u : result.unmatched()) {
            MatchUnmatched m = new MatchUnmatched();
            m.id = UUID.randomUUID();
            m.run = run;
            m.schoolId = scope.schoolId();
            m.municipalityId = scope.municipalityId();
            m.position = position++;
            m.method = method;
            m.menteeId = u.menteeId();
            m.menteeSchoolId = candidates.schoolOf().get(u.menteeId());
            m.reason = u.reason();
            m.mainConstraint = u.mainConstraint();
            m.excludedMentors = u.excludedMentors();
            m.eligibleMentors = u.eligibleMentors();
            m.persist();
        }
    }

    /**
     * Which of the run's two proposals the curator reviews. The choice is open until the first decision on the
     * reviewed one (an acceptance, a rejection or an exchange): after that the run keeps it.
     */
    public MatchRunDetail choose(MatchScope scope, UUID id, MatchMethodInput input) {
        MatchRun run = find(scope, id, true);
        if (run.method == input.method()) {
            return detail(run);
        }
        if (run.comparison == null) {
            throw ApiException.conflict("method-unavailable", "Устойчивого предложения нет",
                    "Этот подбор сделан до того, как подбор стал составлять два предложения. Запустите подбор заново.");
        }
        long decided = MatchProposal.count("run = ?1 and method = ?2 and (status in ?3 or swapped = true)", run,
                run.method, List.of(ProposalStatus.ACCEPTED, ProposalStatus.REJECTED));
        if (decided > 0) {
            throw ApiException.conflict("proposal-decided", "Предложение уже рассматривается",
                    "По этому предложению уже есть решения или обмены: другое можно выбрать только до них. "
                            + "Чтобы сравнить заново, запустите новый подбор.");
        }
        run.method = input.method();
        MatchComparison.Figures figures = run.comparison.of(run.method);
        run.matchedCount = figures.matched();
        run.totalScore = figures.totalScore();
        run.blockingPairs = figures.blockingPairs();
        updateStatus(run);
        return detail(run);
    }

    /**
     * Accepted proposals become proposed mentorships, waiting for the order that approves them: one pair per
     * proposal, or in a group run one group per mentor (a pair when the mentor has one mentee). In a municipal run
     * each mentorship belongs to its mentee's school. All are created or none: a proposal that no longer fits (the
     * mentee got another mentorship, the mentor has no place left, a consent was withdrawn) refuses the request.
     */
    public MatchRunDetail accept(MatchScope scope, UUID id, MatchAcceptInput input) {
        MatchRun run = find(scope, id, true);
        String termError = MentorshipService.termError(input.plannedStart(), input.plannedEnd());
        if (termError != null) {
            throw ApiException.invalid("plannedEnd", termError);
        }
        List<MatchProposal> chosen = chosen(run, input.proposalIds());
        requirePending(chosen);

        Map<String, List<MatchProposal>> mentorships = new LinkedHashMap<>();
        for (MatchProposal p : chosen) {
            String key = run.shape == MentorshipShape.GROUP ? p.menteeSchoolId + "/" + p.mentorId : p.id.toString();
            mentorships.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        Map<UUID, List<List<MatchProposal>>> bySchool = new LinkedHashMap<>();
        mentorships.values().forEach(g -> bySchool.computeIfAbsent(g.get(0).menteeSchoolId, k -> new ArrayList<>())
                .add(g));
        Instant now = Instant.now();
        for (Map.Entry<UUID, List<List<MatchProposal>>> school : bySchool.entrySet()) {
            List<MentorshipInput> inputs = school.getValue().stream().map(g -> new MentorshipInput(run.form,
                    g.size() > 1 ? MentorshipKind.GROUP : run.kind, g.get(0).mentorId,
                    g.stream().map(p -> p.menteeId).toList(), input.plannedStart(), input.plannedEnd())).toList();
            List<MentorshipView> created;
            try {
                created = scope.municipal() ? this.mentorships.proposeAcrossSchools(school.getKey(), inputs)
                        : this.mentorships.propose(school.getKey(), inputs, MentorshipOrigin.MATCHING);
            } catch (ApiException e) {
                if (e.status() != 400) {
                    throw e;
                }
                throw ApiException.conflict("proposal-stale", "Предложение больше не подходит",
                        e.toProblem(null).errors().stream().map(FieldError::message).distinct()
                                .collect(Collectors.joining("; ")) + ". Ничего не принято.");
            }
            for (int i = 0; i < created.size(); i++) {
                for (MatchProposal p : school.getValue().get(i)) {
                    p.status = ProposalStatus.ACCEPTED;
                    p.mentorshipId = created.get(i).id();
                    p.decidedBy = caller.fullName();
                    p.decidedAt = now;
                }
            }
        }
        updateStatus(run);
        return detail(run);
    }

    /** Sets proposals aside; with {@code exclude}, later runs of the scope will not propose those pairs again. */
    public MatchRunDetail reject(MatchScope scope, UUID id, MatchRejectInput input) {
        MatchRun run = find(scope, id, true);
        List<MatchProposal> chosen = chosen(run, input.proposalIds());
        requirePending(chosen);
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().trim();
        Instant now = Instant.now();
        Set<ExcludedPair> excluded = input.exclude() ? new HashSet<>(pool.exclusions(scope)) : Set.of();
        for (MatchProposal p : chosen) {
            p.status = ProposalStatus.REJECTED;
            p.decidedBy = caller.fullName();
            p.decidedAt = now;
            p.decisionNote = reason;
            if (input.exclude() && excluded.add(new ExcludedPair(p.mentorId, p.menteeId))) {
                MatchExclusion e = new MatchExclusion();
                e.id = UUID.randomUUID();
                e.schoolId = scope.schoolId();
                e.municipalityId = scope.municipalityId();
                e.mentorId = p.mentorId;
                e.menteeId = p.menteeId;
                e.reason = reason != null ? reason : "Отклонено в подборе пар";
                e.createdBy = caller.fullName();
                e.persist();
            }
        }
        updateStatus(run);
        return detail(run);
    }

    /**
     * Two pending proposals exchange mentees (A — x and B — y become A — y and B — x). Both new pairs must pass
     * every hard constraint with the participants' data as it is now; they get their scores and explanations as
     * the engine computes them, and the run's stability is counted again for its proposals as they now stand.
     */
    public MatchRunDetail swap(MatchScope scope, UUID id, MatchSwapInput input) {
        MatchRun run = find(scope, id, true);
        if (input.first().equals(input.second())) {
            throw ApiException.invalid("second", "Выберите два разных предложения");
        }
        MatchProposal a = proposal(run, input.first());
        MatchProposal b = proposal(run, input.second());
        requirePending(List.of(a, b));
        if (a.mentorId.equals(b.mentorId)) {
            throw ApiException.invalid("second", "У обоих предложений один наставник: обмен ничего не изменит");
        }
        List<MatchProposal> standing = MatchProposal.list("run = ?1 and method = ?2 and status in ?3", run,
                run.method, List.of(ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED));
        List<UUID> ownMentorships = standing.stream().map(p -> p.mentorshipId).filter(m -> m != null).toList();
        CandidatePool.Pool candidates = pool.load(scope, run.form, run.shape, run.weights,
                new CandidatePool.Only(run.mentorIds, run.menteeIds), ownMentorships);
        Set<UUID> mentorsIn = candidates.problem().mentors().stream().map(m -> m.id()).collect(Collectors.toSet());
        Set<UUID> menteesIn = candidates.problem().mentees().stream().map(m -> m.id()).collect(Collectors.toSet());
        Map<UUID, MatchPerson> names = people.of(List.of(a.mentorId, b.mentorId, a.menteeId, b.menteeId));
        for (UUID person : List.of(a.mentorId, b.mentorId)) {
            if (!mentorsIn.contains(person)) {
                throw gone(MatchPeople.name(names, person));
            }
        }
        for (UUID person : List.of(a.menteeId, b.menteeId)) {
            if (!menteesIn.contains(person)) {
                throw gone(MatchPeople.name(names, person));
            }
        }
        Map<UUID, UUID> assignment = new HashMap<>();
        for (MatchProposal p : standing) {
            if (mentorsIn.contains(p.mentorId) && menteesIn.contains(p.menteeId)) {
                assignment.put(p.menteeId, p.mentorId);
            }
        }
        UUID x = a.menteeId;
        UUID y = b.menteeId;
        assignment.put(x, b.mentorId);
        assignment.put(y, a.mentorId);
        MatchingSolver.Evaluation evaluation = solver.evaluate(candidates.problem(), assignment);
        List<String> refusals = evaluation.refused().stream()
                .filter(r -> r.menteeId().equals(x) || r.menteeId().equals(y))
                .map(r -> MatchPeople.name(names, r.mentorId()) + " — " + MatchPeople.name(names, r.menteeId()) + ": "
                        + r.constraints().stream().map(ConstraintNames::of).collect(Collectors.joining(", ")))
                .toList();
        if (!refusals.isEmpty()) {
            throw ApiException.conflict("swap-refused", "Обмен нарушает правила подбора",
                    String.join("; ", refusals) + ".");
        }
        Map<UUID, ProposedPair> pairs = new HashMap<>();
        evaluation.result().pairs().forEach(p -> pairs.put(p.menteeId(), p));
        long before = (long) a.score + b.score;
        apply(a, pairs.get(y), candidates.schoolOf(), run.weights);
        apply(b, pairs.get(x), candidates.schoolOf(), run.weights);
        run.totalScore += a.score + b.score - before;
        run.blockingPairs = evaluation.result().blockingPairCount();
        return detail(run);
    }

    /** Withdrawal stops processing at once: the participant's pending proposals in any run become unusable. */
    void voidOnWithdrawal(@Observes ConsentWithdrawn event) {
        em.createNativeQuery("SELECT void_match_proposals(:participant, :actor)")
                .setParameter("participant", event.participantId()).setParameter("actor", caller.fullName())
                .getSingleResult();
    }

    private static void apply(MatchProposal p, ProposedPair pair, Map<UUID, UUID> schoolOf, MatchWeights weights) {
        p.menteeId = pair.menteeId();
        p.menteeSchoolId = schoolOf.get(pair.menteeId());
        p.score = pair.score();
        p.explanation = Explanation.of(pair, weights);
        p.swapped = true;
    }

    private static ApiException gone(String name) {
        return ApiException.conflict("proposal-stale", "Обмен невозможен", name + " больше не участвует в подборе: "
                + "нет действующего согласия, анкеты или отметки кандидата. Запустите подбор заново.");
    }

    private void check(MatchScope scope) {
        scopes.check(scope);
    }

    private MatchRun find(MatchScope scope, UUID id, boolean lock) {
        check(scope);
        PanacheQuery<MatchRun> query = MatchRun.find((scope.municipal() ? "municipality.id" : "school.id")
                + " = ?1 and id = ?2", scope.municipal() ? scope.municipalityId() : scope.schoolId(), id);
        if (lock) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ApiException.notFound("Подбор пар не найден"));
    }

    private static MatchProposal proposal(MatchRun run, UUID id) {
        return MatchProposal.<MatchProposal>find("run = ?1 and method = ?2 and id = ?3", run, run.method, id)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Предложение не найдено в этом подборе"));
    }

    private static List<MatchProposal> chosen(MatchRun run, List<UUID> ids) {
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        List<MatchProposal> found = MatchProposal.list("run = ?1 and method = ?2 and id in ?3", run, run.method,
                wanted);
        if (found.size() != wanted.size()) {
            throw ApiException.invalid("proposalIds", "Некоторые предложения не найдены в этом подборе");
        }
        found.sort(Comparator.comparingInt(p -> p.position));
        return found;
    }

    private void requirePending(List<MatchProposal> proposals) {
        List<MatchProposal> decided = proposals.stream().filter(p -> p.status != ProposalStatus.PROPOSED).toList();
        if (decided.isEmpty()) {
            return;
        }
        Map<UUID, MatchPerson> names = people.of(decided.stream()
                .flatMap(p -> Stream.of(p.mentorId, p.menteeId)).toList());
        String list = decided.stream().map(p -> MatchPeople.name(names, p.mentorId) + " — "
                + MatchPeople.name(names, p.menteeId) + ": " + switch (p.status) {
                    case ACCEPTED -> "уже принято";
                    case REJECTED -> "уже отклонено";
                    case VOID -> "недействительно, участник отозвал согласие";
                    case PROPOSED -> "ждёт решения";
                }).collect(Collectors.joining("; "));
        throw ApiException.conflict("proposal-decided", "Предложение уже рассмотрено", list + ".");
    }

    private static void updateStatus(MatchRun run) {
        run.status = MatchProposal.count("run = ?1 and method = ?2 and status = ?3", run, run.method,
                ProposalStatus.PROPOSED) > 0
                ? MatchRunStatus.OPEN : MatchRunStatus.CLOSED;
    }

    private static Map<HardConstraint, Integer> excludedMentors(List<MentorOutcome> mentors) {
        Map<HardConstraint, Integer> counts = new EnumMap<>(HardConstraint.class);
        for (MentorOutcome m : mentors) {
            if (m.excludedBy() != null) {
                counts.merge(m.excludedBy(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private Map<UUID, MatchRunView.Decisions> decisions(List<MatchRun> runs) {
        Map<UUID, Map<ProposalStatus, Integer>> counts = new HashMap<>();
        if (!runs.isEmpty()) {
            em.createQuery("select p.run.id, p.status, count(p) from MatchProposal p where p.run in :runs"
                    + " and p.method = p.run.method"
                    + " group by p.run.id, p.status", Object[].class).setParameter("runs", runs).getResultList()
                    .forEach(row -> counts.computeIfAbsent((UUID) row[0], k -> new EnumMap<>(ProposalStatus.class))
                            .put((ProposalStatus) row[1], ((Number) row[2]).intValue()));
        }
        Map<UUID, MatchRunView.Decisions> decisions = new HashMap<>();
        for (MatchRun r : runs) {
            Map<ProposalStatus, Integer> c = counts.getOrDefault(r.id, Map.of());
            decisions.put(r.id, new MatchRunView.Decisions(c.getOrDefault(ProposalStatus.PROPOSED, 0),
                    c.getOrDefault(ProposalStatus.ACCEPTED, 0), c.getOrDefault(ProposalStatus.REJECTED, 0),
                    c.getOrDefault(ProposalStatus.VOID, 0)));
        }
        return decisions;
    }

    private MatchRunDetail detail(MatchRun run) {
        em.flush();
        List<MatchProposal> proposals = MatchProposal.list("run = ?1 and method = ?2", Sort.by("position"), run,
                run.method);
        List<MatchUnmatched> unmatched = MatchUnmatched.list("run = ?1 and method = ?2", Sort.by("position"), run,
                run.method);
        Set<UUID> ids = new HashSet<>();
        proposals.forEach(p -> {
            ids.add(p.mentorId);
            ids.add(p.menteeId);
        });
        unmatched.forEach(u -> ids.add(u.menteeId));
        Map<UUID, MatchPerson> persons = people.of(ids);
        Comparator<String> byName = Comparator.nullsLast(Comparator.naturalOrder());
        List<ProposalView> proposalViews = proposals.stream()
                .map(p -> new ProposalView(p.id, p.status, MatchPeople.get(persons, p.mentorId, null),
                        MatchPeople.get(persons, p.menteeId, p.menteeSchoolId), p.score, p.explanation, p.swapped,
                        p.mentorshipId, p.decidedBy, p.decidedAt, p.decisionNote))
                .sorted(Comparator.comparing((ProposalView v) -> v.mentor().fullName(), byName)
                        .thenComparing(v -> v.mentor().id())
                        .thenComparing(v -> v.mentee().fullName(), byName))
                .toList();
        List<UnmatchedView> unmatchedViews = unmatched.stream()
                .map(u -> new UnmatchedView(MatchPeople.get(persons, u.menteeId, u.menteeSchoolId), u.reason,
                        u.mainConstraint, u.excludedMentors, u.eligibleMentors))
                .sorted(Comparator.comparing((UnmatchedView v) -> v.mentee().fullName(), byName))
                .toList();
        Map<ProposalStatus, Integer> counts = new EnumMap<>(ProposalStatus.class);
        proposals.forEach(p -> counts.merge(p.status, 1, Integer::sum));
        MatchRunView.Decisions decisions = new MatchRunView.Decisions(counts.getOrDefault(ProposalStatus.PROPOSED, 0),
                counts.getOrDefault(ProposalStatus.ACCEPTED, 0), counts.getOrDefault(ProposalStatus.REJECTED, 0),
                counts.getOrDefault(ProposalStatus.VOID, 0));
        return new MatchRunDetail(view(run, decisions), proposalViews, unmatchedViews);
    }

    private static MatchRunView view(MatchRun r, MatchRunView.Decisions decisions) {
        return new MatchRunView(r.id, r.municipality != null ? RunScope.MUNICIPALITY : RunScope.SCHOOL, r.school != null ? r.school.id : null,
                r.municipality != null ? r.municipality.id : null, r.form, r.shape, r.kind, r.weights, r.status,
                r.mentorCount, r.menteeCount, r.matchedCount, r.totalScore, r.maxPairScore, r.blockingPairs,
                r.excludedMentors, r.stats, decisions != null ? decisions : new MatchRunView.Decisions(0, 0, 0, 0),
                r.method, r.comparison, r.createdBy, r.createdAt);
    }
}
