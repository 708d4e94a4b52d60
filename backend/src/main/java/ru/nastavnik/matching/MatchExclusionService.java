package ru.nastavnik.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.participant.Participant;

/** The pairs a curator set aside, so that no later run of the scope proposes them. */
@ApplicationScoped
@Transactional
@RowScoped
public class MatchExclusionService {

    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt");

    @Inject
    MatchScopes scopes;

    @Inject
    MatchPeople people;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public MatchExclusionPage list(MatchScope scope, UUID participantId, PageQuery paging) {
        scopes.check(scope);
        StringBuilder where = new StringBuilder(scope.municipal() ? "municipalityId = :scope" : "schoolId = :scope");
        Parameters params = Parameters.with("scope", scope.municipal() ? scope.municipalityId() : scope.schoolId());
        if (participantId != null) {
            where.append(" and (mentorId = :participant or menteeId = :participant)");
            params.and("participant", participantId);
        }
        if (paging.sort == null || paging.sort.isBlank()) {
            paging.sort = "createdAt,desc";
        }
        PanacheQuery<MatchExclusion> query = MatchExclusion.<MatchExclusion>find(where.toString(),
                paging.toSort(SORTS, "createdAt"), params).page(paging.toPage());
        List<MatchExclusion> found = query.list();
        Set<UUID> ids = new HashSet<>();
        found.forEach(e -> {
            ids.add(e.mentorId);
            ids.add(e.menteeId);
        });
        Map<UUID, MatchPerson> persons = people.of(ids);
        return new MatchExclusionPage(found.stream().map(e -> view(e, persons)).toList(), query.count(), paging.page,
                paging.size);
    }

    public MatchExclusionView add(MatchScope scope, MatchExclusionInput input) {
        scopes.check(scope);
        if (input.mentorId().equals(input.menteeId())) {
            throw ApiException.invalid("menteeId", "Наставник и наставляемый — один и тот же человек");
        }
        if (!inScope(scope, input.mentorId())) {
            throw ApiException.invalid("mentorId", notFound(scope, "Наставник"));
        }
        if (!inScope(scope, input.menteeId())) {
            throw ApiException.invalid("menteeId", notFound(scope, "Наставляемый"));
        }
        MatchExclusion e = new MatchExclusion();
        e.id = UUID.randomUUID();
        e.schoolId = scope.schoolId();
        e.municipalityId = scope.municipalityId();
        e.mentorId = input.mentorId();
        e.menteeId = input.menteeId();
        e.reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().trim();
        e.createdBy = caller.fullName();
        e.persist();
        Constraints.flush(em, scope.municipal() ? "match_exclusion_municipality_key" : "match_exclusion_school_key",
                () -> ApiException.conflict("exclusion-exists", "Пара уже исключена",
                        "Эту пару подбор уже не предлагает."));
        return view(e, people.of(List.of(e.mentorId, e.menteeId)));
    }

    public MatchExclusionView get(MatchScope scope, UUID id) {
        MatchExclusion e = find(scope, id);
        return view(e, people.of(List.of(e.mentorId, e.menteeId)));
    }

    public void delete(MatchScope scope, UUID id) {
        find(scope, id).delete();
    }

    private MatchExclusion find(MatchScope scope, UUID id) {
        scopes.check(scope);
        return MatchExclusion.<MatchExclusion>find(
                (scope.municipal() ? "municipalityId" : "schoolId") + " = ?1 and id = ?2",
                scope.municipal() ? scope.municipalityId() : scope.schoolId(), id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Исключённая пара не найдена"));
    }

    private boolean inScope(MatchScope scope, UUID participant) {
        return Participant.count((scope.municipal() ? "school.municipality.id" : "school.id") + " = ?1 and id = ?2",
                scope.municipal() ? scope.municipalityId() : scope.schoolId(), participant) > 0;
    }

    private static String notFound(MatchScope scope, String who) {
        return who + (scope.municipal() ? " не найден среди участников организаций муниципалитета"
                : " не найден среди участников организации");
    }

    private static MatchExclusionView view(MatchExclusion e, Map<UUID, MatchPerson> persons) {
        return new MatchExclusionView(e.id, MatchPeople.get(persons, e.mentorId, null),
                MatchPeople.get(persons, e.menteeId, null), e.reason, e.createdBy, e.createdAt);
    }
}
