package ru.nastavnik.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.table.HeaderMap;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableException;
import ru.nastavnik.common.table.TableReader;

/**
 * Runs import jobs one at a time on a worker thread of its own, each in one transaction, so that a failure, a
 * cancellation or a crash leaves nothing half-imported. The worker acts with the scope the owner had at upload.
 */
@ApplicationScoped
public class ImportRunner {

    /** What the worker needs to run a job without its owner's request: the job, the file and the owner's scope. */
    record Ticket(UUID jobId, ImportOptions options, Path file, Role role, UUID regionId, UUID municipalityId,
            UUID schoolId, String username) {
    }

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final String INTERNAL = "Внутренняя ошибка при обработке файла, изменения не внесены. "
            + "Попробуйте ещё раз или обратитесь в поддержку.";

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-worker");
        t.setDaemon(true);
        return t;
    });

    @Inject
    ImportService jobs;

    @Inject
    Caller caller;

    @Inject
    ImportLimits limits;

    @Inject
    EntityManager em;

    void failAbandoned(@Observes StartupEvent event) {
        int failed = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT fail_abandoned_imports()").getSingleResult()).intValue());
        if (failed > 0) {
            LOG.warnf("%d import jobs were left unfinished by the previous run and are marked failed", failed);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void submit(Ticket ticket) {
        worker.execute(() -> run(ticket));
    }

    void run(Ticket ticket) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            caller.actAs(ticket.role(), ticket.regionId(), ticket.municipalityId(), ticket.schoolId(),
                    ticket.username());
            if (!QuarkusTransaction.requiringNew().call(() -> jobs.start(ticket.jobId()))) {
                return;
            }
            execute(ticket);
        } finally {
            Upload.delete(ticket.file());
            request.terminate();
        }
    }

    private void execute(Ticket ticket) {
        UUID id = ticket.jobId();
        try {
            QuarkusTransaction.requiringNew().timeout((int) limits.transactionTimeout().toSeconds()).run(() -> {
                Importer importer = jobs.importer(ticket.options().kind());
                List<TableColumn<Void>> columns = importer.columns(ticket.options());
                try (TableReader reader = TableReader.open(ticket.file())) {
                    HeaderMap header = HeaderMap.resolve(reader.next(), columns);
                    ImportContext context = new ImportContext(id, ticket.options(), ticket.schoolId(), ticket.file(), reader, header,
                            rows -> QuarkusTransaction.requiringNew().call(() -> jobs.progress(id, rows)),
                            limits.maxRows());
                    Outcome outcome = importer.run(context);
                    context.report();
                    jobs.complete(id, outcome);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (ImportCancelled e) {
            finish(id, ImportStatus.CANCELLED, "Загрузка отменена, изменения не внесены");
        } catch (TableException e) {
            finish(id, ImportStatus.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            TableException table = cause(e, TableException.class);
            if (table != null) {
                finish(id, ImportStatus.FAILED, table.getMessage());
            } else if (cause(e, ImportCancelled.class) != null) {
                finish(id, ImportStatus.CANCELLED, "Загрузка отменена, изменения не внесены");
            } else {
                LOG.errorf(e, "Import job %s failed", id);
                finish(id, ImportStatus.FAILED, INTERNAL);
            }
        }
    }

    private void finish(UUID id, ImportStatus status, String error) {
        QuarkusTransaction.requiringNew().run(() -> jobs.finish(id, status, error));
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
