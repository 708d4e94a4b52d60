package ru.nastavnik.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.event.Event;
import ru.nastavnik.event.EventService;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.recognition.AttachmentDownload;
import ru.nastavnik.recognition.MentorNominationStatus;
import ru.nastavnik.recognition.MentorRegistryService;
import ru.nastavnik.recognition.PublishedPracticePage;
import ru.nastavnik.recognition.PublishedPracticeService;
import ru.nastavnik.recognition.PublishedPracticeView;

/** The portal's directory of the region's organisations, its published best practices, mentor registry and events. */
@ApplicationScoped
@Transactional
@RowScoped
public class PortalService {

    static final String API = "/api/portal/v1";

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    PublishedPracticeService practices;

    @Inject
    MentorRegistryService registry;

    @Inject
    EventService events;

    @Inject
    EntityManager em;

    /** Ordered by id: a name may be corrected, an id never changes. */
    public Dated<PortalDirectory.MunicipalityPage> municipalities(PortalPaging paging) {
        paging.check();
        OrgScope.Filter f = scope.municipalities();
        PanacheQuery<Municipality> q = Municipality.<Municipality>find(f.where(), Sort.by("id"), f.params())
                .page(Page.of(paging.page, paging.size));
        List<PortalDirectory.Municipality> items = q.list().stream()
                .map(m -> new PortalDirectory.Municipality(m.id, m.name, m.oktmo)).toList();
        return new Dated<>(new PortalDirectory.MunicipalityPage(items, q.count(), paging.page,
                paging.size), null);
    }

