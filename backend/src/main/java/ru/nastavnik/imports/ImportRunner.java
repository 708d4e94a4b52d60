package ru.nastavnik.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.nastavnik.background.LeaseLost;
import ru.nastavnik.background.Leases;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.table.HeaderMap;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableException;
import ru.nastavnik.common.table.TableReader;

/**
 * Runs import jobs one at a time on a worker thread of its own, each in one transaction, so that a failure, a
 * cancellation or a crash leaves nothing half-imported. The worker acts with the scope the owner had at upload.
 *
 * A job is this instance's under a lease taken when the job was created and renewed while it waits and runs. Every
 * transaction that moves the job on first checks the lease, and the job's own transaction gives the lease up before
 * it commits: if the lease ran out meanwhile (this instance froze, or lost the database for longer than a lease
 * lasts), another instance may have failed the job already, and the work rolls back instead.
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

    private final AtomicInteger running = new AtomicInteger();

    @Inject
    ImportService jobs;

    @Inject
    Caller caller;

    @Inject
    ImportLimits limits;

    @Inject
    Leases leases;

    @Inject
    MeterRegistry registry;

    @Inject
    void gauge(MeterRegistry registry) {
        Gauge.builder("nastavnik.imports.running", running, AtomicInteger::get)
                .description("Import jobs running on this instance now").register(registry);
    }

    static String lease(UUID jobId) {
        return Leases.name("import", jobId);
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
        String lease = lease(ticket.jobId());
        try {
            caller.actAs(ticket.role(), ticket.regionId(), ticket.municipalityId(), ticket.schoolId(),
                    ticket.username());
            Boolean started = QuarkusTransaction.requiringNew()
                    .call(() -> leases.holds(lease) ? jobs.start(ticket.jobId()) : null);
            if (started == null) {
                LOG.warnf("Import job %s lost its lease while it waited; another instance fails it", ticket.jobId());
                return;
            }
            if (!started) {
                QuarkusTransaction.requiringNew().run(() -> leases.release(lease));
                return;
            }
            running.incrementAndGet();
            Timer.Sample sample = Timer.start(registry);
            String outcome = "failed";
            try {
                outcome = execute(ticket, lease);
            } finally {
                running.decrementAndGet();
                String kind = ticket.options().kind().name().toLowerCase(Locale.ROOT);
                Counter.builder("nastavnik.imports.jobs").description("Import jobs run on this instance, by outcome")
                        .tag("kind", kind).tag("outcome", outcome).register(registry).increment();
                sample.stop(Timer.builder("nastavnik.imports.duration")
                        .description("How long import jobs ran on this instance").tag("kind", kind)
                        .tag("outcome", outcome).register(registry));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s stopped unfinished; it fails once its lease runs out", ticket.jobId());
        } finally {
            // Whatever was not given up above is ended by the reaper once the lease runs out.
            leases.forget(lease);
            Upload.delete(ticket.file());
            request.terminate();
        }
    }

    /** Runs the job and answers its outcome for the metrics: succeeded, failed, cancelled or lost (its lease). */
    private String execute(Ticket ticket, String lease) {
        UUID id = ticket.jobId();
        try {
            QuarkusTransaction.requiringNew().timeout((int) limits.transactionTimeout().toSeconds()).run(() -> {
                leases.attachCurrentSession(lease);
                Importer importer = jobs.importer(ticket.options().kind());
                List<TableColumn<Void>> columns = importer.columns(ticket.options());
                try (TableReader reader = TableReader.open(ticket.file())) {
                    HeaderMap header = HeaderMap.read(reader, columns);
                    ImportContext context = new ImportContext(id, ticket.options(), ticket.schoolId(), ticket.file(), reader, header,
                            rows -> QuarkusTransaction.requiringNew().call(() -> progress(id, lease, rows)),
                            limits.maxRows());
                    Outcome outcome = importer.run(context);
                    context.report();
                    // The fence: the lease is given up under its row lock before the job's rows can commit.
                    leases.release(lease);
                    jobs.complete(id, outcome);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return "succeeded";
        } catch (RuntimeException e) {
            if (cause(e, LeaseLost.class) != null) {
                LOG.warnf("Import job %s lost its lease and rolled back; another instance fails it", id);
                leases.detachSession(lease);
                return "lost";
            }
            TableException table = cause(e, TableException.class);
            if (table != null) {
                return finish(id, lease, ImportStatus.FAILED, table.getMessage());
            }
            if (cause(e, ImportCancelled.class) != null) {
                return finish(id, lease, ImportStatus.CANCELLED, "Загрузка отменена, изменения не внесены");
            }
            LOG.errorf(e, "Import job %s failed", id);
            return finish(id, lease, ImportStatus.FAILED, INTERNAL);
        }
    }

    private boolean progress(UUID id, String lease, int rows) {
        leases.commitWithoutWaitingForDisk();
        if (!leases.holds(lease)) {
            throw new LeaseLost(lease);
        }
        return jobs.progress(id, rows);
    }

    private String finish(UUID id, String lease, ImportStatus status, String error) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                leases.release(lease);
                jobs.finish(id, status, error);
            });
        } catch (LeaseLost e) {
            LOG.warnf("Import job %s lost its lease before it could be marked %s; another instance fails it", id,
                    status);
            leases.detachSession(lease);
            return "lost";
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s could not be marked %s; it fails once its lease runs out", id, status);
            return "failed";
        }
        return status.name().toLowerCase(Locale.ROOT);
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
