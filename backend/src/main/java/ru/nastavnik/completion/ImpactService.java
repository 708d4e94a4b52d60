package ru.nastavnik.completion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.questionnaire.QuestionType;
import ru.nastavnik.questionnaire.QuestionnaireResponse;
import ru.nastavnik.questionnaire.QuestionnaireTemplate;

/** The programme's impact on a pair's mentees and across a school, by the rules of {@link Impact}. */
@ApplicationScoped
@Transactional
@RowScoped
public class ImpactService {

    /** The built-in entry self-assessment (V5), which completion repeats as the final measurement. */
    static final UUID ENTRY_FAMILY = UUID.fromString("60000000-0000-0000-0000-000000000008");

    /** Responses carry an instant and pairs a date: the day of a response is taken where the regions' day is. */
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    @Inject
    MentorshipService mentorships;

    public MentorshipImpactView forPair(UUID schoolId, UUID mentorshipId) {
        MentorshipView m = mentorships.get(schoolId, mentorshipId);
        List<MentorshipImpactView.Mentee> views = new ArrayList<>();
        comparisons(m).forEach((p, c) -> views.add(view(p, c)));
        return new MentorshipImpactView(m.id(), title(ENTRY_FAMILY), views);
    }

    /** The comparison of each mentee still in the pair, by name. */
    Map<MentorshipView.Member, Impact.Comparison> comparisons(MentorshipView m) {
        Map<UUID, List<Impact.Taken>> taken = responses(current(m).stream().map(MentorshipView.Member::id).toList(),
                ENTRY_FAMILY);
        Map<MentorshipView.Member, Impact.Comparison> result = new LinkedHashMap<>();
        current(m).forEach(p -> result.put(p, compare(m, taken, p)));
        return result;
    }

    public SchoolImpactView forSchool(UUID schoolId, MentoringForm form, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("to", "Конец периода раньше его начала");
        }
        List<MentorshipView> pairs = mentorships
                .listAll(schoolId, null, MentorshipStatus.COMPLETED, form, null, null, new PageQuery()).stream()
                .filter(m -> (from == null || !m.endedOn().isBefore(from)) && (to == null || !m.endedOn().isAfter(to)))
                .toList();
        Map<UUID, List<Impact.Taken>> taken = responses(pairs.stream().flatMap(m -> current(m).stream())
                .map(MentorshipView.Member::id).distinct().toList(), ENTRY_FAMILY);
        List<Impact.Comparison> comparisons = new ArrayList<>();
        int measuredPairs = 0;
        for (MentorshipView m : pairs) {
            boolean measured = false;
            for (MentorshipView.Member p : current(m)) {
                Impact.Comparison c = compare(m, taken, p);
                comparisons.add(c);
                measured |= c.overall() != null;
            }
            measuredPairs += measured ? 1 : 0;
        }
        Impact.Summary s = Impact.summarise(comparisons);
        List<SchoolImpactView.Question> questions = s.questions().stream()
                .map(q -> new SchoolImpactView.Question(q.question().id(), q.question().text(), q.mentees(),
                        q.entryMean(), q.finalMean(), q.meanChange()))
                .toList();
        return new SchoolImpactView(form, from, to, pairs.size(), measuredPairs, s.measured(), s.improved(),
                s.improvedShare(), s.overallChange(), questions);
    }

    /**
     * Every response of these participants to a questionnaire family, oldest first, superseded ones included (each
     * is a measurement in time) and erased ones left out (consent withdrawn: nothing of them may be used).
     */
    Map<UUID, List<Impact.Taken>> responses(Collection<UUID> participantIds, UUID family) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        List<QuestionnaireResponse> rows = QuestionnaireResponse.<QuestionnaireResponse>find(
                "from QuestionnaireResponse r join fetch r.template where r.participant.id in ?1 and r.familyId = ?2"
                        + " and r.erasedAt is null",
                Sort.by("r.submittedAt").and("r.id"), participantIds, family).list();
        Map<UUID, List<Impact.Taken>> result = new HashMap<>();
        for (QuestionnaireResponse r : rows) {
            List<Impact.Question> questions = r.template.questions.stream()
                    .filter(q -> q.type() == QuestionType.SCALE)
                    .map(q -> new Impact.Question(q.id(), q.text(), q.min() == null ? 1 : q.min(),
                            q.max() == null ? 10 : q.max()))
                    .toList();
            Map<String, Integer> scores = new HashMap<>();
            for (Impact.Question q : questions) {
                JsonNode a = r.answers.get(q.id());
                if (a != null && a.canConvertToInt()) {
                    scores.put(q.id(), a.intValue());
                }
            }
            result.computeIfAbsent(r.participant.id, k -> new ArrayList<>()).add(new Impact.Taken(r.id,
                    r.submittedAt, r.submittedAt.atZone(ZONE).toLocalDate(), questions, scores));
        }
        return result;
    }

    private static Impact.Comparison compare(MentorshipView m, Map<UUID, List<Impact.Taken>> taken,
            MentorshipView.Member p) {
        return Impact.compare(taken.getOrDefault(p.id(), List.of()), start(m), m.endedOn());
    }

    /** The title of a questionnaire family's newest version. */
    static String title(UUID family) {
        return QuestionnaireTemplate.<QuestionnaireTemplate>find("familyId", Sort.descending("versionNo"), family)
                .firstResultOptional().map(t -> t.title).orElse("");
    }

    /** The measurement starts with the pair's work; a pair not yet started is measured from its planned start. */
    static LocalDate start(MentorshipView m) {
        return m.startedOn() != null ? m.startedOn() : m.plannedStart();
    }

    /** The mentees still in the pair: one who left a group withdrew consent, and their answers are erased. */
    static List<MentorshipView.Member> current(MentorshipView m) {
        return m.mentees().stream().filter(p -> p.removedOn() == null).toList();
    }

    private static MentorshipImpactView.Mentee view(MentorshipView.Member p, Impact.Comparison c) {
        ImpactStatus status = c.entry() == null ? ImpactStatus.NO_DATA
                : c.fin() == null ? ImpactStatus.SINGLE_MEASUREMENT : ImpactStatus.MEASURED;
        List<MentorshipImpactView.Question> questions = c.changes().stream()
                .map(ch -> new MentorshipImpactView.Question(ch.question().id(), ch.question().text(),
                        ch.question().min(), ch.question().max(), ch.entry(), ch.fin(), ch.change()))
                .toList();
        return new MentorshipImpactView.Mentee(p.id(), p.fullName(), status,
                c.entry() == null ? null : c.entry().at(), c.fin() == null ? null : c.fin().at(), questions,
                c.overall());
    }
}
