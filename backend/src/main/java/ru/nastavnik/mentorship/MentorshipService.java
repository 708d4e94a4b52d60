package ru.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.ConsentWithdrawn;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.Participant;

/**
 * Mentoring pairs and groups through their lifecycle: proposed → approved (by an order, see {@link OrderService})
 * → active → completed, or terminated from any open status. Every change is written to the history with who made
 * it, when and why; a change the lifecycle does not allow is refused with 409.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class MentorshipService {

    /** The methodology's personalised programme lasts from three months to a year. */
    static final int MIN_MONTHS = 3;
    static final int MAX_MONTHS = 12;

    private static final List<MentorshipStatus> OPEN = List.of(MentorshipStatus.PROPOSED, MentorshipStatus.APPROVED,
            MentorshipStatus.ACTIVE);
    private static final Map<String, String> SORTS = Map.of("plannedStart", "m.plannedStart", "plannedEnd",
            "m.plannedEnd", "createdAt", "m.createdAt", "status", "m.status", "mentor", "m.mentor.fullName", "kind",
            "m.kind", "form", "m.form");

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Event<MentorshipStarted> started;

    @Inject
    Event<MentorshipEnded> ended;

    @Inject
    Event<MentorshipRescheduled> rescheduled;

    public MentorshipPage list(UUID schoolId, String q, MentorshipStatus status, MentoringForm form,
            MentorshipKind kind, UUID participantId, PageQuery paging) {
        PanacheQuery<Mentorship> query = query(schoolId, q, status, form, kind, participantId, paging)
                .page(paging.toPage());
        return new MentorshipPage(views(query.list()), query.count(), paging.page, paging.size);
    }

    /** Every mentorship the list would show with the same filters and sort, for an export. */
    public List<MentorshipView> listAll(UUID schoolId, String q, MentorshipStatus status, MentoringForm form,
            MentorshipKind kind, UUID participantId, PageQuery paging) {
        return views(query(schoolId, q, status, form, kind, participantId, paging).list());
    }

    private PanacheQuery<Mentorship> query(UUID schoolId, String q, MentorshipStatus status, MentoringForm form,
            MentorshipKind kind, UUID participantId, PageQuery paging) {
        School school = school(schoolId);
        StringBuilder where = new StringBuilder("from Mentorship m where m.school = :school");
        Parameters params = Parameters.with("school", school);
        if (status != null) {
            where.append(" and m.status = :status");
            params.and("status", status);
        }
        if (form != null) {
            where.append(" and m.form = :form");
            params.and("form", form);
        }
        if (kind != null) {
            where.append(" and m.kind = :kind");
            params.and("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(m.mentor.fullName) like :q escape '\\' or exists (select 1 from"
                    + " MentorshipMentee mq where mq.mentorship = m and lower(mq.participant.fullName) like :q"
                    + " escape '\\'))");
            params.and("q", Search.pattern(q));
        }
        if (participantId != null) {
            where.append(" and (m.mentor.id = :participant or exists (select 1 from MentorshipMentee mp where"
                    + " mp.mentorship = m and mp.participant.id = :participant))");
            params.and("participant", participantId);
        }
        return Mentorship.find(where.toString(), paging.toSort(SORTS, "plannedStart", "m.id"), params);
    }

    public MentorshipView get(UUID schoolId, UUID id) {
        return view(find(schoolId, id));
    }

    public List<MentorshipEventView> events(UUID schoolId, UUID id) {
        Mentorship m = find(schoolId, id);
        return MentorshipEvent.<MentorshipEvent>find("mentorship", Sort.by("at").and("id"), m).stream()
                .map(MentorshipEventView::of).toList();
    }

    /** A curator puts a pair or group together by hand; it starts as a proposal awaiting an order. */
    public MentorshipView create(UUID schoolId, MentorshipInput input) {
        return propose(schoolId, List.of(input), MentorshipOrigin.MANUAL, MentorPool.SCHOOL, false).get(0);
    }

    /**
     * Creates PROPOSED mentorships, all or none: the entry point for match runs, whose accepted proposals become
     * mentorships here under the same rules as hand-made ones (consent in force, candidates of the right role,
     * one open mentorship per mentee and form, the mentor's capacity, a term of 3 to 12 months). Each proposal is
     * checked against the database as it stands after the ones before it, so two proposals of one run cannot
     * together overbook a mentor or place a mentee twice. Refusals are field errors named {@code [i].field} after
     * the proposal's index; after any refusal nothing is saved.
     */
    public List<MentorshipView> propose(UUID schoolId, List<MentorshipInput> inputs, MentorshipOrigin origin) {
        return propose(schoolId, inputs, origin, MentorPool.SCHOOL, true);
    }

    /**
     * As {@link #propose(UUID, List, MentorshipOrigin)}, for a municipal match run: the mentees belong to the
     * school, the mentor to any school of its municipality. Allowed only for proposals of a match run
     * ({@link MentorshipOrigin#MATCHING}) in a form whose both sides are adults; the mentor's capacity counts their
     * mentees in every school.
     */
    public List<MentorshipView> proposeAcrossSchools(UUID schoolId, List<MentorshipInput> inputs) {
        return propose(schoolId, inputs, MentorshipOrigin.MATCHING, MentorPool.MUNICIPALITY, true);
    }

    /** Where a new mentorship's mentor may come from. */
    private enum MentorPool {
        SCHOOL, MUNICIPALITY
    }

    private List<MentorshipView> propose(UUID schoolId, List<MentorshipInput> inputs, MentorshipOrigin origin,
            MentorPool pool, boolean indexed) {
        School school = school(schoolId);
        List<FieldError> errors = new ArrayList<>();
        List<Mentorship> created = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String prefix = indexed ? "[" + i + "]." : "";
            int before = errors.size();
            Mentorship m = build(school, inputs.get(i), origin, pool, prefix, errors);
            if (errors.size() == before) {
                created.add(m);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return views(created);
    }

    public MentorshipView activate(UUID schoolId, UUID id, ActivationInput input) {
        Mentorship m = find(schoolId, id);
        Versioned.check(input.version(), m.version);
        allow(m, MentorshipStatus.ACTIVE);
        LocalDate startedOn = input.startedOn() != null ? input.startedOn() : LocalDate.now();
        if (startedOn.isBefore(m.order.date)) {
            throw ApiException.invalid("startedOn",
                    "Пара не может начать работу раньше приказа об её закреплении (" + Labels.date(m.order.date) + ")");
        }
        MentorshipStatus from = m.status;
        m.status = MentorshipStatus.ACTIVE;
        m.startedOn = startedOn;
        MentorshipEvent e = event(m, MentorshipEventKind.ACTIVATED, from, m.status);
        e.effectiveOn = startedOn;
        e.persist();
        started.fire(new MentorshipStarted(m.school.id, m.id));
        return view(m);
    }

    /**
     * The pair a curator is about to complete, as they saw it: found in the school, at the version sent, and
     * active. The completion wizard ({@code ru.nastavnik.completion}) takes it from here, checks what it records and
     * ends with {@link #complete(Mentorship, LocalDate, MentorshipOutcome, String, String)}.
     */
    public Mentorship toComplete(UUID schoolId, UUID id, Integer version) {
        Mentorship m = find(schoolId, id);
        Versioned.check(version, m.version);
        allow(m, MentorshipStatus.COMPLETED);
        return m;
    }

    /**
     * Completes an active pair with the outcome its curator recorded, in the caller's transaction: the history
     * entry and {@link MentorshipEnded} are written as for every ending. The caller has checked the outcome (a
     * reason unless effective) and the date ({@link #endDateError}).
     */
    public MentorshipView complete(Mentorship m, LocalDate endedOn, MentorshipOutcome outcome, String outcomeReason,
            String comment) {
        allow(m, MentorshipStatus.COMPLETED);
        m.outcome = outcome;
        m.outcomeReason = blankToNull(outcomeReason);
        close(m, MentorshipStatus.COMPLETED, null, blankToNull(comment), endedOn);
        return view(m);
    }

    public MentorshipView terminate(UUID schoolId, UUID id, TerminationInput input) {
        Mentorship m = find(schoolId, id);
        Versioned.check(input.version(), m.version);
        if (input.reason() == TerminationReason.CONSENT_WITHDRAWN) {
            throw ApiException.invalid("reason",
                    "Это основание ставится само, когда участник отзывает согласие на обработку данных");
        }
        allow(m, MentorshipStatus.TERMINATED);
        LocalDate endedOn = endDate(m, input.endedOn());
        close(m, MentorshipStatus.TERMINATED, input.reason(), blankToNull(input.comment()), endedOn);
        return view(m);
    }

    /**
     * Extension or shortening of an active mentorship by mutual agreement, within the programme's 3 to 12 months:
     * the mentor and every mentee (a minor through a parent or guardian) agree, on a day since the pair started,
     * and the history entry keeps their agreements.
     */
    public MentorshipView reschedule(UUID schoolId, UUID id, RescheduleInput input) {
        Mentorship m = find(schoolId, id);
        Versioned.check(input.version(), m.version);
        if (m.status != MentorshipStatus.ACTIVE) {
            throw ApiException.conflict("illegal-transition", "Недопустимое действие",
                    "Продлить или сократить срок можно только у действующей пары, а эта — в статусе «"
                            + m.status.label + "» (" + m.status + ").");
        }
        LocalDate newEnd = input.plannedEnd();
        if (newEnd.equals(m.plannedEnd)) {
            throw ApiException.invalid("plannedEnd", "Новая дата окончания совпадает с нынешней");
        }
        if (newEnd.isBefore(LocalDate.now())) {
            throw ApiException.invalid("plannedEnd",
                    "Новая дата окончания уже прошла: если программа выполнена, завершите работу пары");
        }
        String termError = termError(m.plannedStart, newEnd);
        if (termError != null) {
            throw ApiException.invalid("plannedEnd", termError);
        }
        List<FieldError> errors = new ArrayList<>();
        List<Agreements.Given> agreed = Agreements.check(m, input.agreements(), m.startedOn, "пара начала работу",
                errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        LocalDate oldEnd = m.plannedEnd;
        m.plannedEnd = newEnd;
        MentorshipEvent e = event(m,
                newEnd.isAfter(oldEnd) ? MentorshipEventKind.EXTENDED : MentorshipEventKind.SHORTENED, null, null);
        e.oldEnd = oldEnd;
        e.newEnd = newEnd;
        e.comment = input.reason().trim();
        e.agreements = agreed.stream().map(a -> SideAgreement.Stored.of(a.view())).toList();
        e.persist();
        rescheduled.fire(new MentorshipRescheduled(m.school.id, m.id, oldEnd, newEnd, e.comment));
        return view(m);
    }

    /**
     * Withdrawing consent stops processing at once, in the withdrawing transaction: a pair whose mentor or only
     * mentee withdrew is terminated; a group loses just that mentee. Completed and terminated ones stay as they
     * are: they are the programme's record.
     */
    void stopOnWithdrawal(@Observes ConsentWithdrawn event) {
        LocalDate today = LocalDate.now();
        List<Mentorship> mentored = Mentorship.list("mentor.id = ?1 and status in ?2", event.participantId(), OPEN);
        for (Mentorship m : mentored) {
            close(m, MentorshipStatus.TERMINATED, TerminationReason.CONSENT_WITHDRAWN,
                    "Наставник отозвал согласие на обработку персональных данных", today);
        }
        List<MentorshipMentee> memberships = MentorshipMentee.list("participant.id = ?1 and open = true",
                event.participantId());
        for (MentorshipMentee mm : memberships) {
            Mentorship m = mm.mentorship;
            boolean others = m.currentMentees().stream().anyMatch(other -> other != mm);
            if (!others) {
                close(m, MentorshipStatus.TERMINATED, TerminationReason.CONSENT_WITHDRAWN,
                        "Наставляемый отозвал согласие на обработку персональных данных", today);
                continue;
            }
            mm.open = false;
            mm.removedOn = today;
            em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            MentorshipEvent e = event(m, MentorshipEventKind.MENTEE_REMOVED, null, null);
            e.reason = TerminationReason.CONSENT_WITHDRAWN;
            e.participant = mm.participant;
            e.effectiveOn = today;
            e.comment = "Наставляемый отозвал согласие на обработку персональных данных и выбыл из группы";
            e.persist();
        }
    }

    /** Approval is the order's doing: {@link OrderService} calls this for each pair it lists, after every check. */
    void approve(Mentorship m, SchoolOrder order) {
        allow(m, MentorshipStatus.APPROVED);
        MentorshipStatus from = m.status;
        m.status = MentorshipStatus.APPROVED;
        m.order = order;
        MentorshipEvent e = event(m, MentorshipEventKind.APPROVED, from, m.status);
        e.order = order;
        e.effectiveOn = order.date;
        e.comment = "Приказ № " + order.number + " от " + Labels.date(order.date);
        e.persist();
    }

    /** The refusal of a change the lifecycle does not allow, naming both statuses. */
    static void allow(Mentorship m, MentorshipStatus next) {
        if (!m.status.canBecome(next)) {
            throw ApiException.conflict("illegal-transition", "Недопустимое изменение статуса",
                    "Наставническая пара «" + describe(m) + "» в статусе «" + m.status.label + "» (" + m.status
                            + ") не может перейти в статус «" + next.label + "» (" + next + ").");
        }
    }

    /** "Mentor — mentee, mentee", as lists and messages name a pair. */
    public static String describe(Mentorship m) {
        return m.mentor.fullName + " — "
                + m.currentMentees().stream().map(mm -> mm.participant.fullName).collect(Collectors.joining(", "));
    }

    /**
     * A mentorship of the school in the caller's scope, for the features that hang their records on a pair (its
     * programme, diary, feedback, completion, best practice, rewards); 404 when there is none.
     */
    public Mentorship find(UUID schoolId, UUID id) {
        School school = school(schoolId);
        return Mentorship.<Mentorship>find("school = ?1 and id = ?2", school, id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Наставническая пара не найдена"));
    }

    School school(UUID schoolId) {
        return scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
    }

    MentorshipView view(Mentorship m) {
        return views(List.of(m)).get(0);
    }

    /** Views of several mentorships with their mentees fetched in one query. */
    List<MentorshipView> views(List<Mentorship> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<MentorshipMentee>> mentees = new HashMap<>();
        em.createQuery("select mm from MentorshipMentee mm join fetch mm.participant where mm.mentorship.id in :ids",
                MentorshipMentee.class).setParameter("ids", list.stream().map(m -> m.id).toList()).getResultList()
                .forEach(mm -> mentees.computeIfAbsent(mm.mentorship.id, k -> new ArrayList<>()).add(mm));
        Participant.list("id in ?1", list.stream().map(m -> m.mentor.id).distinct().toList());
        return list.stream().map(m -> view(m, mentees.getOrDefault(m.id, List.of()))).toList();
    }

    private static MentorshipView view(Mentorship m, List<MentorshipMentee> mentees) {
        List<MentorshipView.Member> members = mentees.stream()
                .sorted(Comparator.comparing((MentorshipMentee mm) -> mm.removedOn != null)
                        .thenComparing(mm -> mm.participant.fullName))
                .map(mm -> new MentorshipView.Member(mm.participant.id, mm.participant.fullName, mm.participant.kind,
                        mm.removedOn))
                .toList();
        MentorshipView.Member mentor = new MentorshipView.Member(m.mentor.id, m.mentor.fullName, m.mentor.kind, null);
        MentorshipView.OrderRef order = m.order == null ? null
                : new MentorshipView.OrderRef(m.order.id, m.order.number, m.order.date);
        return new MentorshipView(m.id, m.school.id, m.form, m.kind, m.status, mentor, members, m.plannedStart,
                m.plannedEnd, m.startedOn, m.endedOn, m.terminationReason, m.terminationComment, m.outcome,
                m.outcomeReason, order, m.origin,
                actions(m.status), m.createdBy, m.createdAt, m.version);
    }

    private static List<MentorshipAction> actions(MentorshipStatus status) {
        return switch (status) {
            case PROPOSED -> List.of(MentorshipAction.APPROVE, MentorshipAction.TERMINATE);
            case APPROVED -> List.of(MentorshipAction.ACTIVATE, MentorshipAction.TERMINATE);
            case ACTIVE -> List.of(MentorshipAction.COMPLETE, MentorshipAction.RESCHEDULE, MentorshipAction.TERMINATE);
            case COMPLETED, TERMINATED -> List.of();
        };
    }

    /**
     * Checks one new mentorship against the rules and the database, and saves it when it passes. Errors go into
     * {@code errors} with their field prefixed; nothing is saved then.
     */
    private Mentorship build(School school, MentorshipInput input, MentorshipOrigin origin, MentorPool pool,
            String prefix, List<FieldError> errors) {
        int before = errors.size();
        List<UUID> menteeIds = new ArrayList<>(new LinkedHashSet<>(input.menteeIds()));
        boolean acrossSchools = pool == MentorPool.MUNICIPALITY;
        if (acrossSchools && (origin != MentorshipOrigin.MATCHING || !input.form().adultsOnly())) {
            errors.add(new FieldError(prefix + "form", "Наставник из другой организации возможен только в паре,"
                    + " предложенной муниципальным подбором, и только в форме, где обе стороны — взрослые"));
            return null;
        }
        Participant mentor = (acrossSchools
                ? em.createQuery("from Participant p where p.school.municipality = :municipality and p.id = :id",
                        Participant.class).setParameter("municipality", school.municipality)
                : em.createQuery("from Participant p where p.school = :school and p.id = :id", Participant.class)
                        .setParameter("school", school))
                .setParameter("id", input.mentorId()).getResultStream().findFirst().orElse(null);
        Map<UUID, Participant> mentees = new HashMap<>();
        Participant.<Participant>list("school = ?1 and id in ?2", school, menteeIds).forEach(p -> mentees.put(p.id, p));
        Set<UUID> all = new HashSet<>(menteeIds);
        all.add(input.mentorId());
        Set<UUID> consented = new HashSet<>(em.createQuery("select c.participant.id from Consent c where"
                + " c.participant.id in :ids and c.withdrawnOn is null", UUID.class).setParameter("ids", all)
                .getResultList());

        if (mentor == null) {
            errors.add(new FieldError(prefix + "mentorId", acrossSchools
                    ? "Наставник не найден среди участников организаций муниципалитета"
                    : "Наставник не найден среди участников организации"));
        } else if (!consented.contains(mentor.id)) {
            errors.add(new FieldError(prefix + "mentorId", mentor.fullName
                    + ": нет действующего согласия на обработку персональных данных"));
        } else if (!mentor.mentorCandidate) {
            errors.add(new FieldError(prefix + "mentorId", mentor.fullName + " не отмечен как кандидат в наставники"));
        }
        List<Participant> chosen = new ArrayList<>();
        for (UUID id : menteeIds) {
            Participant p = mentees.get(id);
            if (p == null) {
                errors.add(new FieldError(prefix + "menteeIds", "Наставляемый не найден среди участников организации"));
            } else if (id.equals(input.mentorId())) {
                errors.add(new FieldError(prefix + "menteeIds", "Наставник не может быть наставляемым в своей паре"));
            } else if (!consented.contains(id)) {
                errors.add(new FieldError(prefix + "menteeIds", p.fullName
                        + ": нет действующего согласия на обработку персональных данных"));
            } else if (!p.menteeCandidate) {
                errors.add(new FieldError(prefix + "menteeIds", p.fullName + " не отмечен как кандидат в наставляемые"));
            } else {
                chosen.add(p);
            }
        }
        if (input.kind() == MentorshipKind.GROUP && menteeIds.size() < 2) {
            errors.add(new FieldError(prefix + "kind", "В групповом наставничестве не меньше двух наставляемых"));
        }
        String termError = termError(input.plannedStart(), input.plannedEnd());
        if (termError != null) {
            errors.add(new FieldError(prefix + "plannedEnd", termError));
        }
        if (!chosen.isEmpty()) {
            List<MentorshipMentee> taken = MentorshipMentee.list("participant in ?1 and form = ?2 and open = true",
                    chosen, input.form());
            for (MentorshipMentee mm : taken) {
                errors.add(new FieldError(prefix + "menteeIds", mm.participant.fullName
                        + " уже состоит в незавершённой паре (группе) формы «" + Labels.form(input.form()) + "»"));
            }
        }
        if (mentor != null && errors.size() == before) {
            String capacityError = capacityError(mentor, menteeIds.size());
            if (capacityError != null) {
                errors.add(new FieldError(prefix + "mentorId", capacityError));
            }
        }
        if (errors.size() != before) {
            return null;
        }

        Mentorship m = new Mentorship();
        m.id = UUID.randomUUID();
        m.school = school;
        m.form = input.form();
        m.kind = input.kind();
        m.mentor = mentor;
        m.plannedStart = input.plannedStart();
        m.plannedEnd = input.plannedEnd();
        m.status = MentorshipStatus.PROPOSED;
        m.origin = origin;
        m.createdBy = caller.fullName();
        m.persist();
        for (Participant p : chosen) {
            MentorshipMentee mm = new MentorshipMentee();
            mm.id = UUID.randomUUID();
            mm.mentorship = m;
            mm.participant = p;
            mm.schoolId = school.id;
            mm.form = m.form;
            mm.persist();
            m.mentees.add(mm);
        }
        MentorshipEvent e = event(m, MentorshipEventKind.PROPOSED, null, m.status);
        e.comment = origin == MentorshipOrigin.MATCHING ? "По результатам подбора пар" : null;
        e.persist();
        Constraints.flush(em, "mentorship_mentee_open_key", () -> ApiException.conflict("conflict",
                "Наставляемый уже в другой паре",
                "Одновременно другой пользователь включил наставляемого в пару той же формы. Обновите страницу."));
        return m;
    }

    /** Null when the term fits the methodology, the message otherwise. */
    public static String termError(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return "Дата окончания должна быть позже даты начала";
        }
        LocalDate earliest = start.plusMonths(MIN_MONTHS);
        LocalDate latest = start.plusMonths(MAX_MONTHS);
        if (end.isBefore(earliest)) {
            return "Программа наставничества длится от 3 до 12 месяцев: окончание не раньше " + Labels.date(earliest);
        }
        if (end.isAfter(latest)) {
            return "Программа наставничества длится от 3 до 12 месяцев: окончание не позже " + Labels.date(latest);
        }
        return null;
    }

    /**
     * The mentor takes at most as many mentees at once as their profile says; open mentorships (proposed ones
     * included, or approving them later could overbook) use the places, in whichever school of the municipality
     * they are. Without a stated capacity, one. Counting locks the mentor's row until the transaction ends, so
     * concurrent proposals for one mentor are counted one after the other.
     */
    private String capacityError(Participant mentor, int wanted) {
        int capacity = mentor.capacity != null ? mentor.capacity : 1;
        Number load = (Number) em.createNativeQuery("SELECT mentor_open_load(:mentor)")
                .setParameter("mentor", mentor.id).getSingleResult();
        long used = load == null ? 0 : load.longValue();
        if (used + wanted <= capacity) {
            return null;
        }
        String stated = mentor.capacity != null ? ""
                : " (в профиле наставника не указано, сколько наставляемых он может вести, — считается один)";
        return mentor.fullName + " может вести одновременно наставляемых: " + capacity + stated + "; уже ведёт или "
                + "предложено: " + used + ", добавить ещё " + wanted + " нельзя";
    }

    private static LocalDate endDate(Mentorship m, LocalDate requested) {
        LocalDate endedOn = requested != null ? requested : LocalDate.now();
        String error = endDateError(m, endedOn);
        if (error != null) {
            throw ApiException.invalid("endedOn", error);
        }
        return endedOn;
    }

    /** Null when the pair may end on this day, the message otherwise. */
    public static String endDateError(Mentorship m, LocalDate endedOn) {
        if (m.startedOn != null && endedOn.isBefore(m.startedOn)) {
            return "Дата окончания не может быть раньше начала работы пары (" + Labels.date(m.startedOn) + ")";
        }
        return null;
    }

    private void close(Mentorship m, MentorshipStatus to, TerminationReason reason, String comment,
            LocalDate endedOn) {
        MentorshipStatus from = m.status;
        m.status = to;
        m.endedOn = endedOn;
        m.terminationReason = reason;
        m.terminationComment = reason == null ? null : comment;
        MentorshipMentee.<MentorshipMentee>list("mentorship", m).forEach(mm -> mm.open = false);
        MentorshipEvent e = event(m,
                to == MentorshipStatus.COMPLETED ? MentorshipEventKind.COMPLETED : MentorshipEventKind.TERMINATED,
                from, to);
        e.reason = reason;
        e.comment = comment;
        e.effectiveOn = endedOn;
        e.persist();
        ended.fire(new MentorshipEnded(m.school.id, m.id, to));
    }

    /** A history entry by the caller, to be completed and persisted at once: history rows are never updated. */
    private MentorshipEvent event(Mentorship m, MentorshipEventKind kind, MentorshipStatus from,
            MentorshipStatus to) {
        MentorshipEvent e = new MentorshipEvent();
        e.id = UUID.randomUUID();
        e.mentorship = m;
        e.schoolId = m.school.id;
        e.kind = kind;
        e.fromStatus = from;
        e.toStatus = to;
        e.at = Instant.now();
        e.actorLogin = caller.username();
        e.actorName = caller.fullName();
        return e;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
