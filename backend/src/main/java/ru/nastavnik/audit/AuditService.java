package ru.nastavnik.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.feedback.FeedbackConfig;
import ru.nastavnik.org.OrgScope;

/**
 * Reads the audit trail where the law expects it: a school all of its own entries; a municipality its own and the
 * transitions of its schools' reports and practices; the region the municipalities' and its own. Row-level security
 * (V22) draws the same lines again.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class AuditService {

    /** Whose trail is read. */
    public enum Level {
        school, municipality, region
    }

    /** At most this many entries in one export: a longer period is exported in parts. */
    static final int MAX_EXPORT = 100_000;

    private static final Map<String, String> SORTS = Map.of("at", "at", "action", "action", "actorName", "actorName");

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    FeedbackConfig region;

    public AuditPage list(Level level, UUID id, AuditFilter filter, PageQuery paging) {
        Page page = paging.toPage();
        Sort sort = sort(paging);
        Query q = query(level, id, filter);
        List<AuditView> items = AuditEvent.<AuditEvent>find(q.where(), sort, q.params()).page(page).list().stream()
                .map(AuditView::of).toList();
        return new AuditPage(items, AuditEvent.count(q.where(), q.params()), paging.page, paging.size);
    }

    public List<AuditView> listAll(Level level, UUID id, AuditFilter filter, PageQuery paging) {
        Query q = query(level, id, filter);
        long total = AuditEvent.count(q.where(), q.params());
        if (total > MAX_EXPORT) {
            throw ApiException.invalid("from", "В выгрузке не больше " + MAX_EXPORT
                    + " записей, а за этот период их " + total + ": сузьте период");
        }
        return AuditEvent.<AuditEvent>find(q.where(), sort(paging), q.params()).stream().map(AuditView::of).toList();
    }

    private record Query(String where, Parameters params) {
    }

    private Query query(Level level, UUID id, AuditFilter filter) {
        filter.check();
        StringBuilder where = new StringBuilder();
        Parameters params = Parameters.with("id", id);
        switch (level) {
            case school -> {
                scope.school(id).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
                where.append("schoolId = :id");
            }
            case municipality -> {
                scope.municipality(id).orElseThrow(() -> ApiException.notFound("Муниципалитет не найден"));
                where.append(caller.is(Role.municipal)
                        ? "municipalityId = :id and (schoolId is null or category = :transition)"
                        : "municipalityId = :id and schoolId is null");
                if (caller.is(Role.municipal)) {
                    params.and("transition", AuditCategory.TRANSITION);
                }
            }
            case region -> {
                scope.region(id).orElseThrow(() -> ApiException.notFound("Регион не найден"));
                where.append("regionId = :id and schoolId is null");
            }
        }
        if (filter.person != null) {
            where.append(" and participantId = :person");
            params.and("person", filter.person);
        }
        if (filter.action != null) {
            where.append(" and action = :action");
            params.and("action", filter.action.name());
        }
        if (filter.category != null) {
            where.append(" and category = :category");
            params.and("category", filter.category);
        }
        ZoneId zone = region.timeZone();
        if (filter.from != null) {
            where.append(" and at >= :from");
            params.and("from", filter.from.atStartOfDay(zone).toInstant());
        }
        if (filter.to != null) {
            where.append(" and at < :to");
            params.and("to", filter.to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return new Query(where.toString(), params);
    }

    /** Newest first unless asked otherwise. */
    private static Sort sort(PageQuery paging) {
        if (paging.sort == null || paging.sort.isBlank()) {
            return Sort.descending("at").and("id", Sort.Direction.Descending);
        }
        return paging.toSort(SORTS, "at");
    }
}
