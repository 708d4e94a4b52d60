package ru.nastavnik.completion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.diary.Meeting;
import ru.nastavnik.diary.MeetingKind;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderContent;
import ru.nastavnik.plan.Programme;

/** The final report of a completed pair, as Word and PDF from one {@link ReportText}. */
@ApplicationScoped
@Transactional
@RowScoped
public class ReportService {

    /** The completion questionnaires built in by V5: the mentee's and the mentor's satisfaction, and quality. */
    static final UUID MENTEE_SATISFACTION = UUID.fromString("60000000-0000-0000-0000-000000000005");
    static final UUID MENTOR_SATISFACTION = UUID.fromString("60000000-0000-0000-0000-000000000006");
    static final UUID QUALITY = UUID.fromString("60000000-0000-0000-0000-000000000007");


    @Inject
    MentorshipService mentorships;

    @Inject
    ImpactService impact;

    public Document docx(UUID schoolId, UUID mentorshipId) {
        ReportFacts facts = facts(schoolId, mentorshipId);
        return Document.docx(fileName(facts), ReportText.blocks(facts));
    }

    public Document pdf(UUID schoolId, UUID mentorshipId) {
        ReportFacts facts = facts(schoolId, mentorshipId);
        return Document.pdf(fileName(facts), ReportText.blocks(facts));
    }

    ReportFacts facts(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Completion c = m.status == MentorshipStatus.COMPLETED ? Completion.findById(m.id) : null;
        if (c == null) {
            throw ApiException.conflict("not-completed", "Отчёт составляется по итогам завершения",
                    "Отчёт о реализации программы формируется для пары, завершённой с записью итогов.");
        }
        MentorshipView view = mentorships.get(schoolId, mentorshipId);
        Optional<Programme> programme = CompletionService.programme(m);
        Map<UUID, GoalOutcome> results = new LinkedHashMap<>();
        c.goals.forEach(g -> results.put(g.goalId, g));
        List<ReportFacts.Goal> goals = programme.map(p -> p.goals).orElse(List.of()).stream()
                .filter(g -> results.containsKey(g.id))
                .map(g -> new ReportFacts.Goal(g.title, g.tasks, results.get(g.id).result, results.get(g.id).note))
                .toList();
        List<ReportFacts.Activity> activities = programme.map(p -> p.activities).orElse(List.of()).stream()
                .map(a -> new ReportFacts.Activity(a.title, a.dueOn, a.status, a.result, a.doneOn)).toList();
        Map<MeetingKind, Long> held = new EnumMap<>(MeetingKind.class);
        Meeting.<Meeting>list("mentorship = ?1 and held = true", m).forEach(x -> held.merge(x.kind, 1L, Long::sum));
        OrderContent order = m.order == null ? null : m.order.content;
        Map<String, Impact.Comparison> comparisons = new LinkedHashMap<>();
        impact.comparisons(view).forEach((p, comparison) -> comparisons.put(p.fullName(), comparison));
        return new ReportFacts(m.school.fullName, m.school.shortName, view,
                order == null ? null : order.curatorName(), order == null ? null : order.curatorPosition(),
                programme.isPresent(), goals, activities, held,
                CompletionService.finalMeeting(m).map(x -> x.heldOn).orElse(null), c.completedOn, c.finalMeetingHeld,
                c.comment, ImpactService.title(ImpactService.ENTRY_FAMILY), comparisons, satisfaction(view));
    }

    /**
     * The completion questionnaires the pair's people answered since the pair started, each person's latest
     * answer counted once: per scale question, the mean of their scores.
     */
    private List<ReportFacts.Satisfaction> satisfaction(MentorshipView m) {
        List<UUID> mentees = ImpactService.current(m).stream().map(MentorshipView.Member::id).toList();
        List<UUID> everyone = new ArrayList<>(mentees);
        everyone.add(m.mentor().id());
        List<ReportFacts.Satisfaction> result = new ArrayList<>();
        summary(MENTEE_SATISFACTION, mentees, m).ifPresent(result::add);
        summary(MENTOR_SATISFACTION, List.of(m.mentor().id()), m).ifPresent(result::add);
        summary(QUALITY, everyone, m).ifPresent(result::add);
        return result;
    }

    private Optional<ReportFacts.Satisfaction> summary(UUID family, List<UUID> people, MentorshipView m) {
        List<Impact.Taken> latest = new ArrayList<>();
        impact.responses(people, family).values().forEach(list -> list.stream()
                .filter(t -> !t.on().isBefore(ImpactService.start(m))).reduce((earlier, later) -> later)
                .ifPresent(latest::add));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Impact.Question> questions = new LinkedHashMap<>();
        latest.forEach(t -> t.questions().forEach(q -> questions.putIfAbsent(q.id(), q)));
        List<ReportFacts.Score> scores = new ArrayList<>();
        for (Impact.Question q : questions.values()) {
            List<Integer> given = latest.stream().map(t -> t.scores().get(q.id())).filter(s -> s != null).toList();
            if (!given.isEmpty()) {
                scores.add(new ReportFacts.Score(q.text(), Impact.mean(given), q.max()));
            }
        }
        return Optional.of(new ReportFacts.Satisfaction(ImpactService.title(family), latest.size(), scores));
    }

    private static String fileName(ReportFacts f) {
        return "Отчёт о реализации программы наставничества — " + f.pair().mentor().fullName();
    }
}
