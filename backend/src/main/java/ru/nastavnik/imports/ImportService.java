package ru.nastavnik.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.background.Leases;
import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.table.HeaderMap;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableException;
import ru.nastavnik.common.table.TableFormat;
import ru.nastavnik.common.table.TableReader;
import ru.nastavnik.common.table.TableWriter;

/** Import jobs as their owners see them: created from an upload, watched while they run, and their row reports. */
@ApplicationScoped
@Transactional
@RowScoped
public class ImportService {

    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "fileName", "fileName");

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    ImportLimits limits;

    @Inject
    Leases leases;

    @Inject
    @Any
    Instance<Importer> importers;

    @Inject
    AuditLog audit;

    /** A new job, or the one an earlier request with the same Idempotency-Key created. */
    record Created(ImportJobView job, boolean isNew) {
    }

    Created create(ImportOptions options, Upload upload, String fileName, String idempotencyKey) {
        if (idempotencyKey != null) {
            ImportJob earlier = ImportJob.<ImportJob>find("ownerUsername = ?1 and idempotencyKey = ?2",
                    caller.username(), idempotencyKey).firstResult();
            if (earlier != null) {
                if (!earlier.fileHash.equals(upload.sha256()) || earlier.kind != options.kind()
                        || !java.util.Objects.equals(earlier.roadmapId, options.roadmapId())
                        || earlier.dryRun != options.dryRun() || earlier.allOrNothing != options.allOrNothing()) {
                    throw ApiException.conflict("idempotency-key-reused", "Ключ идемпотентности уже использован",
                            "С этим Idempotency-Key уже загружен другой файл или с другими параметрами. "
                                    + "Для новой загрузки используйте новый ключ.");
                }
                return new Created(ImportJobView.of(earlier), false);
            }
        }
        Importer importer = importer(options.kind());
        List<TableColumn<Void>> columns = importer.columns(options);
        ImportJob job = new ImportJob();
        try (TableReader reader = TableReader.open(upload.file())) {
            HeaderMap header = HeaderMap.read(reader, columns);
            if (header == null) {
                throw Upload.unreadable("В файле нет ни одной заполненной строки");
            }
            int rows = 0;
            while (reader.next() != null) {
                if (++rows > limits.maxRows()) {
                    throw new ApiException(422, "too-many-rows", "В файле слишком много строк",
                            "Наибольшее число строк в одном файле — " + limits.maxRows()
                                    + ". Разделите файл на несколько частей.", null);
                }
            }
            if (rows == 0) {
                throw Upload.unreadable("В файле есть только строка заголовков, строк с данными нет");
            }
            job.totalRows = rows;
            job.fileFormat = reader.description();
            job.warnings = new ArrayList<>(header.ignored().stream()
                    .map(c -> "Столбец «" + c + "» не используется и пропущен").toList());
        } catch (TableException e) {
            throw Upload.unreadable(e.getMessage());
        }
        job.id = UUID.randomUUID();
        job.kind = options.kind();
        job.dryRun = options.dryRun();
        job.allOrNothing = options.allOrNothing();
        job.questionnaireId = options.questionnaireId();
        job.roadmapId = options.roadmapId();
        job.status = ImportStatus.QUEUED;
        job.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
        job.fileSize = upload.size();
        job.fileHash = upload.sha256();
        job.idempotencyKey = idempotencyKey;
        job.ownerUsername = caller.username();
        job.ownerRole = caller.role();
        job.regionId = caller.regionId();
        job.municipalityId = caller.municipalityId();
        job.schoolId = caller.schoolId();
        job.createdAt = Instant.now();
        job.persist();
        Constraints.flush(em, "import_job_idempotency_key", () -> ApiException.conflict("idempotency-key-reused",
                "Ключ идемпотентности уже использован", "Такая загрузка уже принята. Повторите запрос позже."));
        // The file is on this instance only: the job is this instance's from the start, and fails if it stops.
        if (!leases.acquire(ImportRunner.lease(job.id))) {
            throw new IllegalStateException("The lease of new import job " + job.id + " is taken");
        }
        if (job.kind != ImportKind.SCHOOLS) {
            audit.record(AuditAction.IMPORT_UPLOADED, job.id);
        }
        return new Created(ImportJobView.of(job), true);
    }

    public ImportJobView get(UUID id) {
        return ImportJobView.of(find(id));
    }

    public ImportJobPage list(ImportKind kind, PageQuery paging) {
        StringBuilder where = new StringBuilder(scope());
        Parameters params = scopeParams();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        Sort sort = paging.sort == null || paging.sort.isBlank() ? Sort.descending("createdAt").and("id")
                : paging.toSort(SORTS, "createdAt");
        PanacheQuery<ImportJob> query = ImportJob.<ImportJob>find(where.toString(), sort, params)
                .page(paging.toPage());
        return new ImportJobPage(query.list().stream().map(ImportJobView::of).toList(), query.count(), paging.page,
                paging.size);
    }

    public ImportRowPage rows(UUID id, RowAction action, PageQuery paging) {
        ImportJob job = find(id);
        String filter = action == null ? "" : " AND action = :action";
        var count = em.createNativeQuery("SELECT count(*) FROM import_row WHERE job_id = :job" + filter);
        var select = em.createNativeQuery("SELECT row_no, action, column_name, message, ref FROM import_row"
                + " WHERE job_id = :job" + filter + " ORDER BY row_no, seq", Object[].class);
        count.setParameter("job", job.id);
        select.setParameter("job", job.id);
        if (action != null) {
            count.setParameter("action", action.name());
            select.setParameter("action", action.name());
        }
        var page = paging.toPage();
        @SuppressWarnings("unchecked")
        List<Object[]> found = select.setFirstResult(page.index * page.size).setMaxResults(page.size)
                .getResultList();
        return new ImportRowPage(found.stream().map(ImportService::row).toList(),
                ((Number) count.getSingleResult()).longValue(), paging.page, paging.size);
    }

    /** Streams the whole report from a cursor, so that a report of any length needs no more memory than a row. */
    void writeReport(UUID id, TableFormat format, OutputStream out) throws IOException {
        ImportJob job = find(id);
        boolean applied = job.applied;
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery("SELECT row_no, action, column_name, message, ref FROM import_row"
                + " WHERE job_id = :job ORDER BY row_no, seq", Object[].class).setParameter("job", job.id)
                .setHint("org.hibernate.fetchSize", 1000).getResultStream();
        try (rows; TableWriter writer = TableWriter.open(format, out, "Отчёт",
                List.of("Строка", "Результат", "Столбец", "Сообщение", "Строка узнаётся по"))) {
            var it = rows.iterator();
            while (it.hasNext()) {
                ImportRowView r = row(it.next());
                writer.row(java.util.Arrays.asList(r.row(), r.action().label(applied), r.column(), r.message(),
                        r.ref()));
            }
        }
    }

    public ImportJobView cancel(UUID id) {
        ImportJob job = find(id);
        switch (job.status) {
            case QUEUED -> {
                job.status = ImportStatus.CANCELLED;
                job.finishedAt = Instant.now();
            }
            case RUNNING -> job.cancelRequested = true;
            default -> throw ApiException.conflict("import-finished", "Загрузка уже завершена",
                    "Отменить можно только загрузку, которая ещё в очереди или выполняется.");
        }
        return ImportJobView.of(job);
    }

    /** Moves a queued job to running; false when it was cancelled while it waited. */
    boolean start(UUID id) {
        ImportJob job = find(id);
        if (job.status != ImportStatus.QUEUED) {
            return false;
        }
        job.status = ImportStatus.RUNNING;
        job.startedAt = Instant.now();
        return true;
    }

    /** Records progress and answers whether the owner asked to cancel. */
    boolean progress(UUID id, int processedRows) {
        ImportJob job = find(id);
        job.processedRows = processedRows;
        return job.cancelRequested;
    }

    /** Called inside the job's own transaction, so that the counts commit together with the data. */
    void complete(UUID id, Outcome outcome) {
        ImportJob job = find(id);
        job.status = ImportStatus.SUCCEEDED;
        job.processedRows = job.totalRows;
        job.createdCount = outcome.created();
        job.updatedCount = outcome.updated();
        job.unchangedCount = outcome.unchanged();
        job.rejectedCount = outcome.rejected();
        job.applied = outcome.applied();
        job.finishedAt = Instant.now();
    }

    void finish(UUID id, ImportStatus status, String error) {
        ImportJob job = find(id);
        job.status = status;
        job.error = error;
        job.applied = false;
        job.createdCount = 0;
        job.updatedCount = 0;
        job.unchangedCount = 0;
        job.rejectedCount = 0;
        job.finishedAt = Instant.now();
    }

    Importer importer(ImportKind kind) {
        return importers.stream().filter(i -> i.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No importer for " + kind));
    }

    private ImportJob find(UUID id) {
        Parameters params = scopeParams().and("id", id);
        return ImportJob.<ImportJob>find("(" + scope() + ") and id = :id", params).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Загрузка не найдена"));
    }

    /** A job belongs to its owner's scope; colleagues of the same scope see it too. */
    private String scope() {
        return "ownerRole = :scopeRole and " + switch (caller.role()) {
            case school -> "schoolId = :scopeId";
            case municipal -> "municipalityId = :scopeId";
            case regional, portal -> "regionId = :scopeId";
        };
    }

    private Parameters scopeParams() {
        UUID id = switch (caller.role()) {
            case school -> caller.schoolId();
            case municipal -> caller.municipalityId();
            case regional, portal -> caller.regionId();
        };
        return Parameters.with("scopeRole", caller.role()).and("scopeId", id);
    }

    private static ImportRowView row(Object[] r) {
        return new ImportRowView(((Number) r[0]).intValue(), RowAction.valueOf((String) r[1]), (String) r[2],
                (String) r[3], (String) r[4]);
    }
}
