package ru.nastavnik.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.mentorship.MentorshipOutcome;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.ConsentWithdrawn;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantRules;
import ru.nastavnik.participant.WithdrawalInput;

/**
 * A school's nominations of its mentors to the mentor registry: the curator describes the mentor, records the
 * mentor's consent to publish and submits the nomination to the municipality; a returned one is edited and submitted
 * again, and the school may withdraw a nomination at any step. What leaves the school is only what
 * {@link MentorRegistryService} reads from the published views.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class MentorNominationService {

    private static final Map<String, String> SORTS = Map.of("mentor", "n.participant.fullName", "status", "n.status",
            "submittedAt", "n.submittedAt", "updatedAt", "n.updatedAt", "createdAt", "n.createdAt");
    private static final String ALREADY_NOMINATED = "Этот наставник уже выдвинут: сначала отзовите прежнее выдвижение";

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public MentorNominationPage list(UUID schoolId, String q, MentorNominationStatus status, PageQuery paging) {
        School school = school(schoolId);
        StringBuilder where = new StringBuilder("from MentorNomination n where n.school = :school");
        Parameters params = Parameters.with("school", school);
        if (status != null) {
            where.append(" and n.status = :status");
            params.and("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(n.participant.fullName) like :q escape '\\'");
            params.and("q", Search.pattern(q));
        }
        PanacheQuery<MentorNomination> query = MentorNomination.<MentorNomination>find(where.toString(),
                paging.toSort(SORTS, "updatedAt", "n.id"), params).page(paging.toPage());
        List<MentorNominationSummary> items = query.list().stream()
                .map(n -> new MentorNominationSummary(n.id, mentor(n.participant), n.status, n.consentInForce(),
                        n.submittedAt, n.updatedAt, n.version))
                .toList();
        return new MentorNominationPage(items, query.count(), paging.page, paging.size);
    }

    public MentorNominationView get(UUID schoolId, UUID id) {
        return view(find(schoolId, id));
    }

    public MentorNominationView create(UUID schoolId, MentorNominationProposal input) {
        School school = school(schoolId);
        Participant person = Participant.<Participant>find("school = ?1 and id = ?2", school, input.participantId())
                .firstResultOptional()
                .orElseThrow(() -> ApiException.invalid("participantId", "Участник не найден в организации"));
        if (!person.mentorCandidate) {
            throw ApiException.invalid("participantId", person.fullName + " — не наставник: в реестр выдвигают "
                    + "участников, отмеченных как наставники");
        }
        if (!processingConsent(person.id)) {
            throw ApiException.invalid("participantId", person.fullName + ": нет действующего согласия на обработку "
                    + "персональных данных");
        }
        if (MentorNomination.count("participant = ?1 and status <> ?2", person, MentorNominationStatus.WITHDRAWN) > 0) {
            throw ApiException.invalid("participantId", ALREADY_NOMINATED);
        }
        MentorNomination n = new MentorNomination();
        n.id = UUID.randomUUID();
        n.school = school;
        n.participant = person;
        n.status = MentorNominationStatus.DRAFT;
        n.description = text(input.description());
        n.results = text(input.results());
        n.training = text(input.training());
        n.rewardsNote = text(input.rewardsNote());
        n.createdBy = caller.fullName();
        n.persist();
        Constraints.flush(em, "mentor_nomination_open_key", () -> ApiException.invalid("participantId",
                ALREADY_NOMINATED));
        audit.concerning(person.id);
        return view(n);
    }

    public MentorNominationView update(UUID schoolId, UUID id, MentorNominationInput input) {
        MentorNomination n = find(schoolId, id);
        Versioned.check(input.version(), n.version);
        requireEditable(n);
        n.description = text(input.description());
        n.results = text(input.results());
        n.training = text(input.training());
        n.rewardsNote = text(input.rewardsNote());
        em.flush();
        audit.concerning(n.participant.id);
        return view(n);
    }

    /**
     * Records (or, before the nomination leaves the school, replaces) the mentor's consent to publish, as a best
     * practice's participant gives it: a minor's by a parent or guardian, judged by the age on the day it was given,
     * and only with the consent to processing in force.
     */
    public MentorNominationView recordConsent(UUID schoolId, UUID id, PublicationConsentInput input) {
        MentorNomination n = find(schoolId, id);
        requireEditable(n);
        Participant person = n.participant;
        if (!processingConsent(person.id)) {
            throw ApiException.conflict("no-consent", "Нет согласия на обработку данных", person.fullName
                    + ": без действующего согласия на обработку персональных данных согласие на публикацию не "
                    + "оформляется.");
        }
        List<FieldError> errors = ParticipantRules.giverErrors(person.kind, person.birthDate, input.givenBy(),
                input.givenOn(), "");
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        n.consentPublication = input.publication();
        n.consentGivenBy = input.givenBy();
        n.consentGiverName = input.giverName().trim();
        n.consentGivenOn = input.givenOn();
        n.consentDocumentRef = input.documentRef().trim();
        n.consentWithdrawnOn = null;
        n.consentWithdrawalReason = null;
        n.consentRecordedBy = caller.fullName();
        n.consentRecordedAt = Instant.now();
        em.flush();
        audit.concerning(person.id);
        return view(n);
    }

    /**
     * The mentor may withdraw the consent to publish at any time. From then on no registry shows them, and a
     * nomination that had left the school is withdrawn with it: without a consent there is nothing to review.
     */
    public MentorNominationView withdrawConsent(UUID schoolId, UUID id, WithdrawalInput input) {
        MentorNomination n = find(schoolId, id);
        if (!n.consentInForce()) {
            throw ApiException.conflict("no-publication-consent", "Согласия на публикацию нет",
                    "Отозвать можно только действующее согласие на публикацию.");
        }
        if (input.withdrawnOn().isBefore(n.consentGivenOn)) {
            throw ApiException.invalid("withdrawnOn", "Согласие не может быть отозвано раньше, чем дано");
        }
        n.consentWithdrawnOn = input.withdrawnOn();
        n.consentWithdrawalReason = RewardService.blankToNull(input.reason());
        if (!n.status.editable() && n.status != MentorNominationStatus.WITHDRAWN) {
            step(n, MentorNominationStatus.WITHDRAWN, "Наставник отозвал согласие на публикацию");
        }
        em.flush();
        audit.concerning(n.participant.id);
        return view(n);
    }

    /**
     * Sends the nomination to the municipality with a description and the consent to publish in force, or not at all
     * (400 naming each one missing). The facts the system holds are frozen now.
     */
    public MentorNominationView submit(UUID schoolId, UUID id, NominationStepInput input) {
        MentorNomination n = find(schoolId, id);
        Versioned.check(input.version(), n.version);
        if (!n.status.editable()) {
            throw illegal(n.status, MentorNominationStatus.SUBMITTED);
        }
        List<FieldError> errors = new ArrayList<>();
        if (n.description.isBlank()) {
            errors.add(new FieldError("description", "Опишите наставника: без характеристики выдвижение не отправить"));
        }
        if (!n.consentInForce()) {
            errors.add(new FieldError("consent", n.consentPublication == null
                    ? "Нет согласия наставника на публикацию" : "Согласие наставника на публикацию отозвано"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        MentorFacts facts = facts(n.participant);
        n.mentorKind = n.participant.kind;
        n.completedPairs = facts.completedPairs();
        n.effectivePairs = facts.effectivePairs();
        n.trainingStatus = facts.trainingStatus();
        n.rewards = facts.rewards();
        n.submittedAt = Instant.now();
        n.returnComment = null;
        step(n, MentorNominationStatus.SUBMITTED, RewardService.blankToNull(input.comment()));
        em.flush();
        audit.concerning(n.participant.id);
        return view(n);
    }

    /** The school takes its nomination back at any step: the mentor leaves every registry at once. */
    public MentorNominationView withdraw(UUID schoolId, UUID id, NominationStepInput input) {
        MentorNomination n = find(schoolId, id);
        Versioned.check(input.version(), n.version);
        if (n.status == MentorNominationStatus.WITHDRAWN) {
            throw illegal(n.status, MentorNominationStatus.WITHDRAWN);
        }
        step(n, MentorNominationStatus.WITHDRAWN, RewardService.blankToNull(input.comment()));
        em.flush();
        audit.concerning(n.participant.id);
        return view(n);
    }

    public List<MentorNominationEventView> history(UUID schoolId, UUID id) {
        MentorNomination n = find(schoolId, id);
        return MentorNominationEvent.<MentorNominationEvent>list("nominationId", Sort.by("at").and("id"), n.id)
                .stream().map(MentorNominationEventView::of).toList();
    }

    /**
     * A withdrawn consent to processing ends the mentor's publication in the same transaction: the consent to
     * publish ends with it and a nomination that left the school is withdrawn; the views check the consent as well.
     */
    void withdrawPublication(@Observes ConsentWithdrawn event) {
        for (MentorNomination n : MentorNomination.<MentorNomination>list("participant.id = ?1 and status <> ?2",
                event.participantId(), MentorNominationStatus.WITHDRAWN)) {
            if (n.consentInForce()) {
                n.consentWithdrawnOn = n.consentGivenOn.isAfter(LocalDate.now()) ? n.consentGivenOn
                        : LocalDate.now();
                n.consentWithdrawalReason = "Участник отозвал согласие на обработку персональных данных";
            }
            if (!n.status.editable()) {
                step(n, MentorNominationStatus.WITHDRAWN, "Участник отозвал согласие на обработку персональных данных");
            }
        }
    }

    /** What the system knows of the mentor now: their completed and effective pairs, training and rewards. */
    MentorFacts facts(Participant p) {
        Object[] pairs = em.createQuery("select count(m), coalesce(sum(case when m.outcome = :effective then 1 else 0"
                + " end), 0) from Mentorship m where m.mentor = :mentor and m.status = :completed", Object[].class)
                .setParameter("effective", MentorshipOutcome.EFFECTIVE).setParameter("mentor", p)
                .setParameter("completed", MentorshipStatus.COMPLETED).getSingleResult();
        List<MentorFacts.RewardFact> rewards = Reward.<Reward>list("participant", Sort.by("awardedOn").and("id"), p)
                .stream().map(r -> new MentorFacts.RewardFact(r.kind,
                        r.kind == RewardKind.OTHER ? r.otherKind + ": " + r.title : r.title, r.awardedOn, r.awardedBy))
                .toList();
        return new MentorFacts(((Number) pairs[0]).intValue(), ((Number) pairs[1]).intValue(), p.trainingStatus,
                rewards);
    }

    private void step(MentorNomination n, MentorNominationStatus to, String comment) {
        MentorNominationEvent e = new MentorNominationEvent();
        e.id = UUID.randomUUID();
        e.nominationId = n.id;
        e.schoolId = n.school.id;
        e.fromStatus = n.status;
        e.toStatus = to;
        e.at = Instant.now();
        e.actorRole = Role.SCHOOL;
        e.actorLogin = caller.username();
        e.actorName = caller.fullName();
        e.comment = comment;
        e.persist();
        n.status = to;
        if (to == MentorNominationStatus.WITHDRAWN) {
            n.withdrawnAt = e.at;
            n.returnComment = null;
        }
    }

    private MentorNominationView view(MentorNomination n) {
        MentorFacts facts = n.submittedAt == null || n.status.editable() ? facts(n.participant)
                : new MentorFacts(n.completedPairs, n.effectivePairs, n.trainingStatus, n.rewards);
        BestPracticeView.ConsentRecord consent = n.consentPublication == null ? null
                : new BestPracticeView.ConsentRecord(n.consentPublication, n.consentGivenBy, n.consentGiverName,
                        n.consentGivenOn, n.consentDocumentRef, n.consentWithdrawnOn, n.consentWithdrawalReason,
                        n.consentRecordedBy, n.consentRecordedAt);
        return new MentorNominationView(n.id, n.school.id, mentor(n.participant), n.status, n.description, n.results,
                n.training, n.rewardsNote, facts, consent, n.returnComment, n.decisionComment, n.submittedAt,
                n.includedAt, n.recommendedAt, n.regionalDecidedAt, n.withdrawnAt, actions(n), n.createdBy,
                n.createdAt, n.updatedAt, n.version);
    }

    private static List<MentorNominationAction> actions(MentorNomination n) {
        if (n.status == MentorNominationStatus.WITHDRAWN) {
            return List.of();
        }
        if (n.status.editable()) {
            return List.of(MentorNominationAction.EDIT, MentorNominationAction.CONSENT, MentorNominationAction.SUBMIT,
                    MentorNominationAction.WITHDRAW);
        }
        return List.of(MentorNominationAction.WITHDRAW);
    }

    private static MentorNominationView.Mentor mentor(Participant p) {
        return new MentorNominationView.Mentor(p.id, p.fullName, p.kind, p.gradeOrPosition);
    }

    static ApiException illegal(MentorNominationStatus from, MentorNominationStatus to) {
        return ApiException.conflict("illegal-transition", "Недопустимый переход",
                "Выдвижение в статусе «" + from.label + "» (" + from + ") не может перейти в статус «" + to.label
                        + "» (" + to + ").");
    }

    private static void requireEditable(MentorNomination n) {
        if (!n.status.editable()) {
            throw ApiException.conflict("nomination-not-editable", "Выдвижение сейчас нельзя изменить",
                    "Выдвижение в статусе «" + n.status.label + "»: менять его можно, пока оно черновик или "
                            + "возвращено на доработку.");
        }
    }

    private boolean processingConsent(UUID participantId) {
        return (Boolean) em.createNativeQuery("SELECT consent_in_force(:participant)")
                .setParameter("participant", participantId).getSingleResult();
    }

    private MentorNomination find(UUID schoolId, UUID id) {
        School school = school(schoolId);
        return MentorNomination.<MentorNomination>find("school = ?1 and id = ?2", school, id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Выдвижение наставника не найдено"));
    }

    private School school(UUID schoolId) {
        return scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }
}
