package ru.nastavnik.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import ru.nastavnik.matching.solver.SolverWarmUp;

/**
 * Warms the matching engine up as soon as the API has started, on a thread of its own: the first match run a
 * curator starts then takes as long as any later one, instead of paying for the native library and the JIT.
 */
@ApplicationScoped
public class SolverWarmUpOnStart {

    private static final Logger LOG = Logger.getLogger(SolverWarmUpOnStart.class);

    @ConfigProperty(name = "nastavnik.matching.warm-up", defaultValue = "true")
    boolean enabled;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                LOG.infof("Matching engine warmed up in %d ms", SolverWarmUp.run());
            } catch (RuntimeException | LinkageError e) {
                // A run still works without the warm-up: it loads what it needs itself.
                LOG.warn("Matching engine warm-up failed", e);
            }
        }, "matching-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
