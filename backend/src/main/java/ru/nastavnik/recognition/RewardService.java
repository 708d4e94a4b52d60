package ru.nastavnik.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.Consent;
import ru.nastavnik.participant.Participant;

/**
 * Rewards of a school's mentors and mentees. A reward is about a person, so like a pair it needs the person's
 * consent to personal-data processing in force; rewards stay when consent is withdrawn later, as pairs do: they are
 * the programme's record, and monitoring counts them.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class RewardService {

    private static final Map<String, String> SORTS = Map.of("awardedOn", "r.awardedOn", "kind", "r.kind",
            "participant", "r.participant.fullName", "createdAt", "r.createdAt");

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    MentorshipService mentorships;

    @Inject
    EntityManager em;

    /** The filters of the list. */
    public record Filter(String q, UUID participantId, UUID mentorshipId, RewardKind kind, LocalDate from,
            LocalDate to) {
    }

    public RewardPage list(UUID schoolId, Filter filter, PageQuery paging) {
        School school = school(schoolId);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ApiException.invalid("to", "Конец периода раньше его начала");
        }
        StringBuilder where = new StringBuilder("from Reward r where r.school = :school");
        Parameters params = Parameters.with("school", school);
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(r.participant.fullName) like :q escape '\\' or lower(r.title) like :q escape"
                    + " '\\' or lower(r.awardedBy) like :q escape '\\')");
            params.and("q", Search.pattern(filter.q()));
        }
        if (filter.participantId() != null) {
            where.append(" and r.participant.id = :participant");
            params.and("participant", filter.participantId());
        }
        if (filter.mentorshipId() != null) {
            where.append(" and r.mentorship.id = :mentorship");
            params.and("mentorship", filter.mentorshipId());
        }
        if (filter.kind() != null) {
            where.append(" and r.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.from() != null) {
            where.append(" and r.awardedOn >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and r.awardedOn <= :to");
            params.and("to", filter.to());
        }
        PanacheQuery<Reward> query = Reward.<Reward>find(where.toString(),
                paging.toSort(SORTS, "awardedOn", "r.id"), params).page(paging.toPage());
        List<RewardView> items = query.list().stream().map(RewardView::of).toList();
        return new RewardPage(items, query.count(), paging.page, paging.size);
    }

    public RewardView get(UUID schoolId, UUID id) {
        return RewardView.of(find(schoolId, id));
    }

    public RewardView create(UUID schoolId, RewardInput input) {
        School school = school(schoolId);
        Reward r = new Reward();
        r.id = UUID.randomUUID();
        r.school = school;
        r.createdBy = caller.fullName();
        apply(r, input);
        r.persist();
        return RewardView.of(r);
    }

    public RewardView update(UUID schoolId, UUID id, RewardInput input) {
        Reward r = notFromAnEvent(find(schoolId, id));
        Versioned.check(input.version(), r.version);
        apply(r, input);
        em.flush();
        return RewardView.of(r);
    }

    public void delete(UUID schoolId, UUID id) {
        notFromAnEvent(find(schoolId, id)).delete();
    }

    /** A reward an event's result gave belongs to the organiser's results: it changes only with them. */
    private static Reward notFromAnEvent(Reward r) {
        if (r.eventId != null) {
            throw ApiException.conflict("reward-from-event", "Награда по итогам мероприятия",
                    "Её меняет организатор мероприятия вместе с итогами.");
        }
        return r;
    }

    private void apply(Reward r, RewardInput input) {
        String otherKind = blankToNull(input.otherKind());
        if (input.kind() == RewardKind.OTHER && otherKind == null) {
            throw ApiException.invalid("otherKind", "Назовите вид награды своими словами");
        }
        if (input.kind() != RewardKind.OTHER && otherKind != null) {
            throw ApiException.invalid("otherKind", "Свой вид награды указывают только для вида «Другое»");
        }
        Participant p = Participant.<Participant>find("school = ?1 and id = ?2", r.school, input.participantId())
                .firstResultOptional()
                .orElseThrow(() -> ApiException.invalid("participantId", "Участник не найден в организации"));
        if (Consent.count("participant = ?1 and withdrawnOn is null", p) == 0) {
            throw ApiException.invalid("participantId",
                    p.fullName + ": нет действующего согласия на обработку персональных данных");
        }
        Mentorship m = null;
        if (input.mentorshipId() != null) {
            m = References.mentorship(mentorships, r.school.id, input.mentorshipId(), "mentorshipId");
            if (!References.member(m, p.id)) {
                throw ApiException.invalid("mentorshipId", p.fullName + " не состоит в этой паре (группе)");
            }
        }
        r.participant = p;
        r.mentorship = m;
        r.kind = input.kind();
        r.otherKind = otherKind;
        r.title = input.title().trim();
        r.awardedOn = input.awardedOn();
        r.awardedBy = input.awardedBy().trim();
        r.documentRef = blankToNull(input.documentRef());
    }

    private Reward find(UUID schoolId, UUID id) {
        School school = school(schoolId);
        return Reward.<Reward>find("school = ?1 and id = ?2", school, id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Награда не найдена"));
    }

    private School school(UUID schoolId) {
        return scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
