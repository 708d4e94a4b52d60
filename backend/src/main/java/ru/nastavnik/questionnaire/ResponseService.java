package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.participant.Competency;
import ru.nastavnik.participant.ConsentWithdrawn;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantService;

/** Filled questionnaires: validated against their template version, immutable, and fed into the profile. */
@ApplicationScoped
@Transactional
@RowScoped
public class ResponseService {

    private static final Map<String, String> RESPONSE_SORTS = Map.of("submittedAt", "r.submittedAt",
            "participantName", "r.participant.fullName");

    @Inject
    ParticipantService participants;

    @Inject
    QuestionnaireService templates;

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public ResponseView submitOnBehalf(UUID schoolId, UUID participantId, ResponseInput input) {
        Participant p = participants.consented(schoolId, participantId);
        QuestionnaireTemplate t;
        try {
            t = templates.find(input.templateId());
        } catch (ApiException notFound) {
            throw ApiException.invalid("templateId", "Анкета не найдена");
        }
        return ResponseView.of(record(p, t, input.answers(), ResponseChannel.PAPER, caller.username()));
    }

    public List<ResponseView> list(UUID schoolId, UUID participantId) {
        Participant p = participants.consented(schoolId, participantId);
        return QuestionnaireResponse.<QuestionnaireResponse>find("participant", Sort.descending("submittedAt"), p)
                .stream().map(ResponseView::of).toList();
    }

    public ResponseView get(UUID schoolId, UUID participantId, UUID responseId) {
        Participant p = participants.consented(schoolId, participantId);
        return QuestionnaireResponse.<QuestionnaireResponse>find("participant = ?1 and id = ?2", p, responseId)
                .firstResultOptional().map(ResponseView::of)
                .orElseThrow(() -> ApiException.notFound("Анкета не найдена"));
    }

    /** Saves a response after every check, supersedes the previous one and updates the participant's profile. */
    QuestionnaireResponse record(Participant p, QuestionnaireTemplate t, Map<String, JsonNode> answers,
            ResponseChannel channel, String enteredBy) {
        if (t.status != TemplateStatus.PUBLISHED) {
            throw ApiException.conflict("template-not-published", "Анкета не опубликована",
                    "Ответы принимаются только на действующую опубликованную версию анкеты.");
        }
        checkAudience(p, t);
        List<FieldError> errors = AnswerRules.check(t.questions, answers, context(p));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.id = UUID.randomUUID();
        r.template = t;
        r.familyId = t.familyId;
        r.participant = p;
        r.schoolId = p.school.id;
        r.channel = channel;
        r.enteredBy = enteredBy;
        r.submittedAt = Instant.now();
        r.answers = new LinkedHashMap<>(answers);
        r.persist();
        QuestionnaireResponse.update("supersededBy = ?1 where participant = ?2 and familyId = ?3 and id <> ?1"
                + " and supersededBy is null", r.id, p, t.familyId);
        feedProfile(p, t, answers);
        em.flush();
        return r;
    }

    public ResponsePage responses(UUID schoolId, UUID templateId, PageQuery paging) {
        scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        QuestionnaireTemplate t = templates.find(templateId);
        PanacheQuery<QuestionnaireResponse> query = QuestionnaireResponse.<QuestionnaireResponse>find(
                "from QuestionnaireResponse r where r.template = ?1 and r.schoolId = ?2"
                        + " and r.supersededBy is null and r.erasedAt is null",
                paging.toSort(RESPONSE_SORTS, "submittedAt", "r.id"), t, schoolId)
                .page(paging.toPage());
        return new ResponsePage(query.list().stream().map(ResponseView::of).toList(), query.count(), paging.page,
                paging.size);
    }

    public TemplateSummary summary(UUID schoolId, UUID templateId) {
        scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        QuestionnaireTemplate t = templates.find(templateId);
        List<QuestionnaireResponse> current = QuestionnaireResponse.list(
                "template = ?1 and schoolId = ?2 and supersededBy is null and erasedAt is null", t, schoolId);
        Map<String, String> competencyNames = new LinkedHashMap<>();
        Competency.<Competency>listAll().forEach(c -> competencyNames.put(c.code, c.name));
        List<TemplateSummary.QuestionSummary> questions = new ArrayList<>();
        for (Question q : t.questions) {
            questions.add(summarise(q, current, competencyNames));
        }
        return new TemplateSummary(t.id, t.title, current.size(), questions);
    }

    void erase(@Observes ConsentWithdrawn event) {
        QuestionnaireResponse.update("answers = ?1, erasedAt = ?2 where participant.id = ?3 and erasedAt is null",
                Map.of(), Instant.now(), event.participantId());
    }

