package ru.nastavnik.feedback;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.participant.Consent;
import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.questionnaire.FillLink;
import ru.nastavnik.questionnaire.FillLinkInput;
import ru.nastavnik.questionnaire.FillLinkService;
import ru.nastavnik.questionnaire.FillLinkView;
import ru.nastavnik.questionnaire.QuestionnaireTemplate;

/**
 * The last checks before a delivery reaches its person, and its fill link: the same whether it goes by e-mail or
 * on a sheet, and whether the background task or a curator hands it out.
 */
@ApplicationScoped
class Handouts {

    @Inject
    MentorshipService mentorships;

    @Inject
    FillLinkService fillLinks;

    @Inject
    FeedbackConfig config;

    /** Why the delivery can no longer go out, or null when it still should. */
    String refusal(FeedbackDelivery d) {
        if (!Deliveries.consentInForce(d.participant)) {
            return "Нет действующего согласия на обработку персональных данных";
        }
        if (d.purpose == DeliveryPurpose.ENTRY || d.purpose == DeliveryPurpose.INTERMEDIATE) {
            Mentorship m = mentorships.find(d.schoolId, d.mentorshipId);
            if (m.status != MentorshipStatus.ACTIVE) {
                return "Пара уже не работает";
            }
            boolean member = m.mentor.id.equals(d.participant.id)
                    || m.currentMentees().stream().anyMatch(mm -> mm.participant.id.equals(d.participant.id));
            if (!member) {
                return "Участник больше не состоит в паре";
            }
        }
        return null;
    }

    /**
     * A new link to the current version of the delivery's questionnaire, which revokes the one it had (a new link to
     * the same questionnaire for the same person always does). Empty, with the delivery cancelled, when the
     * questionnaire cannot be sent to this participant any more.
     */
    Optional<FillLinkView> link(FeedbackDelivery d) {
        Participant p = d.participant;
        Optional<QuestionnaireTemplate> template = Questionnaires.current(d.familyId, p.school.municipality.region.id);
        if (template.isEmpty()) {
            d.cancel("Анкета снята с публикации");
            return Optional.empty();
        }
        QuestionnaireTemplate t = template.get();
        if (!Questionnaires.fits(p, t)) {
            d.cancel("Анкета «" + t.title + "» не для этого участника: он не кандидат в "
                    + (p.menteeCandidate ? "наставники" : "наставляемые"));
            return Optional.empty();
        }
        FillLinkView link = fillLinks.create(d.schoolId, p.id, new FillLinkInput(t.id, config.validDays()));
        d.templateId = t.id;
        d.fillLinkId = link.id();
        return Optional.of(link);
    }

    /**
     * Who a message or a card speaks to: the participant, or for a minor whose parent or guardian consented that
     * adult, who passes the link on or fills the questionnaire in together with the child.
     */
    record Addressee(String name, boolean throughGuardian) {
    }

    Addressee addressee(Participant p) {
        return Consent.<Consent>find("participant = ?1 and withdrawnOn is null", p).firstResultOptional()
                .filter(c -> c.givenBy != ConsentGiver.SELF)
                .map(c -> new Addressee(c.giverName, true)).orElse(new Addressee(p.fullName, false));
    }

    /** Whether the delivery's link may still be answered: neither used nor replaced by a newer one. */
    boolean linkOpen(FeedbackDelivery d) {
        FillLink link = d.fillLinkId == null ? null : FillLink.findById(d.fillLinkId);
        return link != null && link.usedAt == null && link.revokedAt == null;
    }

    /** "Mentor — mentee, mentee", as the message and the sheet name the pair. */
    String pair(FeedbackDelivery d) {
        return MentorshipService.describe(mentorships.find(d.schoolId, d.mentorshipId));
    }
}