    /** Ordered by id, archived ones included (flagged), so that a school leaving the programme is seen to leave. */
    public Dated<PortalDirectory.SchoolPage> schools(UUID municipalityId, PortalPaging paging) {
        paging.check();
        OrgScope.Filter f = municipalityId == null ? scope.schools()
                : scope.schools().and("municipality.id = :municipality", "municipality", municipalityId);
        PanacheQuery<School> q = School.<School>find(f.where(), Sort.by("id"), f.params())
                .page(Page.of(paging.page, paging.size));
        List<School> found = q.list();
        List<PortalDirectory.School> items = found.stream().map(s -> new PortalDirectory.School(s.id,
                s.municipality.id, s.fullName, s.shortName, s.kind, s.inn, s.address, s.website, s.archived,
                s.updatedAt)).toList();
        Instant last = found.stream().map(s -> s.updatedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        return new Dated<>(new PortalDirectory.SchoolPage(items, q.count(), paging.page,
                paging.size), last);
    }

    /** Ordered by the day each was accepted into a municipal bank, which never changes, then by id. */
    public Dated<PortalPractice.Page> practices(PortalPaging paging) {
        paging.check();
        PageQuery query = new PageQuery();
        query.page = paging.page;
        query.size = paging.size;
        query.sort = "acceptedAt,asc";
        PublishedPracticePage found = practices.list(region(),
                new PublishedPracticeService.Filter(null, null, null, null, null), query);
        List<PortalPractice.Summary> items = found.items().stream().map(p -> new PortalPractice.Summary(p.id(),
                p.schoolId(), p.schoolName(), p.municipalityId(), p.municipalityName(), p.title(), p.form(), p.kind(),
                p.status(), p.acceptedAt(), p.recommendedAt())).toList();
        return new Dated<>(new PortalPractice.Page(items, found.total(), found.page(),
                found.size()), practicesChanged());
    }

    public Dated<PortalPractice.View> practice(UUID id) {
        PublishedPracticeView p = practices.get(region(), id);
        List<PortalPractice.Person> people = p.people().stream()
                .map(person -> new PortalPractice.Person(person.role(), person.fullName())).toList();
        List<PortalPractice.Material> materials = p.attachments().stream()
                .map(m -> new PortalPractice.Material(m.id(), m.title(), m.fileName(), m.contentType(), m.size(),
                        API + "/best-practices/" + p.id() + "/materials/" + m.id()))
                .toList();
        BigDecimal count = BigDecimal.valueOf(p.menteeCount());
        PortalValue mentees = PortalValue.of(count, Suppression.small(count) ? Suppression.Reason.SMALL_COUNT : null);
        return new Dated<>(new PortalPractice.View(p.id(), p.schoolId(), p.schoolName(),
                p.municipalityId(), p.municipalityName(), p.title(), p.description(), p.results(), p.form(), p.kind(),
                mentees, p.startedOn(), p.endedOn(), p.status(), p.acceptedAt(), p.recommendedAt(), people,
                materials), practicesChanged());
    }

    /**
     * Ordered by the time each mentor was included in a municipal registry, which never changes, then by id. The
     * numbers of pairs are suppressed from 1 to 4 like every count the portal shows.
     */
    public Dated<PortalRegistry.Page> registry(PortalPaging paging) {
        paging.check();
        UUID region = region().id();
        List<PortalRegistry.Mentor> items = registry.portalPage(region, paging.page, paging.size).stream()
                .map(r -> new PortalRegistry.Mentor(r.id, r.schoolId, r.schoolName, r.municipalityId,
                        r.municipalityName, r.status == MentorNominationStatus.REGIONAL ? PortalRegistry.Level.REGIONAL
                                : PortalRegistry.Level.MUNICIPAL,
                        r.fullName, r.mentorKind, r.description, r.results, r.training, r.rewardsNote,
                        count(r.completedPairs), count(r.effectivePairs), r.trainingStatus,
                        r.rewards == null ? List.of() : r.rewards.stream()
                                .map(w -> new PortalRegistry.Reward(w.kind(), w.title(), w.awardedOn())).toList(),
                        r.includedAt, r.status == MentorNominationStatus.REGIONAL ? r.regionalDecidedAt : null))
                .toList();
        Instant changed = PortalIndicatorService.instant(em.createNativeQuery(
                "SELECT mentor_registry_last_change(:region)").setParameter("region", region).getSingleResult());
        return new Dated<>(new PortalRegistry.Page(items, registry.portalCount(region), paging.page, paging.size),
                changed);
    }

    private static PortalValue count(Integer n) {
        BigDecimal value = BigDecimal.valueOf(n == null ? 0 : n);
        return PortalValue.of(value, Suppression.small(value) ? Suppression.Reason.SMALL_COUNT : null);
    }

    /** Ordered by the time each was announced, which never changes, then by id. */
    public Dated<PortalEvent.Page> events(PortalPaging paging) {
        paging.check();
        UUID region = region().id();
        List<PortalEvent.View> items = new ArrayList<>();
        for (Event e : events.regionEvents(region, paging.page, paging.size)) {
            Map<UUID, String> nominations = new LinkedHashMap<>();
            events.nominations(e.id).forEach(n -> nominations.put(n.id, n.title));
            List<PortalEvent.Winner> winners = events.publicEntrants(e.id).stream()
                    .filter(p -> p.result != null && p.result.rewarded())
                    .map(p -> new PortalEvent.Winner(p.result, p.place,
                            p.nominationId == null ? null : nominations.get(p.nominationId), p.kind, p.schoolName,
                            p.title))
                    .toList();
            items.add(new PortalEvent.View(e.id, e.level, events.organiserName(e), e.municipalityId, e.schoolId,
                    e.kind, e.title, e.description, e.startsOn, e.endsOn, e.status,
                    List.copyOf(nominations.values()), winners));
        }
        Instant last = PortalIndicatorService.instant(em.createNativeQuery(
                "SELECT max(updated_at) FROM event WHERE region_id = :region").setParameter("region", region)
                .getSingleResult());
        return new Dated<>(new PortalEvent.Page(items, events.countRegionEvents(region), paging.page, paging.size),
                last);
    }

    public AttachmentDownload material(UUID id, UUID materialId) {
        return practices.content(region(), id, materialId);
    }

    private PublishedPracticeService.Place region() {
        if (caller.regionId() == null) {
            throw ApiException.notFound("Регион не найден");
        }
        return new PublishedPracticeService.Place(PublishedPracticeService.Level.REGION, caller.regionId());
    }

    private Instant practicesChanged() {
        return PortalIndicatorService.instant(em.createNativeQuery("SELECT portal_practices_last_change(:region)")
                .setParameter("region", caller.regionId()).getSingleResult());
    }
}
