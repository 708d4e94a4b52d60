package ru.nastavnik.recognition;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.org.OrgScope;

/**
 * The mentor registry above the school: the municipal coordinator's review of its schools' nominations, the region's
 * decision on the recommended ones, and the published municipal and regional registries. Everything here reads the
 * views mentor_nomination_review and mentor_registry, never the school's table: they carry no participant's id, name
 * the mentor only where the consent to publish allows it, and PostgreSQL decides from the caller's scope which rows
 * each caller sees.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class MentorRegistryService {

    private static final Map<String, String> SORTS = Map.of("school", "schoolName", "status", "status",
            "submittedAt", "submittedAt", "includedAt", "includedAt", "recommendedAt", "recommendedAt",
            "regionalDecidedAt", "regionalDecidedAt", "updatedAt", "updatedAt");

    /** Where a review happens, with the statuses it shows and the decisions it makes. */
    public enum Desk {
        MUNICIPALITY("municipalityId", EnumSet.of(MentorNominationStatus.SUBMITTED, MentorNominationStatus.INCLUDED,
                MentorNominationStatus.RECOMMENDED, MentorNominationStatus.REGIONAL, MentorNominationStatus.DECLINED)),
        REGION("regionId", EnumSet.of(MentorNominationStatus.RECOMMENDED, MentorNominationStatus.REGIONAL));

        final String field;
        final Set<MentorNominationStatus> statuses;

        Desk(String field, Set<MentorNominationStatus> statuses) {
            this.field = field;
            this.statuses = statuses;
        }
    }

    /** Which published registry: a municipality's (every included mentor) or the region's. */
    public enum Registry {
        MUNICIPAL, REGIONAL
    }

    /** The filters of a list. */
    public record Filter(MentorNominationStatus status, UUID schoolId, UUID municipalityId, String q) {
    }

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public RegistryPage reviewList(Desk desk, UUID place, Filter filter, PageQuery paging) {
        check(desk, place);
        if (filter.status() != null && !desk.statuses.contains(filter.status())) {
            throw ApiException.invalid("status", "Здесь видны выдвижения в статусах: " + desk.statuses.stream()
                    .map(MentorNominationStatus::name).collect(Collectors.joining(", ")));
        }
        StringBuilder where = new StringBuilder(desk.field + " = :place");
        Parameters params = Parameters.with("place", place);
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        PanacheQuery<ReviewedNomination> query = ReviewedNomination.<ReviewedNomination>find(
                filtered(where, params, filter), paging.toSort(SORTS, "submittedAt"), params).page(paging.toPage());
        return new RegistryPage(query.list().stream().map(r -> RegistryEntryView.of(r, actions(r.status))).toList(),
                query.count(), paging.page, paging.size);
    }

    public RegistryEntryView reviewGet(Desk desk, UUID place, UUID id) {
        ReviewedNomination r = find(desk, place, id);
        return RegistryEntryView.of(r, actions(r.status));
    }

    /**
     * A decision above the school. The rules are checked here with messages for the user; the change is made by a
     * database function that repeats them, since the coordinator has no access to the school's table.
     */
    public RegistryEntryView decide(Desk desk, UUID place, UUID id, MentorNominationStatus to,
            NominationStepInput input) {
        ReviewedNomination r = find(desk, place, id);
        Versioned.check(input.version(), r.version);
        if (!r.status.decidableTo(to) || (desk == Desk.REGION) != (to == MentorNominationStatus.REGIONAL
                || to == MentorNominationStatus.DECLINED)) {
            throw MentorNominationService.illegal(r.status, to);
        }
        String comment = RewardService.blankToNull(input.comment());
        if (comment == null && to == MentorNominationStatus.RETURNED) {
            throw ApiException.invalid("comment", "Напишите, что исправить: без комментария выдвижение не вернуть");
        }
        if (comment == null && to == MentorNominationStatus.DECLINED) {
            throw ApiException.invalid("comment", "Напишите причину отказа");
        }
        Number version = (Number) em.createNativeQuery("SELECT decide_mentor_nomination(:id, :version, :to, :comment,"
                + " :login, :name)").setParameter("id", id).setParameter("version", r.version)
                .setParameter("to", to.name()).setParameter("comment", comment == null ? "" : comment)
                .setParameter("login", caller.username()).setParameter("name", caller.fullName()).getSingleResult();
        if (version == null) {
            throw ApiException.staleVersion();
        }
        if (desk == Desk.MUNICIPALITY) {
            audit.belongsToSchool(r.schoolId);
        } else {
            audit.belongsToMunicipality(r.municipalityId);
        }
        em.detach(r);
        // A returned or declined nomination leaves this desk's view; the answer says so from what was last seen.
        return ReviewedNomination.<ReviewedNomination>find("id = ?1 and " + desk.field + " = ?2", id, place)
                .firstResultOptional().map(seen -> RegistryEntryView.of(seen, actions(seen.status)))
                .orElseGet(() -> new RegistryEntryView(r.id, r.schoolId, r.schoolName, r.municipalityId,
                        r.municipalityName, to, r.fullName, r.mentorKind, r.description, r.results, r.training,
                        r.rewardsNote, r.facts(), comment, r.submittedAt, r.includedAt, r.recommendedAt,
                        r.regionalDecidedAt, List.of(), version.intValue()));
    }

    /** A published registry: every mentor a municipality included, or the region's own registry. */
    public RegistryPage registry(Registry registry, UUID place, Filter filter, PageQuery paging) {
        Desk desk = registry == Registry.MUNICIPAL ? Desk.MUNICIPALITY : Desk.REGION;
        check(desk, place);
        StringBuilder where = new StringBuilder(desk.field + " = :place");
        Parameters params = Parameters.with("place", place);
        if (registry == Registry.REGIONAL) {
            where.append(" and status = :regional");
            params.and("regional", MentorNominationStatus.REGIONAL);
        }
        PanacheQuery<RegistryListing> query = RegistryListing.<RegistryListing>find(filtered(where, params, filter),
                paging.toSort(SORTS, registry == Registry.MUNICIPAL ? "includedAt" : "regionalDecidedAt"), params)
                .page(paging.toPage());
        return new RegistryPage(query.list().stream().map(r -> RegistryEntryView.of(r, List.of())).toList(),
                query.count(), paging.page, paging.size);
    }

    /** The region's whole published registry for the portal, in the order of inclusion, which never changes. */
    public List<RegistryListing> portalPage(UUID region, int page, int size) {
        return RegistryListing.<RegistryListing>find("regionId = ?1", Sort.by("includedAt").and("id"), region).page(page, size).list();
    }

    public long portalCount(UUID region) {
        return RegistryListing.count("regionId", region);
    }

    private static String filtered(StringBuilder where, Parameters params, Filter filter) {
        if (filter.schoolId() != null) {
            where.append(" and schoolId = :school");
            params.and("school", filter.schoolId());
        }
        if (filter.municipalityId() != null) {
            where.append(" and municipalityId = :municipality");
            params.and("municipality", filter.municipalityId());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(fullName) like :q escape '\\' or lower(schoolName) like :q escape '\\')");
            params.and("q", Search.pattern(filter.q()));
        }
        return where.toString();
    }

    private List<MentorNominationAction> actions(MentorNominationStatus status) {
        if (caller.is(Role.municipal)) {
            return switch (status) {
                case SUBMITTED -> List.of(MentorNominationAction.INCLUDE, MentorNominationAction.RETURN);
                case INCLUDED -> List.of(MentorNominationAction.RECOMMEND);
                default -> List.of();
            };
        }
        if (caller.is(Role.regional) && status == MentorNominationStatus.RECOMMENDED) {
            return List.of(MentorNominationAction.INCLUDE_REGIONAL, MentorNominationAction.DECLINE);
        }
        return List.of();
    }

    private ReviewedNomination find(Desk desk, UUID place, UUID id) {
        check(desk, place);
        return ReviewedNomination.<ReviewedNomination>find("id = ?1 and " + desk.field + " = ?2", id, place)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Выдвижение наставника не найдено"));
    }

    /** A municipality or region outside the caller's scope answers 404, like one that does not exist. */
    private void check(Desk desk, UUID place) {
        boolean found = desk == Desk.MUNICIPALITY ? scope.municipality(place).isPresent()
                : scope.region(place).isPresent();
        if (!found) {
            throw ApiException.notFound(desk == Desk.MUNICIPALITY ? "Муниципалитет не найден" : "Регион не найден");
        }
    }
}
