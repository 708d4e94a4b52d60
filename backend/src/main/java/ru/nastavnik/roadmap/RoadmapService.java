package ru.nastavnik.roadmap;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.recognition.AttachmentDownload;
import ru.nastavnik.recognition.AttachmentType;
import ru.nastavnik.recognition.AttachmentUpload;

/**
 * Roadmaps of schools, municipalities and the region: who may read and write them, their items with deadlines and
 * completion, evidence files, starting from a template, the rows an import brings, and progress upward.
 *
 * <p>A school writes its own roadmap and its municipality reads it; a municipality writes its own and the region
 * reads it. Above that, the region sees its schools' roadmaps as counts only ({@link #progress}).
 */
@ApplicationScoped
@Transactional
@RowScoped
public class RoadmapService {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private static final Map<String, String> ROADMAP_SORTS = Map.of("startYear", "startYear", "title", "title",
            "updatedAt", "updatedAt");
    private static final Map<String, String> ITEM_SORTS = Map.of("stage", "stage", "position", "position",
            "deadline", "deadlineDate", "status", "status", "activity", "activity", "updatedAt", "updatedAt");

    /** The place a roadmap belongs to, as found within the caller's scope. */
    public record Owner(RoadmapLevel level, UUID regionId, UUID municipalityId, UUID schoolId, String name) {

        UUID id() {
            return switch (level) {
                case SCHOOL -> schoolId;
                case MUNICIPALITY -> municipalityId;
                case REGION -> regionId;
            };
        }
    }

    /** The filters of an item list; overdue as of today in the region's time zone. */
    public record ItemFilter(ItemStatus status, Integer stage, Boolean overdue, String q) {
    }

    /** What an imported row did to the roadmap. */
    public enum Imported {
        CREATED, UPDATED, UNCHANGED
    }

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RoadmapQueries queries;

    @Inject
    RoadmapLimits limits;

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The place, if the caller's role may read (or write) roadmaps of its level and the place is in scope. */
    public Owner owner(RoadmapLevel level, UUID id, boolean write) {
        Role role = caller.role();
        Set<Role> readers = switch (level) {
            case SCHOOL -> Set.of(Role.school, Role.municipal);
            case MUNICIPALITY -> Set.of(Role.municipal, Role.regional);
            case REGION -> Set.of(Role.regional);
        };
        Role writer = switch (level) {
            case SCHOOL -> Role.school;
            case MUNICIPALITY -> Role.municipal;
            case REGION -> Role.regional;
        };
        if (!readers.contains(role) || write && role != writer) {
            throw ApiException.forbidden(write ? "Дорожную карту " + level.ofOwner + " ведёт только сам владелец."
                    : "Дорожные карты " + level.ofOwner + " видны только ему и уровню выше.");
        }
        return switch (level) {
            case SCHOOL -> scope.school(id).map(s -> new Owner(level, s.municipality.region.id, s.municipality.id,
                    s.id, s.shortName)).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
            case MUNICIPALITY -> scope.municipality(id).map(m -> new Owner(level, m.region.id, m.id, null, m.name))
                    .orElseThrow(() -> ApiException.notFound("Муниципалитет не найден"));
            case REGION -> scope.region(id).map(r -> new Owner(level, r.id, null, null, r.name))
                    .orElseThrow(() -> ApiException.notFound("Регион не найден"));
        };
    }

    public RoadmapPage list(RoadmapLevel level, UUID ownerId, Integer year, PageQuery paging) {
        Owner owner = owner(level, ownerId, false);
        StringBuilder where = new StringBuilder(ownerCondition(owner));
        Parameters params = ownerParams(owner);
        if (year != null) {
            where.append(" and startYear = :year");
            params.and("year", year);
        }
        Sort sort = paging.sort == null || paging.sort.isBlank() ? Sort.descending("startYear").and("id")
                : paging.toSort(ROADMAP_SORTS, "startYear");
        PanacheQuery<Roadmap> query = Roadmap.<Roadmap>find(where.toString(), sort, params).page(paging.toPage());
        List<Roadmap> found = query.list();
        Map<UUID, ProgressCounts> progress = queries.progress(found.stream().map(r -> r.id).toList(), today());
        return new RoadmapPage(found.stream().map(r -> RoadmapView.of(r, owner.name(),
                progress.getOrDefault(r.id, ProgressCounts.of(0, 0, 0, 0)))).toList(), query.count(), paging.page,
                paging.size);
    }