    private static TemplateSummary.QuestionSummary summarise(Question q, List<QuestionnaireResponse> responses,
            Map<String, String> competencyNames) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (q.options() != null) {
            q.options().forEach(o -> labels.put(o.value(), o.label()));
        }
        if (q.type() == QuestionType.SCALE) {
            for (int v = q.min(); v <= q.max(); v++) {
                labels.put(String.valueOf(v), String.valueOf(v));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        labels.keySet().forEach(k -> counts.put(k, 0L));
        long answered = 0;
        double sum = 0;
        for (QuestionnaireResponse r : responses) {
            JsonNode a = r.answers.get(q.id());
            if (a == null || a.isNull()) {
                continue;
            }
            answered++;
            if (q.type() == QuestionType.SCALE) {
                sum += a.asInt();
            }
            Iterable<JsonNode> values = a.isArray() ? a : List.of(a);
            if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE
                    || q.type() == QuestionType.SCALE || q.type() == QuestionType.COMPETENCIES) {
                StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText)
                        .forEach(v -> counts.merge(v, 1L, Long::sum));
            }
        }
        List<TemplateSummary.AnswerCount> list = counts.entrySet().stream()
                .map(e -> new TemplateSummary.AnswerCount(e.getKey(),
                        labels.getOrDefault(e.getKey(), competencyNames.getOrDefault(e.getKey(), e.getKey())),
                        e.getValue()))
                .toList();
        Double average = q.type() == QuestionType.SCALE && answered > 0 ? sum / answered : null;
        return new TemplateSummary.QuestionSummary(q.id(), q.text(), q.type(), answered, list, average);
    }

    static void checkAudience(Participant p, QuestionnaireTemplate t) {
        boolean fits = switch (t.audience) {
            case MENTOR -> p.mentorCandidate;
            case MENTEE -> p.menteeCandidate;
            case BOTH -> p.mentorCandidate || p.menteeCandidate;
            case CURATOR -> false;
        };
        if (!fits) {
            throw ApiException.invalid("templateId", switch (t.audience) {
                case MENTOR -> "Эта анкета для наставников, а участник не кандидат в наставники";
                case MENTEE -> "Эта анкета для наставляемых, а участник не кандидат в наставляемые";
                case BOTH -> "Участник не кандидат ни в наставники, ни в наставляемые";
                case CURATOR -> "Эту анкету заполняет куратор, а не участник";
            });
        }
    }

    private AnswerRules.Context context(Participant p) {
        return new AnswerRules.Context() {
            @Override
            public boolean knownCompetencies(Set<String> codes) {
                return Competency.count("code in ?1", codes) == codes.size();
            }

            @Override
            public boolean rankable(Set<UUID> ids) {
                return !ids.contains(p.id) && Participant.count("school = ?1 and id in ?2", p.school, ids) == ids.size();
            }
        };
    }

    /**
     * Answers that matching needs go into the profile: competencies, requests, difficulties, time, capacity, forms
     * and the ranked preferences. A questionnaire written for one form also records that form as accepted or wanted.
     */
    private static void feedProfile(Participant p, QuestionnaireTemplate t, Map<String, JsonNode> answers) {
        for (Question q : t.questions) {
            JsonNode a = answers.get(q.id());
            if (q.feeds() == null || a == null || a.isNull()) {
                continue;
            }
            switch (q.feeds()) {
                case "competencies" -> p.competencies = new ArrayList<>(codes(a));
                case "requests" -> p.requests = new ArrayList<>(codes(a));
                case "difficulties" -> p.difficulties = a.asText().trim();
                case "availability" -> p.availability = a.asText().trim();
                case "capacity" -> p.capacity = Integer.parseInt(a.asText());
                case "formsAccepted" -> p.formsAccepted = new ArrayList<>(codes(a));
                case "desiredForms" -> p.desiredForms = new ArrayList<>(codes(a));
                case "preferences" -> p.preferences = new ArrayList<>(codes(a).stream().map(UUID::fromString).toList());
                default -> throw new IllegalStateException("Unknown profile field " + q.feeds());
            }
        }
        if (t.form != null) {
            if (t.audience == Audience.MENTOR) {
                p.formsAccepted = withForm(p.formsAccepted, t.form.name());
            } else if (t.audience == Audience.MENTEE) {
                p.desiredForms = withForm(p.desiredForms, t.form.name());
            }
        }
    }

    private static List<String> withForm(List<String> forms, String form) {
        List<String> result = new ArrayList<>(forms);
        if (!result.contains(form)) {
            result.add(form);
        }
        return result;
    }

    /** What entering a response collected elsewhere did. */
    public enum Entered {
        CREATED, REPLACED, UNCHANGED
    }

    /** A published questionnaire version the caller may enter answers to; its questions become a file's columns. */
    public List<Question> questionsForEntry(UUID templateId) {
        QuestionnaireTemplate t = templates.find(templateId);
        if (t.status != TemplateStatus.PUBLISHED) {
            throw ApiException.conflict("template-not-published", "Анкета не опубликована",
                    "Ответы принимаются только на действующую опубликованную версию анкеты.");
        }
        return t.questions;
    }

    /**
     * Enters answers collected outside the system, checked like a paper questionnaire, unless the participant's
     * current response to the same version already says the same: entering the same file twice changes nothing.
     */
    public Entered enter(UUID schoolId, UUID participantId, UUID templateId, Map<String, JsonNode> answers) {
        Participant p = participants.consented(schoolId, participantId);
        QuestionnaireTemplate t = templates.find(templateId);
        QuestionnaireResponse current = QuestionnaireResponse.<QuestionnaireResponse>find(
                "participant = ?1 and familyId = ?2 and supersededBy is null and erasedAt is null", p, t.familyId)
                .firstResult();
        if (current != null && current.template.id.equals(t.id) && current.answers.equals(answers)) {
            return Entered.UNCHANGED;
        }
        record(p, t, answers, ResponseChannel.PAPER, caller.username());
        return current == null ? Entered.CREATED : Entered.REPLACED;
    }

    private static Set<String> codes(JsonNode a) {
        Set<String> values = new java.util.LinkedHashSet<>();
        a.forEach(item -> values.add(item.asText()));
        return values;
    }
}
