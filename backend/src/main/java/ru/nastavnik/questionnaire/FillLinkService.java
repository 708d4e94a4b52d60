package ru.nastavnik.questionnaire;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.SecretTokens;
import ru.nastavnik.participant.ConsentWithdrawn;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantService;

/** The curator's side of fill links: sending one, seeing what became of it, revoking it. */
@ApplicationScoped
@Transactional
@RowScoped
public class FillLinkService {

    static final int DEFAULT_VALID_DAYS = 14;

    @Inject
    ParticipantService participants;

    @Inject
    QuestionnaireService templates;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "nastavnik.web-url")
    String webUrl;

    /** A new link replaces any link still in force for the same participant and questionnaire. */
    public FillLinkView create(UUID schoolId, UUID participantId, FillLinkInput input) {
        Participant p = participants.consented(schoolId, participantId);
        QuestionnaireTemplate t;
        try {
            t = templates.find(input.templateId());
        } catch (ApiException notFound) {
            throw ApiException.invalid("templateId", "Анкета не найдена");
        }
        if (t.status != TemplateStatus.PUBLISHED) {
            throw ApiException.invalid("templateId", "Отправить можно только опубликованную версию анкеты");
        }
        ResponseService.checkAudience(p, t);
        Instant now = Instant.now();
        FillLink.update("revokedAt = ?1 where participant = ?2 and revokedAt is null and usedAt is null and expiresAt > ?1"
                + " and template.id in (select t.id from QuestionnaireTemplate t where t.familyId = ?3)", now, p, t.familyId);
        String token = SecretTokens.newToken();
        FillLink link = new FillLink();
        link.id = UUID.randomUUID();
        link.tokenHash = SecretTokens.hash(token);
        link.schoolId = p.school.id;
        link.participant = p;
        link.template = t;
        link.createdBy = caller.username();
        link.createdAt = now;
        int days = input.validDays() == null ? DEFAULT_VALID_DAYS : input.validDays();
        link.expiresAt = now.plus(Duration.ofDays(days));
        link.persist();
        em.flush();
        return FillLinkView.withSecret(link, now, token, webUrl.replaceAll("/+$", "") + "/fill/" + token);
    }

    public List<FillLinkView> list(UUID schoolId, UUID participantId) {
        Participant p = participants.consented(schoolId, participantId);
        Instant now = Instant.now();
        return FillLink.<FillLink>find("participant", Sort.descending("createdAt"), p).stream()
                .map(l -> FillLinkView.of(l, now)).toList();
    }

    public FillLinkView get(UUID schoolId, UUID participantId, UUID linkId) {
        return FillLinkView.of(find(schoolId, participantId, linkId), Instant.now());
    }

    public FillLinkView revoke(UUID schoolId, UUID participantId, UUID linkId) {
        FillLink link = find(schoolId, participantId, linkId);
        Instant now = Instant.now();
        FillLinkStatus status = link.status(now);
        if (status != FillLinkStatus.ACTIVE) {
            throw ApiException.conflict("fill-link-closed", "Ссылка уже не действует", switch (status) {
                case USED -> "Анкета по этой ссылке уже заполнена.";
                case REVOKED -> "Ссылка уже отозвана.";
                default -> "Срок действия ссылки истёк.";
            });
        }
        link.revokedAt = now;
        return FillLinkView.of(link, now);
    }

    private FillLink find(UUID schoolId, UUID participantId, UUID linkId) {
        Participant p = participants.consented(schoolId, participantId);
        return FillLink.<FillLink>find("participant = ?1 and id = ?2", p, linkId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Ссылка не найдена"));
    }

    /** Withdrawn consent stops processing at once: no link of the participant opens any more. */
    void revokeAll(@Observes ConsentWithdrawn event) {
        FillLink.update("revokedAt = ?1 where participant.id = ?2 and revokedAt is null and usedAt is null",
                Instant.now(), event.participantId());
    }
}
