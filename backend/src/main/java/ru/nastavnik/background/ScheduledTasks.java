package ru.nastavnik.background;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the {@link ScheduledTask}s: every instance looks for due runs each {@code poll-every}, and the database
 * ({@code task_claim}, V11) gives each due run to one of them, with a lease on the task for the run's length.
 */
@ApplicationScoped
public class ScheduledTasks {

    private static final Logger LOG = Logger.getLogger(ScheduledTasks.class);

    @Inject
    @Any
    Instance<ScheduledTask> tasks;

    @Inject
    EntityManager em;

    @Inject
    Leases leases;

    @Inject
    BackgroundInstance instance;

    @Inject
    BackgroundConfig config;

    @Inject
    MeterRegistry registry;

    private final OutageLog polling = new OutageLog(LOG, "Scheduled tasks");

    void register(@Observes StartupEvent event) {
        tasks.forEach(this::register);
    }

    /** Makes the task known to the database; its first run is due at once. */
    public void register(ScheduledTask task) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT task_register(?1)")
                .setParameter(1, task.name()).getSingleResult());
    }

    @Scheduled(every = "${nastavnik.background.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        polling.run(() -> tasks.forEach(task -> runIfDue(task, instance.id())));
    }

    /**
     * Claims the task's due run for {@code owner} and runs it here; answers when that run was due, or nothing when
     * it was not due or another claimer has it.
     */
    public Optional<Instant> runIfDue(ScheduledTask task, String owner) {
        Instant due = QuarkusTransaction.requiringNew().call(() -> (Instant) em
                .createNativeQuery("SELECT task_claim(?1, ?2, CAST(?3 AS interval), CAST(?4 AS interval))", Instant.class)
                .setParameter(1, task.name()).setParameter(2, owner)
                .setParameter(3, Leases.interval(task.period()))
                .setParameter(4, Leases.interval(config.leaseDuration())).getSingleResult());
        if (due == null) {
            return Optional.empty();
        }
        String lease = Leases.name("task", task.name());
        if (owner.equals(instance.id())) {
            leases.track(lease);
        }
        Timer.Sample sample = Timer.start(registry);
        String outcome = "SUCCEEDED";
        String error = null;
        try {
            task.run();
        } catch (RuntimeException e) {
            outcome = "FAILED";
            error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            LOG.errorf(e, "Scheduled task %s failed", task.name());
        } finally {
            leases.forget(lease);
            sample.stop(Timer.builder("nastavnik.background.task.runs")
                    .description("Runs of scheduled tasks on this instance, by task and outcome")
                    .tag("task", task.name()).tag("outcome", outcome.toLowerCase()).register(registry));
        }
        String finished = outcome;
        String message = error == null ? "" : error;
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("SELECT task_finish(?1, ?2, ?3, nullif(?4, ''))").setParameter(1, task.name())
                .setParameter(2, owner).setParameter(3, finished).setParameter(4, message).getSingleResult());
        return Optional.of(due);
    }
}