    public RoadmapView get(RoadmapLevel level, UUID ownerId, UUID id) {
        Owner owner = owner(level, ownerId, false);
        return view(owner, find(owner, id));
    }

    public RoadmapView create(RoadmapLevel level, UUID ownerId, RoadmapInput input) {
        Owner owner = owner(level, ownerId, true);
        checkRoadmap(input, false);
        Roadmap r = newRoadmap(owner, input, input.title());
        return view(owner, r);
    }

    /** A new roadmap with the items of its level's template, their months in the roadmap's academic year. */
    public RoadmapView fromTemplate(RoadmapLevel level, UUID ownerId, RoadmapInput input) {
        Owner owner = owner(level, ownerId, true);
        checkRoadmap(input, true);
        String title = input.title() == null || input.title().isBlank() ? RoadmapTemplates.title(level) : input.title();
        Roadmap r = newRoadmap(owner, input, title);
        int position = 0;
        for (RoadmapTemplates.Row row : RoadmapTemplates.rows(level)) {
            RoadmapItem i = newItem(r, ++position);
            i.stage = row.stage();
            i.activity = row.activity();
            i.content = row.content();
            i.deadline(Deadline.parse(row.deadline(), r.startYear));
            i.responsible = row.responsible();
            i.result = row.result();
            i.resultDocument = row.document();
            i.status = ItemStatus.PLANNED;
            i.persist();
        }
        em.flush();
        return view(owner, r);
    }

    public RoadmapView update(RoadmapLevel level, UUID ownerId, UUID id, RoadmapInput input) {
        Owner owner = owner(level, ownerId, true);
        Roadmap r = find(owner, id);
        checkRoadmap(input, false);
        Versioned.check(input.version(), r.version);
        if (input.startYear() != r.startYear && items(r).stream().anyMatch(i -> i.deadlineKind.dated())) {
            throw ApiException.invalid("startYear", "У мероприятий уже есть сроки в этом учебном году: создайте"
                    + " дорожную карту на другой год");
        }
        applyRoadmap(r, input, input.title());
        r.updatedAt = Instant.now();
        flushUnique(r.startYear);
        return view(owner, r);
    }

    public void delete(RoadmapLevel level, UUID ownerId, UUID id) {
        Owner owner = owner(level, ownerId, true);
        find(owner, id).delete();
    }

