package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.TransactionScope;
import ru.nastavnik.participant.Competency;
import ru.nastavnik.participant.CompetencyView;
import ru.nastavnik.participant.Consent;
import ru.nastavnik.participant.Participant;

/**
 * The fill page, reached by a link's token with no account. The token opens exactly one questionnaire for one
 * participant: the transaction is scoped to the link's school and touches only that link, its participant and the
 * people a ranking question may name.
 */
@ApplicationScoped
@Transactional
public class PublicFillService {

    @Inject
    TransactionScope scope;

    @Inject
    ResponseService responses;

    @Inject
    AuditLog audit;

    public FillFormView open(String token) {
        FillLink link = usable(token, false);
        QuestionnaireTemplate t = link.template;
        boolean asksCompetencies = t.questions.stream().anyMatch(q -> q.type() == QuestionType.COMPETENCIES);
        boolean ranks = t.questions.stream().anyMatch(q -> q.type() == QuestionType.RANKING);
        List<CompetencyView> competencies = asksCompetencies
                ? Competency.<Competency>listAll(Sort.by("sortOrder")).stream()
                        .map(c -> new CompetencyView(c.code, c.name, c.area)).toList()
                : List.of();
        return new FillFormView(t.title, t.description, link.participant.fullName, link.expiresAt, t.questions,
                competencies, ranks ? candidates(link.participant) : List.of());
    }

    public FillReceipt submit(String token, FillSubmission submission) {
        FillLink link = usable(token, true);
        QuestionnaireResponse r = responses.record(link.participant, link.template, submission.answers(),
                ResponseChannel.LINK, "по личной ссылке");
        link.usedAt = r.submittedAt;
        link.responseId = r.id;
        audit.concerning(link.participant.id);
        return new FillReceipt(link.template.title, r.submittedAt);
    }

    /** Finds the link and refuses, each with its own clear reason, anything that is not a link in force. */
    private FillLink usable(String token, boolean lock) {
        String hash = scope.applyLinkSchool(token, "fill_link_school").orElseThrow(PublicFillService::unknown);
        var query = FillLink.<FillLink>find("tokenHash", hash);
        FillLink link = (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional()
                .orElseThrow(PublicFillService::unknown);
        switch (link.status(Instant.now())) {
            case USED -> throw gone("fill-link-used", "Анкета уже заполнена",
                    "По этой ссылке анкету уже отправили. Если нужно изменить ответы, попросите куратора прислать "
                            + "новую ссылку.");
            case REVOKED -> throw gone("fill-link-revoked", "Ссылка отозвана",
                    "Куратор отозвал эту ссылку. Попросите прислать новую.");
            case EXPIRED -> throw gone("fill-link-expired", "Срок действия ссылки истёк",
                    "Попросите куратора программы прислать новую ссылку.");
            case ACTIVE -> {
            }
        }
        if (link.template.status != TemplateStatus.PUBLISHED) {
            throw gone("fill-link-outdated", "Анкета обновлена",
                    "Вышла новая версия анкеты. Попросите куратора прислать новую ссылку.");
        }
        if (Consent.count("participant = ?1 and withdrawnOn is null", link.participant) == 0) {
            throw gone("fill-link-revoked", "Ссылка отозвана", "Ссылка больше не действует.");
        }
        return link;
    }

    /** The other side of the programme in the same school, with consent: the people one met at the group meeting. */
    private static List<FillFormView.RankCandidate> candidates(Participant p) {
        String side = p.mentorCandidate && p.menteeCandidate ? "(c.mentorCandidate = true or c.menteeCandidate = true)"
                : p.menteeCandidate ? "c.mentorCandidate = true" : "c.menteeCandidate = true";
        return Participant.<Participant>find("from Participant c where c.school = ?1 and c.id <> ?2 and " + side
                + " and c.id in (select k.participant.id from Consent k where k.withdrawnOn is null)"
                + " order by c.fullName, c.id", p.school, p.id).stream()
                .map(c -> new FillFormView.RankCandidate(c.id, c.fullName)).toList();
    }

    private static ApiException unknown() {
        return new ApiException(404, "fill-link-unknown", "Ссылка не найдена",
                "Проверьте, что адрес скопирован полностью, или попросите куратора прислать новую ссылку.", null);
    }

    private static ApiException gone(String kind, String title, String detail) {
        return new ApiException(410, kind, title, detail, null);
    }
}
