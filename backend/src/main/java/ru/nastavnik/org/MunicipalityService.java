package ru.nastavnik.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;

@ApplicationScoped
@Transactional
@RowScoped
public class MunicipalityService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "oktmo", "oktmo");

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public MunicipalityPage list(String q, PageQuery paging) {
        OrgScope.Filter f = scope.municipalities();
        if (q != null && !q.isBlank()) {
            f = f.and("lower(name) like :q escape '\\' or oktmo like :q escape '\\'", "q", Search.pattern(q));
        }
        PanacheQuery<Municipality> query = Municipality.find(f.where(), paging.toSort(SORTS, "name"), f.params())
                .page(paging.toPage());
        List<Municipality> found = query.list();
        Map<UUID, Long> counts = schoolCounts(found.stream().map(m -> m.id).toList());
        return new MunicipalityPage(found.stream().map(m -> view(m, counts)).toList(), query.count(), paging.page,
                paging.size);
    }

    public MunicipalityView get(UUID id) {
        Municipality m = scope.municipality(id).orElseThrow(NotFound::municipality);
        return view(m, schoolCounts(List.of(m.id)));
    }

    public MunicipalityView create(MunicipalityInput input) {
        Municipality m = new Municipality();
        m.region = scope.region(caller.regionId()).orElseThrow(NotFound::region);
        apply(m, input);
        m.persist();
        Constraints.flush(em, "municipality_oktmo_key", MunicipalityService::duplicateOktmo);
        return view(m, Map.of());
    }

    public MunicipalityView update(UUID id, MunicipalityInput input) {
        Municipality m = scope.municipality(id).orElseThrow(NotFound::municipality);
        Versioned.check(input.version(), m.version);
        apply(m, input);
        Constraints.flush(em, "municipality_oktmo_key", MunicipalityService::duplicateOktmo);
        return view(m, schoolCounts(List.of(m.id)));
    }

    public void delete(UUID id) {
        Municipality m = scope.municipality(id).orElseThrow(NotFound::municipality);
        if (School.count("municipality.id", m.id) > 0) {
            throw ApiException.conflict("municipality-has-schools", "В муниципалитете есть организации",
                    "Удалить можно только муниципалитет без организаций.");
        }
        m.delete();
    }

    private static void apply(Municipality m, MunicipalityInput input) {
        m.name = input.name().trim();
        m.oktmo = input.oktmo().trim();
    }

    private static ApiException duplicateOktmo() {
        return ApiException.invalid("oktmo", "Муниципалитет с таким кодом ОКТМО уже есть");
    }

    private Map<UUID, Long> schoolCounts(List<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        OrgScope.Filter f = scope.schools().and("archived = false and municipality.id in :ids", "ids", ids);
        var query = em.createQuery("select municipality.id, count(*) from School where " + f.where()
                + " group by municipality.id", Object[].class);
        f.params().map().forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static MunicipalityView view(Municipality m, Map<UUID, Long> counts) {
        return new MunicipalityView(m.id, m.region.id, m.name, m.oktmo, counts.getOrDefault(m.id, 0L), m.version);
    }
}