    public ItemPage items(RoadmapLevel level, UUID ownerId, UUID roadmapId, ItemFilter filter, PageQuery paging) {
        Owner owner = owner(level, ownerId, false);
        Roadmap r = find(owner, roadmapId);
        if (filter.stage() != null && (filter.stage() < Stage.FIRST || filter.stage() > Stage.LAST)) {
            throw ApiException.invalid("stage", "Этап — от 1 до 7");
        }
        StringBuilder where = new StringBuilder("roadmapId = :roadmap");
        Parameters params = Parameters.with("roadmap", r.id);
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.stage() != null) {
            where.append(" and stage = :stage");
            params.and("stage", filter.stage());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and " : " and not ").append(
                    "function('roadmap_item_overdue', status, deadlineKind, deadlineDate, :today) = true");
            params.and("today", today());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(activity) like :q escape '\\' or lower(content) like :q escape '\\'"
                    + " or lower(responsible) like :q escape '\\')");
            params.and("q", Search.pattern(filter.q()));
        }
        Sort sort = paging.sort == null || paging.sort.isBlank() ? Sort.by("stage").and("position").and("id")
                : paging.toSort(ITEM_SORTS, "stage");
        PanacheQuery<RoadmapItem> query = RoadmapItem.<RoadmapItem>find(where.toString(), sort, params)
                .page(paging.toPage());
        return new ItemPage(views(query.list()), query.count(), paging.page, paging.size);
    }

    /** Every item of a roadmap in its table's order, for the exports. */
    public List<ItemView> allItems(RoadmapLevel level, UUID ownerId, UUID roadmapId) {
        Owner owner = owner(level, ownerId, false);
        return views(items(find(owner, roadmapId)));
    }

    public ItemView item(RoadmapLevel level, UUID ownerId, UUID roadmapId, UUID id) {
        Owner owner = owner(level, ownerId, false);
        return view(findItem(find(owner, roadmapId), id));
    }

    public ItemView createItem(RoadmapLevel level, UUID ownerId, UUID roadmapId, ItemInput input) {
        Owner owner = owner(level, ownerId, true);
        Roadmap r = find(owner, roadmapId);
        Checked checked = check(input, r.startYear, null);
        RoadmapItem i = newItem(r, nextPosition(r));
        apply(i, input, checked);
        i.persist();
        touch(r);
        em.flush();
        return view(i);
    }

    public ItemView updateItem(RoadmapLevel level, UUID ownerId, UUID roadmapId, UUID id, ItemInput input) {
        Owner owner = owner(level, ownerId, true);
        Roadmap r = find(owner, roadmapId);
        RoadmapItem i = findItem(r, id);
        Checked checked = check(input, r.startYear, i);
        Versioned.check(input.version(), i.version);
        apply(i, input, checked);
        i.updatedAt = Instant.now();
        touch(r);
        em.flush();
        return view(i);
    }

    public void deleteItem(RoadmapLevel level, UUID ownerId, UUID roadmapId, UUID id) {
        Owner owner = owner(level, ownerId, true);
        Roadmap r = find(owner, roadmapId);
        findItem(r, id).delete();
        touch(r);
    }

    /** Attaches the file that shows the item done, replacing the one attached before. */
    public ItemView putEvidence(RoadmapLevel level, UUID ownerId, UUID roadmapId, UUID id, String fileName,
            byte[] content) {
        Owner owner = owner(level, ownerId, true);
        RoadmapItem i = findItem(find(owner, roadmapId), id);
        if (content.length > limits.maxEvidenceSize()) {
            throw AttachmentUpload.tooLarge(limits.maxEvidenceSize());
        }
        AttachmentType type = AttachmentType.detect(content).orElseThrow(AttachmentUpload::unsupported);
        RoadmapEvidence e = RoadmapEvidence.findById(i.id);
        if (e == null) {
            e = new RoadmapEvidence();
            e.itemId = i.id;
            e.regionId = i.regionId;
            e.municipalityId = i.municipalityId;
            e.schoolId = i.schoolId;
        }
        e.fileName = type.fileName(fileName == null || fileName.isBlank() ? "Подтверждение" : fileName);
        e.contentType = type.mediaType;
        e.sizeBytes = content.length;
        e.sha256 = AttachmentUpload.sha256(content);
        e.content = content;
        e.uploadedBy = caller.fullName();
        e.uploadedAt = Instant.now();
        e.persist();
        i.updatedAt = Instant.now();
        em.flush();
        return view(i);
    }

    public AttachmentDownload evidence(RoadmapLevel level, UUID ownerId, UUID roadmapId, UUID id) {
        Owner owner = owner(level, ownerId, false);
        RoadmapItem i = findItem(find(owner, roadmapId), id);
        RoadmapEvidence e = RoadmapEvidence.findById(i.id);
        if (e == null) {
            throw ApiException.notFound("К мероприятию не приложен файл");
        }
        return new AttachmentDownload(e.content, e.contentType, e.fileName);
    }

    public void deleteEvidence(RoadmapLevel level, UUID ownerId, UUID roadmapId, UUID id) {
        Owner owner = owner(level, ownerId, true);
        RoadmapItem i = findItem(find(owner, roadmapId), id);
        if (RoadmapEvidence.deleteById(i.id)) {
            i.updatedAt = Instant.now();
        } else {
            throw ApiException.notFound("К мероприятию не приложен файл");
        }
    }

    /** The roadmap an upload goes into, checked as writable by the caller; its academic year reads month deadlines. */
    public RoadmapView importTarget(RoadmapLevel level, UUID ownerId, UUID roadmapId) {
        Owner owner = owner(level, ownerId, true);
        return view(owner, find(owner, roadmapId));
    }

    /** The academic year of a roadmap the caller may write, for an import that runs without the request. */
    public int importYear(UUID roadmapId) {
        Roadmap r = Roadmap.findById(roadmapId);
        if (r == null) {
            throw ApiException.notFound("Дорожная карта не найдена");
        }
        owner(r.level, RoadmapView.ownerId(r), true);
        return r.startYear;
    }

    /**
     * One row of an uploaded roadmap: an item of the same stage and activity is updated (or left as it is when the
     * row says nothing new; a file without a status keeps the item's), any other row becomes a new item at the end.
     */
    public Imported importRow(UUID roadmapId, ItemInput input) {
        Roadmap r = Roadmap.findById(roadmapId);
        if (r == null) {
            throw ApiException.notFound("Дорожная карта не найдена");
        }
        owner(r.level, RoadmapView.ownerId(r), true);
        RoadmapItem same = RoadmapItem.<RoadmapItem>find("roadmapId = ?1 and stage = ?2 and lower(activity) = ?3",
                r.id, input.stage(), input.activity() == null ? "" : input.activity().strip().toLowerCase())
                .firstResult();
        if (same != null && input.status() == null) {
            input = new ItemInput(input.stage(), input.activity(), input.content(), input.deadline(),
                    input.responsible(), input.result(), input.resultDocument(), same.status, same.completionNote,
                    same.evidenceUrl, same.doneOn, null);
        }
        Checked checked = check(input, r.startYear, same);
        if (same == null) {
            RoadmapItem i = newItem(r, nextPosition(r));
            apply(i, input, checked);
            i.persist();
            touch(r);
            return Imported.CREATED;
        }
        ItemView before = view(same);
        apply(same, input, checked);
        if (view(same).equals(before)) {
            return Imported.UNCHANGED;
        }
        same.updatedAt = Instant.now();
        touch(r);
        return Imported.UPDATED;
    }

    public ProgressView progress(RoadmapLevel level, UUID ownerId, Integer year) {
        Owner owner = owner(level, ownerId, false);
        LocalDate today = today();
        int startYear = year != null ? year : today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        if (startYear < 2000 || startYear > 2100) {
            throw ApiException.invalid("year", "Год — от 2000 до 2100");
        }
        List<RoadmapQueries.ProgressRow> rows = queries.progress(level, owner.id(), startYear, today);
        RoadmapQueries.ProgressRow own = rows.stream().filter(row -> row.rowLevel().equals(level.name())
                && Objects.equals(level == RoadmapLevel.SCHOOL ? row.schoolId() : row.municipalityId(),
                        level == RoadmapLevel.REGION ? null : owner.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("roadmap_progress gave no row of the place itself"));
        List<ProgressView.Unit> units = new ArrayList<>();
        ProgressView.Schools schools = null;
        if (level == RoadmapLevel.MUNICIPALITY) {
            Map<UUID, String> names = names(School.class, rows.stream().map(RoadmapQueries.ProgressRow::schoolId)
                    .filter(Objects::nonNull).toList());
            rows.stream().filter(row -> row.rowLevel().equals("SCHOOL")).forEach(row -> units.add(
                    new ProgressView.Unit(RoadmapLevel.SCHOOL, row.schoolId(), names.get(row.schoolId()),
                            row.withRoadmap() > 0, row.counts(), null)));
        } else if (level == RoadmapLevel.REGION) {
            Map<UUID, RoadmapQueries.ProgressRow> bySchools = new HashMap<>();
            rows.stream().filter(row -> row.rowLevel().equals("SCHOOLS"))
                    .forEach(row -> bySchools.put(row.municipalityId(), row));
            Map<UUID, String> names = names(Municipality.class, rows.stream()
                    .filter(row -> row.rowLevel().equals("MUNICIPALITY")).map(RoadmapQueries.ProgressRow::municipalityId)
                    .toList());
            int owners = 0;
            int withRoadmap = 0;
            int[] sums = new int[4];
            for (RoadmapQueries.ProgressRow row : rows) {
                if (!row.rowLevel().equals("MUNICIPALITY")) {
                    continue;
                }
                RoadmapQueries.ProgressRow below = bySchools.get(row.municipalityId());
                ProgressView.Schools its = below == null ? new ProgressView.Schools(0, 0, ProgressCounts.of(0, 0, 0, 0))
                        : new ProgressView.Schools(below.owners(), below.withRoadmap(), below.counts());
                units.add(new ProgressView.Unit(RoadmapLevel.MUNICIPALITY, row.municipalityId(),
                        names.get(row.municipalityId()), row.withRoadmap() > 0, row.counts(), its));
                owners += its.schools();
                withRoadmap += its.withRoadmap();
                sums[0] += its.progress().total();
                sums[1] += its.progress().done();
                sums[2] += its.progress().inProgress();
                sums[3] += its.progress().overdue();
            }
            schools = new ProgressView.Schools(owners, withRoadmap, ProgressCounts.of(sums[0], sums[1], sums[2],
                    sums[3]));
        }
        units.sort(Comparator.comparing(ProgressView.Unit::name, Comparator.nullsLast(String::compareTo)));
        return new ProgressView(level, owner.id(), owner.name(), startYear, today, own.withRoadmap() > 0,
                own.counts(), units, schools);
    }

    private Map<UUID, String> names(Class<?> type, List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String query = type == School.class ? "select s.id, s.shortName from School s where s.id in :ids"
                : "select m.id, m.name from Municipality m where m.id in :ids";
        em.createQuery(query, Tuple.class).setParameter("ids", ids).getResultList()
                .forEach(t -> names.put(t.get(0, UUID.class), t.get(1, String.class)));
        return names;
    }

    private Roadmap newRoadmap(Owner owner, RoadmapInput input, String title) {
        if (Roadmap.count(ownerCondition(owner) + " and startYear = :year",
                ownerParams(owner).and("year", input.startYear())) > 0) {
            throw duplicateYear(input.startYear());
        }
        Roadmap r = new Roadmap();
        r.id = UUID.randomUUID();
        r.level = owner.level();
        r.regionId = owner.regionId();
        r.municipalityId = owner.municipalityId();
        r.schoolId = owner.schoolId();
        r.createdBy = caller.fullName();
        r.createdAt = Instant.now();
        r.updatedAt = r.createdAt;
        applyRoadmap(r, input, title);
        r.persist();
        flushUnique(r.startYear);
        return r;
    }

    private void flushUnique(int year) {
        Constraints.flush(em, "roadmap_once", () -> duplicateYear(year));
    }

    private static ApiException duplicateYear(int year) {
        return new ApiException(409, "roadmap-exists", "Дорожная карта на этот год уже есть",
                "На " + RoadmapView.yearLabel(year) + " учебный год дорожная карта уже составлена: измените её.",
                List.of(new FieldError("startYear", "На этот учебный год дорожная карта уже есть")));
    }

    private static void checkRoadmap(RoadmapInput input, boolean fromTemplate) {
        List<FieldError> errors = new ArrayList<>();
        if (!fromTemplate && (input.title() == null || input.title().isBlank())) {
            errors.add(new FieldError("title", "Укажите название дорожной карты"));
        }
        boolean number = input.approvalNumber() != null && !input.approvalNumber().isBlank();
        if (number != (input.approvalDate() != null)) {
            errors.add(number ? new FieldError("approvalDate", "Укажите дату документа об утверждении")
                    : new FieldError("approvalNumber", "Укажите номер документа об утверждении"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void applyRoadmap(Roadmap r, RoadmapInput input, String title) {
        r.startYear = input.startYear();
        r.title = title.strip();
        r.approvalTitle = blankToNull(input.approvalTitle());
        r.approvalNumber = blankToNull(input.approvalNumber());
        r.approvalDate = r.approvalNumber == null ? null : input.approvalDate();
    }

    /** The input with what the bean constraints cannot say checked: the deadline, the completion, the link. */
    private record Checked(Deadline deadline, ItemStatus status, LocalDate doneOn) {
    }

    private Checked check(ItemInput input, int startYear, RoadmapItem current) {
        List<FieldError> errors = new ArrayList<>();
        Deadline deadline = null;
        try {
            deadline = deadline(input.deadline(), startYear);
        } catch (FieldProblem e) {
            errors.add(e.error);
        }
        ItemStatus status = input.status() == null ? ItemStatus.PLANNED : input.status();
        LocalDate doneOn = null;
        if (status == ItemStatus.DONE) {
            doneOn = input.doneOn() != null ? input.doneOn()
                    : current != null && current.doneOn != null ? current.doneOn : today();
            if (doneOn.isAfter(today())) {
                errors.add(new FieldError("doneOn", "Дата выполнения не может быть в будущем"));
            }
        } else if (input.doneOn() != null) {
            errors.add(new FieldError("doneOn", "Дата выполнения указывается только для выполненного мероприятия"));
        }
        if (input.evidenceUrl() != null && !input.evidenceUrl().isBlank() && !isWebAddress(input.evidenceUrl())) {
            errors.add(new FieldError("evidenceUrl", "Укажите адрес, начинающийся с http:// или https://"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Checked(deadline, status, doneOn);
    }

    /** A field's refusal, carried out of the deadline's parsing to join the other fields' errors. */
    private static final class FieldProblem extends RuntimeException {

        final transient FieldError error;

        FieldProblem(String field, String message) {
            super(message, null, false, false);
            this.error = new FieldError(field, message);
        }
    }

    private static Deadline deadline(DeadlineInput input, int startYear) {
        boolean text = input.text() != null && !input.text().isBlank();
        if (text && (input.kind() != null || input.value() != null || input.from() != null)) {
            throw new FieldProblem("deadline.text", "Укажите срок либо текстом, либо видом и значением");
        }
        if (text) {
            try {
                return Deadline.parse(input.text(), startYear);
            } catch (IllegalArgumentException e) {
                throw new FieldProblem("deadline.text", e.getMessage());
            }
        }
        if (input.kind() == null) {
            throw new FieldProblem("deadline.kind", "Укажите вид срока или срок текстом");
        }
        if (!input.kind().dated()) {
            if (input.value() != null || input.from() != null) {
                throw new FieldProblem("deadline.value", "У срока «" + Deadline.of(input.kind()).label()
                        + "» нет значения");
            }
            return Deadline.of(input.kind());
        }
        if (input.value() == null || input.value().isBlank()) {
            throw new FieldProblem("deadline.value", input.kind() == DeadlineKind.DATE
                    ? "Укажите день: 2026-10-01" : "Укажите месяц: 2026-09");
        }
        if (input.kind() == DeadlineKind.DATE) {
            if (input.from() != null) {
                throw new FieldProblem("deadline.from", "Начало промежутка указывается только для месяца");
            }
            try {
                return Deadline.day(LocalDate.parse(input.value()));
            } catch (DateTimeException e) {
                throw new FieldProblem("deadline.value", "Ожидается дата в формате ГГГГ-ММ-ДД, существующая в календаре");
            }
        }
        YearMonth month = month(input.value(), "deadline.value");
        if (input.from() == null) {
            return Deadline.month(month);
        }
        YearMonth from = month(input.from(), "deadline.from");
        if (!from.isBefore(month)) {
            throw new FieldProblem("deadline.from", "Первый месяц промежутка — раньше последнего");
        }
        return new Deadline(DeadlineKind.MONTH, month.atDay(1), from.atDay(1));
    }

    private static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeException e) {
            throw new FieldProblem(field, "Ожидается месяц в формате ГГГГ-ММ");
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void apply(RoadmapItem i, ItemInput input, Checked checked) {
        i.stage = input.stage();
        i.activity = input.activity().strip();
        i.content = text(input.content());
        i.deadline(checked.deadline());
        i.responsible = text(input.responsible());
        i.result = text(input.result());
        i.resultDocument = text(input.resultDocument());
        i.status = checked.status();
        i.doneOn = checked.doneOn();
        i.completionNote = blankToNull(input.completionNote());
        i.evidenceUrl = blankToNull(input.evidenceUrl());
    }

    private static RoadmapItem newItem(Roadmap r, int position) {
        RoadmapItem i = new RoadmapItem();
        i.id = UUID.randomUUID();
        i.roadmapId = r.id;
        i.regionId = r.regionId;
        i.municipalityId = r.municipalityId;
        i.schoolId = r.schoolId;
        i.position = position;
        i.createdAt = Instant.now();
        i.updatedAt = i.createdAt;
        return i;
    }

    private int nextPosition(Roadmap r) {
        Integer max = em.createQuery("select max(i.position) from RoadmapItem i where i.roadmapId = :r", Integer.class)
                .setParameter("r", r.id).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static void touch(Roadmap r) {
        r.updatedAt = Instant.now();
    }

    private RoadmapView view(Owner owner, Roadmap r) {
        em.flush();
        return RoadmapView.of(r, owner.name(), queries.progress(List.of(r.id), today())
                .getOrDefault(r.id, ProgressCounts.of(0, 0, 0, 0)));
    }

    private ItemView view(RoadmapItem i) {
        return views(List.of(i)).get(0);
    }

    private List<ItemView> views(List<RoadmapItem> items) {
        Map<UUID, ItemView.Evidence> evidence = new HashMap<>();
        if (!items.isEmpty()) {
            em.createQuery("select e.itemId, e.fileName, e.contentType, e.sizeBytes, e.uploadedBy, e.uploadedAt"
                    + " from RoadmapEvidence e where e.itemId in :ids", Tuple.class)
                    .setParameter("ids", items.stream().map(i -> i.id).toList()).getResultList()
                    .forEach(t -> evidence.put(t.get(0, UUID.class), new ItemView.Evidence(t.get(1, String.class),
                            t.get(2, String.class), t.get(3, Long.class), t.get(4, String.class),
                            t.get(5, Instant.class))));
        }
        LocalDate today = today();
        return items.stream().map(i -> ItemView.of(i, evidence.get(i.id), today)).toList();
    }

    private static List<RoadmapItem> items(Roadmap r) {
        return RoadmapItem.list("roadmapId", Sort.by("stage").and("position").and("id"), r.id);
    }

    private Roadmap find(Owner owner, UUID id) {
        return Roadmap.<Roadmap>find("(" + ownerCondition(owner) + ") and id = :id", ownerParams(owner).and("id", id))
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Дорожная карта не найдена"));
    }

    private static RoadmapItem findItem(Roadmap r, UUID id) {
        return RoadmapItem.<RoadmapItem>find("roadmapId = ?1 and id = ?2", r.id, id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Мероприятие не найдено"));
    }

    private static String ownerCondition(Owner owner) {
        return switch (owner.level()) {
            case SCHOOL -> "level = :level and schoolId = :owner";
            case MUNICIPALITY -> "level = :level and municipalityId = :owner";
            case REGION -> "level = :level and regionId = :owner";
        };
    }

    private static Parameters ownerParams(Owner owner) {
        return Parameters.with("level", owner.level()).and("owner", owner.id());
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
