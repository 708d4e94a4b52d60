package ru.nastavnik.feedback;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.nastavnik.background.ScheduledTask;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Role;

/**
 * Issues feedback by itself, every {@code nastavnik.feedback.every}, on one instance at a time (a
 * {@link ScheduledTask}): in each school with work due, the schedules' dates that have come become deliveries, due
 * deliveries are handed to e-mail or to a printable sheet, and the e-mail outbox is sent. Each school is worked on as
 * its curator would, in a request context of its own: the scheduler's thread has one already, shared by every task it
 * runs, so the work runs on a thread of its own.
 */
@ApplicationScoped
public class FeedbackTask implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(FeedbackTask.class);

    /** Who the fill links and the schedules' deliveries are by, where a person would be named. */
    static final String ACTOR = "Рассылка обратной связи";

    private final ExecutorService workers = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(work, "feedback-task");
        t.setDaemon(true);
        return t;
    });

    @Inject
    FeedbackConfig config;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Deliveries deliveries;

    @Inject
    InSchool inSchool;

    @Inject
    FeedbackIssuer issuer;

    @Inject
    FeedbackMailer mailer;

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public Duration period() {
        return config.every();
    }

    @Override
    public void run() {
        try {
            workers.submit(this::runSchools).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Feedback task interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** One school's failure is logged and does not hold up the others; the run then reports it. */
    private void runSchools() {
        LocalDate today = deliveries.today();
        List<UUID> schools = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT feedback_due_schools(:today, CAST(:stale AS bigint) * interval '1 millisecond')", UUID.class)
                .setParameter("today", today).setParameter("stale", config.mailStaleAfter().toMillis())
                .getResultList());
        int failed = 0;
        for (UUID school : schools) {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                caller.actAs(Role.school, null, null, school, ACTOR);
                runSchool(school, today);
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Feedback of school %s failed; the next run tries again", school);
            } finally {
                request.terminate();
            }
        }
        if (failed > 0) {
            throw new IllegalStateException("Feedback failed in " + failed + " of " + schools.size() + " schools");
        }
    }

    private void runSchool(UUID school, LocalDate today) {
        inSchool.run(school, () -> issuer.expandSchedules(school, today));
        for (UUID delivery : inSchool.call(school, () -> issuer.due(school, today))) {
            inSchool.run(school, () -> issuer.issue(delivery));
        }
        mailer.sendDue(school);
    }
}
