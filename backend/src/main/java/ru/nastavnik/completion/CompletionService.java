package ru.nastavnik.completion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.diary.Meeting;
import ru.nastavnik.diary.MeetingKind;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipOutcome;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.plan.Programme;
import ru.nastavnik.plan.ProgrammeGoal;

/**
 * The completion wizard's rules. A pair is completed only with its outcome (a reason unless it was effective),
 * whether the final meeting took place (as the diary has it) and, when it works by a personalised programme, a
 * result for every goal of it; then {@link MentorshipService} completes it in the same transaction.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class CompletionService {

    @Inject
    MentorshipService mentorships;

    @Inject
    Caller caller;

    public MentorshipView complete(UUID schoolId, UUID mentorshipId, CompletionInput input) {
        Mentorship m = mentorships.toComplete(schoolId, mentorshipId, input.version());
        List<FieldError> errors = new ArrayList<>();
        LocalDate endedOn = input.endedOn() != null ? input.endedOn() : LocalDate.now();
        String dateError = MentorshipService.endDateError(m, endedOn);
        if (dateError != null) {
            errors.add(new FieldError("endedOn", dateError));
        }
        if (input.outcome() == null) {
            errors.add(new FieldError("outcome", "Выберите итог работы пары"));
        } else if (input.outcome() != MentorshipOutcome.EFFECTIVE && blank(input.outcomeReason())) {
            errors.add(new FieldError("outcomeReason", "Объясните, почему работа пары эффективна не вполне"));
        }
        Optional<Meeting> finalMeeting = finalMeeting(m);
        if (input.finalMeetingHeld() == null) {
            errors.add(new FieldError("finalMeetingHeld", "Укажите, состоялась ли итоговая встреча"));
        } else if (!input.finalMeetingHeld() && finalMeeting.isPresent()) {
            errors.add(new FieldError("finalMeetingHeld", "В дневнике записана итоговая встреча "
                    + Labels.date(finalMeeting.get().heldOn) + ": если её не было, исправьте дневник"));
        }
        List<GoalOutcome> goals = goalOutcomes(m, input.goals(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Completion c = new Completion();
        c.mentorshipId = m.id;
        c.schoolId = m.school.id;
        c.completedOn = endedOn;
        c.finalMeetingHeld = input.finalMeetingHeld();
        c.comment = blank(input.comment()) ? null : input.comment().trim();
        c.goals = goals;
        c.recordedLogin = caller.username();
        c.recordedBy = caller.fullName();
        c.persist();
        return mentorships.complete(m, endedOn, input.outcome(), input.outcomeReason(), input.comment());
    }

    /**
     * What the pair's completion recorded; for an active pair, the wizard's starting point: the programme's goals
     * without results and the final meeting as the diary has it. Pairs that have not started, were terminated or
     * were completed before completions were recorded have none.
     */
    public CompletionView get(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Optional<Meeting> meeting = finalMeeting(m);
        CompletionView.FinalMeeting finalMeeting = meeting
                .map(x -> new CompletionView.FinalMeeting(x.id, x.heldOn, x.topic)).orElse(null);
        Optional<Programme> programme = programme(m);
        List<ProgrammeGoal> programmeGoals = programme.map(p -> p.goals).orElse(List.of());
        boolean hasProgramme = programme.isPresent();
        if (m.status == MentorshipStatus.ACTIVE) {
            List<CompletionView.Goal> goals = programmeGoals.stream()
                    .map(g -> new CompletionView.Goal(g.id, g.title, g.tasks, null, "")).toList();
            return new CompletionView(m.id, false, null, null, null, meeting.isPresent(), finalMeeting, hasProgramme,
                    goals, null, null, null, m.version);
        }
        Completion c = m.status == MentorshipStatus.COMPLETED ? Completion.findById(m.id) : null;
        if (c == null) {
            throw ApiException.notFound(switch (m.status) {
                case TERMINATED -> "Пара прекращена досрочно: итогов завершения у неё нет";
                case COMPLETED -> "Пара завершена без записи итогов";
                default -> "Пара ещё не начала работу: итоги подводятся при её завершении";
            });
        }
        Map<UUID, GoalOutcome> results = new HashMap<>();
        c.goals.forEach(g -> results.put(g.goalId, g));
        List<CompletionView.Goal> goals = programmeGoals.stream().filter(g -> results.containsKey(g.id))
                .map(g -> new CompletionView.Goal(g.id, g.title, g.tasks, results.get(g.id).result,
                        results.get(g.id).note))
                .toList();
        return new CompletionView(m.id, true, c.completedOn, m.outcome, m.outcomeReason, c.finalMeetingHeld,
                finalMeeting, hasProgramme, goals, c.comment, c.recordedBy, c.recordedAt, m.version);
    }

    /** The latest final meeting the diary says was held. */
    static Optional<Meeting> finalMeeting(Mentorship m) {
        return Meeting.<Meeting>find("mentorship = ?1 and kind = ?2 and held = true",
                Sort.descending("heldOn").and("id"), m, MeetingKind.FINAL).firstResultOptional();
    }

    static Optional<Programme> programme(Mentorship m) {
        return Programme.<Programme>find("mentorship", m).firstResultOptional();
    }

    /**
     * One result for every goal of the programme and for nothing else. The wizard sends them in the programme's
     * order, so a goal left without one is named {@code goals[i]} after its place in the programme.
     */
    private static List<GoalOutcome> goalOutcomes(Mentorship m, List<GoalResultInput> sent, List<FieldError> errors) {
        Optional<Programme> programme = programme(m);
        List<ProgrammeGoal> goals = programme.map(p -> p.goals).orElse(List.of());
        Map<UUID, ProgrammeGoal> byId = new HashMap<>();
        goals.forEach(g -> byId.put(g.id, g));
        List<GoalResultInput> inputs = sent == null ? List.of() : sent;
        Set<UUID> seen = new HashSet<>();
        List<GoalOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String field = "goals[" + i + "]";
            GoalResultInput in = inputs.get(i);
            if (in == null || in.goalId() == null) {
                errors.add(new FieldError(field + ".goalId", "Укажите цель программы"));
                continue;
            }
            ProgrammeGoal goal = byId.get(in.goalId());
            if (goal == null) {
                errors.add(new FieldError(field + ".goalId", programme.isEmpty()
                        ? "У пары нет персонализированной программы: итоги по целям не нужны"
                        : "Такой цели нет в программе пары"));
                continue;
            }
            if (!seen.add(goal.id)) {
                errors.add(new FieldError(field + ".goalId", "Итог цели «" + goal.title + "» уже указан"));
                continue;
            }
            if (in.result() == null) {
                errors.add(new FieldError(field + ".result", "Укажите, достигнута ли цель «" + goal.title + "»"));
                continue;
            }
            GoalOutcome o = new GoalOutcome();
            o.goalId = goal.id;
            o.schoolId = m.school.id;
            o.result = in.result();
            o.note = blank(in.note()) ? "" : in.note().trim();
            outcomes.add(o);
        }
        for (int i = 0; i < goals.size(); i++) {
            if (!seen.contains(goals.get(i).id)) {
                errors.add(new FieldError("goals[" + i + "]", "Нет итога по цели «" + goals.get(i).title + "»"));
            }
        }
        return outcomes;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
