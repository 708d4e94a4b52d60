package ru.nastavnik.org;

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
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;

@ApplicationScoped
@Transactional
@RowScoped
public class SchoolService {

    /** Which schools a list shows. */
    public enum Status {
        active, archived, all
    }

    private static final Map<String, String> SORTS = Map.of(
            "shortName", "shortName",
            "fullName", "fullName",
            "kind", "kind",
            "municipalityName", "municipality.name",
            "inn", "inn",
            "createdAt", "createdAt");

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public SchoolPage list(String q, UUID municipalityId, SchoolKind kind, Status status, PageQuery paging) {
        PanacheQuery<School> query = query(q, municipalityId, kind, status, paging).page(paging.toPage());
        return new SchoolPage(query.list().stream().map(SchoolView::of).toList(), query.count(), paging.page,
                paging.size);
    }

    /** Every school the list would show with the same filters and sort, for an export. */
    public List<SchoolView> listAll(String q, UUID municipalityId, SchoolKind kind, Status status, PageQuery paging) {
        return query(q, municipalityId, kind, status, paging).list().stream().map(SchoolView::of).toList();
    }

    private PanacheQuery<School> query(String q, UUID municipalityId, SchoolKind kind, Status status,
            PageQuery paging) {
        OrgScope.Filter f = scope.schools();
        if (q != null && !q.isBlank()) {
            f = f.and("lower(fullName) like :q escape '\\' or lower(shortName) like :q escape '\\' or inn like :q escape '\\'",
                    "q", Search.pattern(q));
        }
        if (municipalityId != null) {
            f = f.and("municipality.id = :municipalityId", "municipalityId", municipalityId);
        }
        if (kind != null) {
            f = f.and("kind = :kind", "kind", kind);
        }
        if (status != Status.all) {
            f = f.and("archived = :archived", "archived", status == Status.archived);
        }
        return School.find(f.where(), paging.toSort(SORTS, "shortName"), f.params());
    }

    public SchoolView get(UUID id) {
        return SchoolView.of(find(id));
    }

    public SchoolView create(SchoolInput input) {
        School school = new School();
        school.municipality = scope.municipality(input.municipalityId()).orElseThrow(NotFound::municipality);
        apply(school, input);
        school.persist();
        Constraints.flush(em, "school_inn_key", SchoolService::duplicateInn);
        return SchoolView.of(school);
    }

    public SchoolView update(UUID id, SchoolInput input) {
        School school = find(id);
        Versioned.check(input.version(), school.version);
        if (!school.municipality.id.equals(input.municipalityId())) {
            if (caller.is(Role.school)) {
                throw ApiException.invalid("municipalityId", "Перевести организацию в другой муниципалитет может только "
                        + "муниципальный или региональный координатор");
            }
            school.municipality = scope.municipality(input.municipalityId()).orElseThrow(NotFound::municipality);
        }
        apply(school, input);
        Constraints.flush(em, "school_inn_key", SchoolService::duplicateInn);
        return SchoolView.of(school);
    }

    public SchoolView setArchived(UUID id, boolean archived) {
        School school = find(id);
        school.archived = archived;
        School.flush();
        return SchoolView.of(school);
    }

    public void delete(UUID id) {
        School school = find(id);
        if (Contingent.count("school.id", id) > 0 || Curator.count("school.id", id) > 0) {
            throw ApiException.conflict("school-has-data", "У организации есть данные",
                    "Организацию с данными нельзя удалить — переведите её в архив.");
        }
        school.delete();
    }

    School find(UUID id) {
        return scope.school(id).orElseThrow(NotFound::school);
    }

    /** The school a change to its contingent or curators belongs to: in scope and not archived. */
    School findWritable(UUID id) {
        School school = find(id);
        if (school.archived) {
            throw ApiException.conflict("school-archived", "Организация в архиве",
                    "Данные архивной организации нельзя менять. Сначала верните её из архива.");
        }
        return school;
    }

    private static void apply(School school, SchoolInput input) {
        school.fullName = input.fullName().trim();
        school.shortName = input.shortName().trim();
        school.kind = input.kind();
        school.inn = input.inn().trim();
        school.address = input.address().trim();
        school.website = input.website() == null || input.website().isBlank() ? null : input.website().trim();
    }

    private static ApiException duplicateInn() {
        return ApiException.invalid("inn", "Организация с таким ИНН уже зарегистрирована");
    }
}
