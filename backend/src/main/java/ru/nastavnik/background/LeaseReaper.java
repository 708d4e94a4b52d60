package ru.nastavnik.background;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ends the work of instances that stopped or froze: removes the leases that ran out and lets each kind's
 * {@link ExpiredLeases} end their work in the same transaction. Then it ends the database sessions that a frozen
 * holder may still keep open, so that their locks go and their transactions roll back; they could not commit anyway,
 * since committing work requires its lease. Itself a scheduled task, so one instance reaps at a time.
 */
@ApplicationScoped
public class LeaseReaper implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(LeaseReaper.class);

    /** One lease that ran out, with the session that was working under it, if any. */
    record Reaped(String kind, String key, String owner, Integer pid, String sessionStart) {
    }

    @Inject
    EntityManager em;

    @Inject
    BackgroundConfig config;

    @Inject
    @Any
    Instance<ExpiredLeases> handlers;

    @Inject
    MeterRegistry registry;

    @Override
    public String name() {
        return "lease-reaper";
    }

    @Override
    public Duration period() {
        return config.reapEvery();
    }

    @Override
    public void run() {
        List<Reaped> reaped = QuarkusTransaction.requiringNew().call(this::reap);
        for (Reaped lease : reaped) {
            LOG.warnf("Lease %s:%s of %s ran out; its work is ended", lease.kind(), lease.key(), lease.owner());
            Counter.builder("nastavnik.background.leases.reaped")
                    .description("Leases that ran out and whose work this instance ended, by kind")
                    .tag("kind", lease.kind()).register(registry).increment();
            if (lease.pid() != null) {
                terminate(lease);
            }
        }
    }

    private List<Reaped> reap() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT name, owner, holder_pid, holder_started_at::text FROM lease_reap()").getResultList();
        List<Reaped> reaped = new ArrayList<>();
        for (Object[] row : rows) {
            String name = (String) row[0];
            int colon = name.indexOf(':');
            reaped.add(new Reaped(colon < 0 ? name : name.substring(0, colon), colon < 0 ? "" : name.substring(colon + 1),
                    (String) row[1], row[2] == null ? null : ((Number) row[2]).intValue(), (String) row[3]));
        }
        Map<String, List<String>> byKind = reaped.stream().collect(
                Collectors.groupingBy(Reaped::kind, Collectors.mapping(Reaped::key, Collectors.toList())));
        handlers.forEach(h -> h.reaped(byKind.getOrDefault(h.kind(), List.of())));
        return reaped;
    }

    /** Ends the holder's session if it is still the same one (a pid alone may since belong to another session). */
    private void terminate(Reaped lease) {
        Number ended = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE pid = ?1 AND backend_start = CAST(?2 AS timestamptz)")
                .setParameter(1, lease.pid()).setParameter(2, lease.sessionStart()).getSingleResult());
        if (ended.intValue() > 0) {
            LOG.warnf("The database session %d left open under lease %s:%s is ended", lease.pid(), lease.kind(),
                    lease.key());
        }
    }
}
