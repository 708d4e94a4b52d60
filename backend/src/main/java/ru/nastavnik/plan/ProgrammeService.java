package ru.nastavnik.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.mentorship.Agreements;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipMentee;
import ru.nastavnik.mentorship.MentorshipRescheduled;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.PairSide;
import ru.nastavnik.mentorship.SideAgreement;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantRules;

/**
 * The personalised programme of a pair or group (§4.7–4.10 of the school regulations): one per pair approved by an
 * order or active, drafted (from a template of the pair's form or empty), agreed by the mentor and every mentee,
 * and afterwards changed only with a reason, each change kept as a revision. Its term lies within the pair's and
 * follows it when the pair's end moves before the programme's; once the pair has ended the programme is its
 * record and no longer changes.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class ProgrammeService {

    private static final int SUMMARY_LENGTH = 2000;
    private static final int REASON_LENGTH = 1000;
    /** What the view adds for the screen and a revision's snapshot of the programme leaves out. */
    private static final List<String> VIEW_ONLY = List.of("allowedActions", "version", "directions");

    @Inject
    MentorshipService mentorships;

    @Inject
    ProgrammeTemplates templates;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    public ProgrammeView get(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        return view(m, existing(m));
    }

    /**
     * A new draft for the pair, from the template asked for or empty. It starts when the pair's term starts (or
     * when the pair began work, if later) and ends with it; a template's activities fall on their week from the
     * start, pressed proportionally into a term shorter than the template's plan.
     */
    public ProgrammeView create(UUID schoolId, UUID mentorshipId, ProgrammeCreateInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        if (m.status != MentorshipStatus.APPROVED && m.status != MentorshipStatus.ACTIVE) {
            throw ApiException.conflict("programme-not-allowed", "Программу составить нельзя",
                    "Программа составляется для пары, утверждённой приказом, или для действующей; эта пара — в "
                            + "статусе «" + m.status.label + "» (" + m.status + ").");
        }
        if (find(m).isPresent()) {
            throw exists();
        }
        String code = input == null || input.templateCode() == null || input.templateCode().isBlank() ? null
                : input.templateCode().trim();
        ProgrammeTemplate template = code == null ? null : template(m, code);

        Programme p = new Programme();
        p.id = UUID.randomUUID();
        p.mentorship = m;
        p.schoolId = m.school.id;
        p.status = ProgrammeStatus.DRAFT;
        p.templateCode = code;
        p.startsOn = m.startedOn != null && m.startedOn.isAfter(m.plannedStart) && m.startedOn.isBefore(m.plannedEnd)
                ? m.startedOn : m.plannedStart;
        p.endsOn = m.plannedEnd;
        p.mode = template == null ? ProgrammeMode.IN_PERSON : template.mode();
        p.meetingFrequency = template == null ? MeetingFrequency.WEEKLY : template.meetingFrequency();
        p.createdBy = caller.fullName();
        p.persist();
        if (template != null) {
            fill(p, template);
        }
        Constraints.flush(em, "programme_mentorship_key", ProgrammeService::exists);
        return view(m, p);
    }

    /**
     * The explanatory note, the term and the goals. The term stays within the pair's and keeps every activity
     * inside it; after agreement the change needs a reason and becomes a revision.
     */
    public ProgrammeView update(UUID schoolId, UUID mentorshipId, ProgrammeInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Programme p = existing(m);
        editable(m);
        Versioned.check(input.version(), p.version);
        String reason = reason(p, input.reason());
        List<FieldError> errors = new ArrayList<>();
        termErrors(m, p, input.startsOn(), input.endsOn(), errors);
        Map<UUID, ProgrammeGoal> goals = new HashMap<>();
        p.goals.forEach(g -> goals.put(g.id, g));
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < input.goals().size(); i++) {
            UUID id = input.goals().get(i).id();
            if (id != null && (!goals.containsKey(id) || !kept.add(id))) {
                errors.add(new FieldError("goals[" + i + "].id", goals.containsKey(id)
                        ? "Эта цель указана дважды" : "Такой цели нет в программе. Обновите страницу"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        Note before = Note.of(p);
        ProgrammeView shown = view(m, p);
        p.problem = text(input.problem());
        p.content = text(input.content());
        p.intermediateResults = text(input.intermediateResults());
        p.finalResults = text(input.finalResults());
        p.conditions = text(input.conditions());
        p.mode = input.mode();
        p.meetingFrequency = input.meetingFrequency();
        p.meetingWeekday = input.meetingWeekday();
        p.meetingTime = input.meetingTime();
        p.scheduleNote = input.scheduleNote() == null || input.scheduleNote().isBlank() ? null
                : input.scheduleNote().trim();
        p.startsOn = input.startsOn();
        p.endsOn = input.endsOn();
        List<ProgrammeGoal> next = new ArrayList<>();
        for (int i = 0; i < input.goals().size(); i++) {
            ProgrammeInput.GoalInput in = input.goals().get(i);
            ProgrammeGoal g = in.id() != null ? goals.get(in.id()) : newGoal(p);
            g.position = i;
            g.title = in.title().trim();
            g.tasks = text(in.tasks());
            next.add(g);
        }
        p.activities.stream().filter(a -> a.goal != null && !next.contains(a.goal)).forEach(a -> a.goal = null);
        p.goals.retainAll(next);
        next.stream().filter(g -> !p.goals.contains(g)).forEach(p.goals::add);

        List<String> changes = before.changes(Note.of(p));
        if (p.status == ProgrammeStatus.AGREED && !changes.isEmpty()) {
            revise(m, p, reason, String.join("; ", changes));
        }
        em.flush();
        ProgrammeView after = view(m, p);
        audit.changed(shown, after);
        return after;
    }

    /**
     * The mentor and every mentee agree to the drafted programme, each on a day since it was drafted and not in
     * the future; a minor's agreement is given by a parent or guardian. From then on it changes only with a
     * reason.
     */
    public ProgrammeView agree(UUID schoolId, UUID mentorshipId, ProgrammeAgreementInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Programme p = existing(m);
        editable(m);
        Versioned.check(input.version(), p.version);
        if (p.status == ProgrammeStatus.AGREED) {
            throw ApiException.conflict("programme-agreed", "Программа уже согласована",
                    "Программа согласована " + Labels.date(p.agreedOn) + ": изменения вносятся с указанием причины.");
        }
        List<String> missing = new ArrayList<>();
        if (p.problem.isBlank()) {
            missing.add("описание проблемы");
        }
        if (p.goals.isEmpty()) {
            missing.add("хотя бы одну цель");
        }
        if (p.activities.isEmpty()) {
            missing.add("хотя бы одно мероприятие плана");
        }
        if (!missing.isEmpty()) {
            throw ApiException.conflict("programme-incomplete", "Программа не готова к согласованию",
                    "Перед согласованием заполните: " + String.join(", ", missing) + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Agreements.Given> given = Agreements.check(m, input.agreements(),
                LocalDate.ofInstant(p.createdAt, ZoneId.systemDefault()), "программа была составлена", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        for (Agreements.Given g : given) {
            ProgrammeAgreement a = new ProgrammeAgreement();
            a.id = UUID.randomUUID();
            a.programme = p;
            a.schoolId = p.schoolId;
            a.participant = g.participant();
            a.givenBy = g.givenBy();
            a.giverName = g.giverName();
            a.agreedOn = g.agreedOn();
            p.agreements.add(a);
        }
        p.status = ProgrammeStatus.AGREED;
        p.agreedOn = given.stream().map(Agreements.Given::agreedOn).max(Comparator.naturalOrder()).orElseThrow();
        em.flush();
        return view(m, p);
    }

    /** Every change since the programme was agreed, the newest first. */
    public List<RevisionView> revisions(UUID schoolId, UUID mentorshipId) {
        Programme p = existing(mentorships.find(schoolId, mentorshipId));
        return ProgrammeRevision.<ProgrammeRevision>find("programme",
                Sort.descending("at").and("id", Sort.Direction.Descending), p).stream().map(RevisionView::of).toList();
    }

    public ActivityView activity(UUID schoolId, UUID mentorshipId, UUID activityId) {
        Programme p = existing(mentorships.find(schoolId, mentorshipId));
        return ActivityView.of(activity(p, activityId), LocalDate.now());
    }

    /** A new activity of the plan, due within the programme's term; after agreement with a reason. */
    public ActivityView addActivity(UUID schoolId, UUID mentorshipId, ActivityInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Programme p = existing(m);
        editable(m);
        String reason = reason(p, input.reason());
        ProgrammeActivity a = new ProgrammeActivity();
        a.id = UUID.randomUUID();
        a.programme = p;
        a.schoolId = p.schoolId;
        a.position = p.activities.stream().mapToInt(x -> x.position + 1).max().orElse(0);
        apply(m, p, a, input);
        p.activities.add(a);
        a.persist();
        if (p.status == ProgrammeStatus.AGREED) {
            revise(m, p, reason, "Добавлено мероприятие «" + a.title + "» (" + a.direction.label + ", срок "
                    + Labels.date(a.dueOn) + ")");
        }
        em.flush();
        return ActivityView.of(a, LocalDate.now());
    }

    /**
     * Changes an activity. Recording its progress (in progress, done with the date and result) is the plan being
     * carried out; changing what, when, by whom or whether at all (cancelling) is a change of the programme, which
     * after agreement needs a reason and becomes a revision.
     */
    public ActivityView updateActivity(UUID schoolId, UUID mentorshipId, UUID activityId, ActivityInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Programme p = existing(m);
        ProgrammeActivity a = activity(p, activityId);
        editable(m);
        Versioned.check(input.version(), a.version);
        Step before = Step.of(a);
        ActivityView shown = ActivityView.of(a, LocalDate.now());
        apply(m, p, a, input);
        List<String> changes = before.planChanges(Step.of(a));
        if (p.status == ProgrammeStatus.AGREED && !changes.isEmpty()) {
            revise(m, p, reason(p, input.reason()), "Изменено мероприятие «" + before.title() + "»: "
                    + String.join("; ", changes));
        }
        em.flush();
        ActivityView after = ActivityView.of(a, LocalDate.now());
        audit.changed(shown, after);
        return after;
    }

    /** Removes an activity that no meeting of the diary worked on; after agreement with a reason. */
    public void deleteActivity(UUID schoolId, UUID mentorshipId, UUID activityId, Integer version, String reason) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Programme p = existing(m);
        ProgrammeActivity a = activity(p, activityId);
        editable(m);
        Versioned.check(version, a.version);
        String why = reason(p, reason);
        Number meetings = (Number) em.createNativeQuery("SELECT count(*) FROM meeting_activity WHERE activity_id = :a")
                .setParameter("a", a.id).getSingleResult();
        if (meetings.longValue() > 0) {
            throw ApiException.conflict("activity-in-diary", "Мероприятие есть в дневнике",
                    "Над мероприятием «" + a.title + "» уже работали на встречах: удалить его нельзя, отмените его.");
        }
        p.activities.remove(a);
        if (p.status == ProgrammeStatus.AGREED) {
            revise(m, p, why, "Удалено мероприятие «" + a.title + "» (срок " + Labels.date(a.dueOn) + ")");
        }
        em.flush();
    }

    /** The programme as a Word document laid out as schools print it, for signatures. */
    public Document docx(UUID schoolId, UUID mentorshipId) {
        ProgrammeText text = document(schoolId, mentorshipId);
        return Document.docx(text.fileName(), text.blocks());
    }

    /** The same programme as PDF. */
    public Document pdf(UUID schoolId, UUID mentorshipId) {
        ProgrammeText text = document(schoolId, mentorshipId);
        return Document.pdf(text.fileName(), text.blocks());
    }

    /**
     * The programme follows the pair's new term when the pair ends before it: its end moves to the pair's, and so
     * do the activities due later. A programme that would start after the pair's new end refuses the change.
     */
    void followTerm(@Observes MentorshipRescheduled event) {
        Mentorship m = mentorships.find(event.schoolId(), event.mentorshipId());
        Optional<Programme> found = find(m);
        if (found.isEmpty() || !found.get().endsOn.isAfter(event.newEnd())) {
            return;
        }
        Programme p = found.get();
        if (!p.startsOn.isBefore(event.newEnd())) {
            throw ApiException.invalid("plannedEnd", "Программа пары начинается " + Labels.date(p.startsOn)
                    + ": новый срок пары должен закончиться позже, или сначала измените срок программы");
        }
        List<String> moved = p.activities.stream().filter(a -> a.dueOn.isAfter(event.newEnd()))
                .sorted(Comparator.comparing((ProgrammeActivity a) -> a.dueOn).thenComparing(a -> a.position))
                .map(a -> {
                    a.dueOn = event.newEnd();
                    return "«" + a.title + "»";
                }).toList();
        String summary = "Окончание программы вслед за сроком пары: " + Labels.date(p.endsOn) + " → "
                + Labels.date(event.newEnd())
                + (moved.isEmpty() ? "" : "; срок мероприятий перенесён на " + Labels.date(event.newEnd()) + ": "
                        + String.join(", ", moved));
        p.endsOn = event.newEnd();
        if (p.status == ProgrammeStatus.AGREED) {
            revise(m, p, cut("Изменение срока пары по взаимному согласию: " + event.reason(), REASON_LENGTH), summary);
        }
    }

    private ProgrammeText document(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Programme p = existing(m);
        return new ProgrammeText(m, p, templateTitle(p), sorted(p.activities), agreements(m, p));
    }

    private ProgrammeTemplate template(Mentorship m, String code) {
        ProgrammeTemplate t = templates.find(code)
                .orElseThrow(() -> ApiException.invalid("templateCode", "Нет шаблона с кодом «" + code + "»"));
        if (t.form() != m.form) {
            throw ApiException.invalid("templateCode", "Шаблон «" + t.title() + "» — для формы «"
                    + Labels.form(t.form()) + "», а пара — формы «" + Labels.form(m.form) + "»");
        }
        return t;
    }

    /**
     * The template's note, goals and activities, dated inside the programme's term. Goals are saved before the
     * activities that point at them, so that each row is written once, as it is.
     */
    private static void fill(Programme p, ProgrammeTemplate t) {
        p.problem = t.problem();
        p.content = t.content();
        p.intermediateResults = t.intermediateResults();
        p.finalResults = t.finalResults();
        p.conditions = t.conditions();
        List<ProgrammeGoal> goals = new ArrayList<>();
        for (ProgrammeTemplate.Goal tg : t.goals()) {
            ProgrammeGoal g = newGoal(p);
            g.position = goals.size();
            g.title = tg.title();
            g.tasks = tg.tasks();
            g.persist();
            goals.add(g);
        }
        p.goals.addAll(goals);
        long term = ChronoUnit.DAYS.between(p.startsOn, p.endsOn);
        long last = t.activities().stream().mapToLong(a -> a.week() * 7L).max().orElse(0);
        for (ProgrammeTemplate.Activity ta : t.activities()) {
            long offset = ta.week() * 7L;
            ProgrammeActivity a = new ProgrammeActivity();
            a.id = UUID.randomUUID();
            a.programme = p;
            a.schoolId = p.schoolId;
            a.position = p.activities.size();
            a.goal = ta.goal() == null ? null : goals.get(ta.goal());
            a.direction = ta.direction();
            a.title = ta.title();
            a.description = ta.description();
            a.dueOn = p.startsOn.plusDays(last > term ? offset * term / last : offset);
            a.performer = ta.performer();
            a.persist();
            p.activities.add(a);
        }
    }

    private static ProgrammeGoal newGoal(Programme p) {
        ProgrammeGoal g = new ProgrammeGoal();
        g.id = UUID.randomUUID();
        g.programme = p;
        g.schoolId = p.schoolId;
        return g;
    }

    /** Checks an activity's input against the programme and the pair's form, and applies it when it passes. */
    private static void apply(Mentorship m, Programme p, ProgrammeActivity a, ActivityInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (!input.direction().fits(m.form)) {
            errors.add(new FieldError("direction", "Направление «" + input.direction().label
                    + "» не подходит для формы «" + Labels.form(m.form) + "». Подходят: "
                    + ActivityDirection.of(m.form).stream().map(d -> d.label).collect(Collectors.joining(", "))));
        }
        ProgrammeGoal goal = null;
        if (input.goalId() != null) {
            goal = p.goals.stream().filter(g -> g.id.equals(input.goalId())).findFirst().orElse(null);
            if (goal == null) {
                errors.add(new FieldError("goalId", "Такой цели нет в программе. Обновите страницу"));
            }
        }
        if (input.dueOn().isBefore(p.startsOn) || input.dueOn().isAfter(p.endsOn)) {
            errors.add(new FieldError("dueOn", "Срок мероприятия — в пределах срока программы: с "
                    + Labels.date(p.startsOn) + " по " + Labels.date(p.endsOn)));
        }
        ActivityStatus status = input.status() != null ? input.status() : ActivityStatus.PLANNED;
        LocalDate doneOn = input.doneOn();
        if (status == ActivityStatus.DONE) {
            doneOn = doneOn != null ? doneOn : LocalDate.now();
            if (doneOn.isAfter(LocalDate.now())) {
                errors.add(new FieldError("doneOn", "Дата выполнения ещё не наступила"));
            } else if (doneOn.isBefore(p.startsOn)) {
                errors.add(new FieldError("doneOn",
                        "Дата выполнения раньше начала программы (" + Labels.date(p.startsOn) + ")"));
            }
        } else if (doneOn != null) {
            errors.add(new FieldError("doneOn", "Дата выполнения указывается только у выполненного мероприятия"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        a.goal = goal;
        a.direction = input.direction();
        a.title = input.title().trim();
        a.description = text(input.description());
        a.dueOn = input.dueOn();
        a.performer = input.performer();
        a.status = status;
        a.result = text(input.result());
        a.doneOn = doneOn;
    }

    private static void termErrors(Mentorship m, Programme p, LocalDate start, LocalDate end,
            List<FieldError> errors) {
        if (!end.isAfter(start)) {
            errors.add(new FieldError("endsOn", "Окончание программы должно быть позже её начала"));
            return;
        }
        if (start.isBefore(m.plannedStart)) {
            errors.add(new FieldError("startsOn", "Программа начинается не раньше срока пары: с "
                    + Labels.date(m.plannedStart)));
        }
        if (end.isAfter(m.plannedEnd)) {
            errors.add(new FieldError("endsOn", "Программа заканчивается не позже срока пары: "
                    + Labels.date(m.plannedEnd)));
        }
        List<ProgrammeActivity> plan = sorted(p.activities);
        String early = titles(plan.stream().filter(a -> a.dueOn.isBefore(start)).toList());
        String late = titles(plan.stream().filter(a -> a.dueOn.isAfter(end)).toList());
        if (!early.isEmpty()) {
            errors.add(new FieldError("startsOn", "Срок мероприятий раньше начала программы: " + early
                    + ". Сначала перенесите их"));
        }
        if (!late.isEmpty()) {
            errors.add(new FieldError("endsOn", "Срок мероприятий позже окончания программы: " + late
                    + ". Сначала перенесите их"));
        }
    }

    private static String titles(List<ProgrammeActivity> activities) {
        return activities.stream().map(a -> "«" + a.title + "» (" + Labels.date(a.dueOn) + ")")
                .collect(Collectors.joining(", "));
    }

    private void revise(Mentorship m, Programme p, String reason, String summary) {
        ProgrammeRevision r = new ProgrammeRevision();
        r.id = UUID.randomUUID();
        r.programme = p;
        r.schoolId = p.schoolId;
        r.at = Instant.now();
        r.actorLogin = caller.username();
        r.actorName = caller.fullName();
        r.reason = reason;
        r.summary = cut(ProgrammeText.upperFirst(summary), SUMMARY_LENGTH);
        Map<String, Object> snapshot = json.convertValue(view(m, p), new TypeReference<Map<String, Object>>() {
        });
        VIEW_ONLY.forEach(snapshot::remove);
        r.snapshot = snapshot;
        r.persist();
    }

    private ProgrammeView view(Mentorship m, Programme p) {
        LocalDate today = LocalDate.now();
        List<ProgrammeView.Goal> goals = p.goals.stream().sorted(Comparator.comparingInt(g -> g.position))
                .map(g -> new ProgrammeView.Goal(g.id, g.title, g.tasks)).toList();
        List<ProgrammeView.Party> parties = new ArrayList<>();
        parties.add(party(m.mentor, PairSide.MENTOR, today));
        for (MentorshipMentee mm : m.currentMentees()) {
            parties.add(party(mm.participant, PairSide.MENTEE, today));
        }
        List<ProgrammeAction> actions = !open(m) ? List.of()
                : p.status == ProgrammeStatus.DRAFT ? List.of(ProgrammeAction.EDIT, ProgrammeAction.AGREE)
                        : List.of(ProgrammeAction.EDIT);
        return new ProgrammeView(p.id, m.id, p.schoolId, p.status, p.templateCode, templateTitle(p), p.problem,
                p.content, p.intermediateResults, p.finalResults, p.conditions, p.mode, p.meetingFrequency,
                p.meetingWeekday, p.meetingTime, p.scheduleNote, p.startsOn, p.endsOn, p.agreedOn, goals,
                sorted(p.activities).stream().map(a -> ActivityView.of(a, today)).toList(),
                ActivityDirection.of(m.form), parties,
                agreements(m, p), actions, p.createdBy, p.createdAt, p.updatedAt, p.version);
    }

    private static ProgrammeView.Party party(Participant person, PairSide side, LocalDate today) {
        return new ProgrammeView.Party(person.id, person.fullName, side,
                person.birthDate == null ? null : ParticipantRules.minorOn(person.birthDate, today));
    }

    /** The agreements as the pair lists its members: the mentor first, then the mentees by name. */
    private static List<SideAgreement> agreements(Mentorship m, Programme p) {
        return p.agreements.stream()
                .sorted(Comparator.comparing((ProgrammeAgreement a) -> !a.participant.id.equals(m.mentor.id))
                        .thenComparing(a -> a.participant.fullName))
                .map(a -> new SideAgreement(a.participant.id, a.participant.fullName,
                        a.participant.id.equals(m.mentor.id) ? PairSide.MENTOR : PairSide.MENTEE, a.givenBy,
                        a.giverName, a.agreedOn))
                .toList();
    }

    /** The plan as it is read: by due date, then in the order the activities were added. */
    private static List<ProgrammeActivity> sorted(List<ProgrammeActivity> activities) {
        return activities.stream().sorted(Comparator.comparing((ProgrammeActivity a) -> a.dueOn)
                .thenComparingInt(a -> a.position)).toList();
    }

    private String templateTitle(Programme p) {
        return p.templateCode == null ? null : templates.find(p.templateCode).map(ProgrammeTemplate::title)
                .orElse(null);
    }

    private static Optional<Programme> find(Mentorship m) {
        return Programme.<Programme>find("mentorship", m).firstResultOptional();
    }

    private static Programme existing(Mentorship m) {
        return find(m).orElseThrow(() -> ApiException.notFound("У пары ещё нет программы наставничества"));
    }

    private static ProgrammeActivity activity(Programme p, UUID activityId) {
        return p.activities.stream().filter(a -> a.id.equals(activityId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Мероприятие не найдено в плане программы"));
    }

    private static boolean open(Mentorship m) {
        return m.status == MentorshipStatus.APPROVED || m.status == MentorshipStatus.ACTIVE;
    }

    /** Once the pair has ended, its programme is the record of what was planned and done. */
    private static void editable(Mentorship m) {
        if (!open(m)) {
            throw ApiException.conflict("programme-closed", "Программа больше не меняется",
                    "Работа пары окончена (статус «" + m.status.label + "»): программа остаётся такой, какой была.");
        }
    }

    /** After agreement every change says why; before it there is nothing to explain yet. */
    private static String reason(Programme p, String reason) {
        if (p.status != ProgrammeStatus.AGREED) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "Программа уже согласована: укажите причину изменения");
        }
        return reason.trim();
    }

    private static ApiException exists() {
        return ApiException.conflict("programme-exists", "Программа уже составлена",
                "У пары может быть только одна программа наставничества: откройте и измените её.");
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }

    private static String cut(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length - 1) + "…";
    }

    /** What a revision compares of the programme's own fields. */
    private record Note(String problem, String content, String intermediateResults, String finalResults,
            String conditions, ProgrammeMode mode, String schedule, LocalDate startsOn, LocalDate endsOn,
            List<UUID> goalOrder, Map<UUID, String> goals) {

        static Note of(Programme p) {
            List<ProgrammeGoal> ordered = p.goals.stream().sorted(Comparator.comparingInt(g -> g.position)).toList();
            Map<UUID, String> goals = new LinkedHashMap<>();
            ordered.forEach(g -> goals.put(g.id, g.title + "\n" + g.tasks));
            return new Note(p.problem, p.content, p.intermediateResults, p.finalResults, p.conditions, p.mode,
                    schedule(p), p.startsOn, p.endsOn, ordered.stream().map(g -> g.id).toList(), goals);
        }

        static String schedule(Programme p) {
            List<String> parts = new ArrayList<>(List.of(p.meetingFrequency.label));
            if (p.meetingWeekday != null) {
                parts.add(ProgrammeText.weekday(p.meetingWeekday));
            }
            if (p.meetingTime != null) {
                parts.add(ProgrammeText.time(p.meetingTime));
            }
            if (p.scheduleNote != null) {
                parts.add(p.scheduleNote);
            }
            return String.join(", ", parts);
        }

        /** The changes from this state to the next, in plain Russian. */
        List<String> changes(Note next) {
            List<String> changes = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            if (!problem.equals(next.problem)) {
                texts.add("описание проблемы");
            }
            if (!content.equals(next.content)) {
                texts.add("содержание деятельности");
            }
            if (!intermediateResults.equals(next.intermediateResults)) {
                texts.add("промежуточные результаты");
            }
            if (!finalResults.equals(next.finalResults)) {
                texts.add("планируемые результаты");
            }
            if (!conditions.equals(next.conditions)) {
                texts.add("условия обучения");
            }
            if (!texts.isEmpty()) {
                changes.add("изменены " + String.join(", ", texts));
            }
            if (mode != next.mode) {
                changes.add("режим работы: " + mode.label + " → " + next.mode.label);
            }
            if (!schedule.equals(next.schedule)) {
                changes.add("расписание встреч: " + schedule + " → " + next.schedule);
            }
            if (!startsOn.equals(next.startsOn) || !endsOn.equals(next.endsOn)) {
                changes.add("срок программы: " + Labels.date(startsOn) + " — " + Labels.date(endsOn) + " → "
                        + Labels.date(next.startsOn) + " — " + Labels.date(next.endsOn));
            }
            next.goals.forEach((id, goal) -> {
                if (!goals.containsKey(id)) {
                    changes.add("добавлена цель «" + title(goal) + "»");
                } else if (!goals.get(id).equals(goal)) {
                    changes.add("изменена цель «" + title(goal) + "»");
                }
            });
            goals.forEach((id, goal) -> {
                if (!next.goals.containsKey(id)) {
                    changes.add("удалена цель «" + title(goal) + "»");
                }
            });
            List<UUID> stayed = goalOrder.stream().filter(next.goals::containsKey).toList();
            if (!stayed.equals(next.goalOrder.stream().filter(goals::containsKey).toList())) {
                changes.add("изменён порядок целей");
            }
            return changes;
        }

        private static String title(String goal) {
            return goal.substring(0, goal.indexOf('\n'));
        }
    }

    /** What a revision compares of an activity: the plan's fields, and its progress, which is not a change of it. */
    private record Step(String title, String description, ActivityDirection direction, LocalDate dueOn,
            Performer performer, UUID goal, boolean cancelled) {

        static Step of(ProgrammeActivity a) {
            return new Step(a.title, a.description, a.direction, a.dueOn, a.performer,
                    a.goal == null ? null : a.goal.id, a.status == ActivityStatus.CANCELLED);
        }

        List<String> planChanges(Step next) {
            List<String> changes = new ArrayList<>();
            if (!title.equals(next.title)) {
                changes.add("название: «" + next.title + "»");
            }
            if (!description.equals(next.description)) {
                changes.add("описание");
            }
            if (direction != next.direction) {
                changes.add("направление: " + direction.label + " → " + next.direction.label);
            }
            if (!dueOn.equals(next.dueOn)) {
                changes.add("срок: " + Labels.date(dueOn) + " → " + Labels.date(next.dueOn));
            }
            if (performer != next.performer) {
                changes.add("кто выполняет: " + performer.label + " → " + next.performer.label);
            }
            if (!Objects.equals(goal, next.goal)) {
                changes.add("цель");
            }
            if (cancelled != next.cancelled) {
                changes.add(next.cancelled ? "отменено" : "снова в плане");
            }
            return changes;
        }
    }
}
