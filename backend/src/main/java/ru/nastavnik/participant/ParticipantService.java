package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;

/**
 * Participants and their consents. Consent comes first: without one in force a participant is a name, a kind and
 * roles, and withdrawing it erases the rest at once.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class ParticipantService {

    /** Which participants a list shows by their consent. */
    public enum ConsentFilter {
        valid, none, withdrawn
    }

    /** Which programme role a list shows. */
    public enum RoleFilter {
        mentor, mentee
    }

    private static final Map<String, String> SORTS = Map.of("fullName", "fullName", "kind", "kind", "createdAt",
            "createdAt");
    /** In an approved or active mentorship, as mentor or as a mentee still in it. */
    private static final String MATCHED = "(id in (select m.mentor.id from Mentorship m where m.status in"
            + " (ru.nastavnik.mentorship.MentorshipStatus.APPROVED, ru.nastavnik.mentorship.MentorshipStatus.ACTIVE))"
            + " or id in (select mm.participant.id from MentorshipMentee mm where mm.open = true and"
            + " mm.mentorship.status in (ru.nastavnik.mentorship.MentorshipStatus.APPROVED,"
            + " ru.nastavnik.mentorship.MentorshipStatus.ACTIVE)))";
    private static final String NEEDS_CONSENT = ParticipantRules.NEEDS_CONSENT;
    /** The consent status of the participant p, as an expression of a query over it. */
    private static final String STATUS = "case when exists (select 1 from Consent c where c.participant = p"
            + " and c.withdrawnOn is null) then 'VALID' when exists (select 1 from Consent c where c.participant = p)"
            + " then 'WITHDRAWN' else 'NONE' end";

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<ConsentWithdrawn> withdrawn;

    @Inject
    AuditLog audit;

    public ParticipantPage list(UUID schoolId, String q, ParticipantKind kind, RoleFilter role, ConsentFilter consent,
            Boolean matched, PageQuery paging) {
        OrgScope.Filter filter = filter(schoolId, q, kind, role, consent, matched);
        Page page = paging.toPage();
        List<ParticipantView> items = views(rows(filter, paging).setFirstResult(page.index * page.size)
                .setMaxResults(page.size));
        // Not PanacheQuery.count(): it derives a new count query, and translates it to SQL again, on every call.
        TypedQuery<Long> count = em.createQuery("select count(*) from Participant where " + filter.where(), Long.class);
        filter.params().map().forEach(count::setParameter);
        return new ParticipantPage(items, count.getSingleResult(), paging.page, paging.size);
    }

    /** Every participant the list would show with the same filters and sort, for an export. */
    public List<ParticipantView> listAll(UUID schoolId, String q, ParticipantKind kind, RoleFilter role,
            ConsentFilter consent, Boolean matched, PageQuery paging) {
        return views(rows(filter(schoolId, q, kind, role, consent, matched), paging));
    }

    /**
     * The participants with their consent status, in one query. Lists only read: read-only entities keep no
     * snapshot and are skipped by every flush's dirty check.
     */
    private TypedQuery<Object[]> rows(OrgScope.Filter filter, PageQuery paging) {
        String order = paging.toSort(SORTS, "fullName").getColumns().stream()
                .map(c -> "p." + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", "));
        TypedQuery<Object[]> query = em.createQuery("select p, " + STATUS + " from Participant p where " + filter.where()
                + " order by " + order, Object[].class).setHint(HibernateHints.HINT_READ_ONLY, true);
        filter.params().map().forEach(query::setParameter);
        return query;
    }

    private static List<ParticipantView> views(TypedQuery<Object[]> rows) {
        return rows.getResultList().stream()
                .map(row -> ParticipantView.of((Participant) row[0], ConsentStatus.valueOf((String) row[1]))).toList();
    }

    private OrgScope.Filter filter(UUID schoolId, String q, ParticipantKind kind, RoleFilter role,
            ConsentFilter consent, Boolean matched) {
        School school = school(schoolId);
        StringBuilder where = new StringBuilder("school = :school");
        Parameters params = Parameters.with("school", school);
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(fullName) like :q escape '\\' or lower(externalId) like :q escape '\\')");
            params.and("q", Search.pattern(q));
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (role != null) {
            where.append(role == RoleFilter.mentor ? " and mentorCandidate = true" : " and menteeCandidate = true");
        }
        if (consent != null) {
            String valid = "id in (select c.participant.id from Consent c where c.withdrawnOn is null)";
            String any = "id in (select c.participant.id from Consent c)";
            where.append(switch (consent) {
                case valid -> " and " + valid;
                case none -> " and not " + any;
                case withdrawn -> " and " + any + " and not " + valid;
            });
        }
        if (matched != null) {
            where.append(matched ? " and " : " and not ").append(MATCHED);
        }
        return new OrgScope.Filter(where.toString(), params);
    }

    public ParticipantView get(UUID schoolId, UUID id) {
        Participant p = find(schoolId, id);
        return ParticipantView.of(p, status(p));
    }

    public ParticipantView create(UUID schoolId, ParticipantInput input) {
        School school = school(schoolId);
        if (input.consent() == null && input.hasPersonalData()) {
            throw ApiException.invalid("consent", NEEDS_CONSENT);
        }
        checkCatalogue(input);
        Participant p = new Participant();
        p.school = school;
        ParticipantRules.applyBasics(p, input);
        if (input.consent() != null) {
            LocalDate birthDate = input.birthDate() != null ? input.birthDate() : input.consent().birthDate();
            checkGiver(p.kind, birthDate, input.consent(), "consent.");
            ParticipantRules.applyPersonal(p, input);
            p.birthDate = birthDate;
        }
        p.persist();
        if (input.consent() != null) {
            newConsent(p, input.consent()).persist();
        }
        flush();
        ParticipantView created = ParticipantView.of(p,
                input.consent() != null ? ConsentStatus.VALID : ConsentStatus.NONE);
        audit.changed(null, created);
        return created;
    }

    public ParticipantView update(UUID schoolId, UUID id, ParticipantInput input) {
        Participant p = find(schoolId, id);
        Versioned.check(input.version(), p.version);
        if (input.consent() != null) {
            throw ApiException.invalid("consent", "Согласие оформляется отдельно, в разделе согласий участника");
        }
        ConsentStatus status = status(p);
        if (status != ConsentStatus.VALID && input.hasPersonalData()) {
            throw ApiException.invalid("consent", NEEDS_CONSENT);
        }
        checkCatalogue(input);
        ParticipantView before = ParticipantView.of(p, status);
        ParticipantRules.applyBasics(p, input);
        if (status == ConsentStatus.VALID) {
            ParticipantRules.applyPersonal(p, input);
            p.birthDate = input.birthDate();
        }
        flush();
        ParticipantView after = ParticipantView.of(p, status);
        audit.changed(before, after);
        return after;
    }

    public void delete(UUID schoolId, UUID id) {
        Participant p = find(schoolId, id);
        if (Consent.count("participant", p) > 0) {
            throw ApiException.conflict("participant-has-consents", "У участника есть история согласий",
                    "Записи о согласиях хранятся по закону. Отзовите согласие — персональные данные будут удалены.");
        }
        p.delete();
    }

    public List<ConsentView> consents(UUID schoolId, UUID id) {
        Participant p = find(schoolId, id);
        return Consent.<Consent>find("participant", Sort.descending("givenOn").and("createdAt", Sort.Direction.Descending), p)
                .stream().map(ConsentView::of).toList();
    }

    public ConsentView consent(UUID schoolId, UUID id, UUID consentId) {
        Participant p = find(schoolId, id);
        return Consent.<Consent>find("participant = ?1 and id = ?2", p, consentId).firstResultOptional()
                .map(ConsentView::of).orElseThrow(() -> ApiException.notFound("Согласие не найдено"));
    }

    public ConsentView addConsent(UUID schoolId, UUID id, ConsentInput input) {
        Participant p = find(schoolId, id);
        if (status(p) == ConsentStatus.VALID) {
            throw ApiException.conflict("consent-exists", "Согласие уже действует",
                    "Новое согласие можно оформить только после отзыва действующего.");
        }
        LocalDate birthDate = p.birthDate != null ? p.birthDate : input.birthDate();
        checkGiver(p.kind, birthDate, input, "");
        p.birthDate = birthDate;
        p.erasedAt = null;
        Consent c = newConsent(p, input);
        c.persist();
        flush();
        return ConsentView.of(c);
    }

    public ParticipantView withdraw(UUID schoolId, UUID id, WithdrawalInput input) {
        Participant p = find(schoolId, id);
        Consent c = Consent.<Consent>find("participant = ?1 and withdrawnOn is null", p).firstResultOptional()
                .orElseThrow(() -> ApiException.conflict("no-consent", "Действующего согласия нет",
                        "Отозвать можно только действующее согласие."));
        if (input.withdrawnOn().isBefore(c.givenOn)) {
            throw ApiException.invalid("withdrawnOn", "Согласие не может быть отозвано раньше, чем дано");
        }
        c.withdrawnOn = input.withdrawnOn();
        c.withdrawalReason = input.reason() == null || input.reason().isBlank() ? null : input.reason().trim();
        ParticipantView before = ParticipantView.of(p, ConsentStatus.VALID);
        p.erasePersonalData();
        withdrawn.fire(new ConsentWithdrawn(p.id));
        flush();
        ParticipantView after = ParticipantView.of(p, ConsentStatus.WITHDRAWN);
        audit.changed(before, after);
        return after;
    }

    /** A participant of the school whose data may be processed now: one with a consent in force. */
    public Participant consented(UUID schoolId, UUID id) {
        Participant p = find(schoolId, id);
        if (status(p) != ConsentStatus.VALID) {
            throw ApiException.conflict("no-consent", "Нет согласия на обработку данных",
                    "Анкеты участника принимаются только при действующем согласии.");
        }
        return p;
    }

    public List<CompetencyView> competencies() {
        return Competency.<Competency>listAll(Sort.by("sortOrder")).stream()
                .map(c -> new CompetencyView(c.code, c.name, c.area)).toList();
    }

    private School school(UUID schoolId) {
        return scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
    }

    private Participant find(UUID schoolId, UUID id) {
        School school = school(schoolId);
        return Participant.<Participant>find("school = ?1 and id = ?2", school, id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Участник не найден"));
    }

    private void flush() {
        Constraints.flush(em, "participant_external_id_key",
                () -> ApiException.invalid("externalId", "Участник с таким внешним кодом уже есть в организации"));
    }

    private static void checkGiver(ParticipantKind kind, LocalDate birthDate, ConsentInput c, String prefix) {
        List<FieldError> errors = ParticipantRules.giverErrors(kind, birthDate, c, prefix);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static Consent newConsent(Participant p, ConsentInput input) {
        Consent c = new Consent();
        c.participant = p;
        c.school = p.school;
        c.givenBy = input.givenBy();
        c.giverName = input.giverName().trim();
        c.givenOn = input.givenOn();
        c.scope = input.scope().trim();
        c.documentRef = input.documentRef().trim();
        return c;
    }

    private static void checkCatalogue(ParticipantInput input) {
        Set<String> wanted = ParticipantRules.codes(input);
        Set<String> known = wanted.isEmpty() ? Set.of()
                : new HashSet<>(Competency.<Competency>find("code in ?1", wanted).project(CodeOnly.class).list()
                        .stream().map(CodeOnly::code).toList());
        List<FieldError> errors = ParticipantRules.catalogueErrors(input, known);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** Projection for {@link #checkCatalogue}. */
    public record CodeOnly(String code) {
    }

    private ConsentStatus status(Participant p) {
        return ConsentStatus.valueOf(em.createQuery("select " + STATUS + " from Participant p where p = :p", String.class)
                .setParameter("p", p).getSingleResult());
    }
}
