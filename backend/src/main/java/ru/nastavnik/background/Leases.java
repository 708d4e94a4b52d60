package ru.nastavnik.background;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The leases this instance holds, kept in the database ({@code background_lease}, V11) and renewed on a short period
 * while the work lasts. Every method that takes, checks or gives up a lease runs in the caller's transaction, so that
 * the lease and the work change together.
 */
@ApplicationScoped
public class Leases {

    private static final Logger LOG = Logger.getLogger(Leases.class);

    @Inject
    EntityManager em;

    @Inject
    BackgroundConfig config;

    @Inject
    BackgroundInstance instance;

    /**
     * The leases this instance works under, with when it took each (System.nanoTime): only these are renewed, so
     * the lease of work that ended without a word expires.
     */
    private final Map<String, Long> held = new ConcurrentHashMap<>();

    private final OutageLog renewal = new OutageLog(LOG, "Renewing leases");

    public static String name(String kind, Object key) {
        return kind + ":" + key;
    }

    /** Takes the lease for this instance; false when another instance holds it. */
    @Transactional(TxType.MANDATORY)
    public boolean acquire(String name) {
        Boolean taken = (Boolean) em.createNativeQuery("SELECT lease_acquire(?1, ?2, CAST(?3 AS interval))")
                .setParameter(1, name).setParameter(2, instance.id()).setParameter(3, interval(config.leaseDuration()))
                .getSingleResult();
        if (Boolean.TRUE.equals(taken)) {
            track(name);
            return true;
        }
        return false;
    }

    /**
     * Whether this instance still holds the lease. Until the caller's transaction ends the lease cannot be reaped,
     * so whatever that transaction writes is written by the holder.
     */
    @Transactional(TxType.MANDATORY)
    public boolean holds(String name) {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT lease_held(?1, ?2)").setParameter(1, name)
                .setParameter(2, instance.id()).getSingleResult());
    }

    /**
     * Gives the lease up in the transaction that finishes the work, and throws {@link LeaseLost} when it ran out:
     * that transaction must then roll back, since another instance may have ended the work already.
     */
    @Transactional(TxType.MANDATORY)
    public void release(String name) {
        forget(name);
        boolean released = Boolean.TRUE.equals(em.createNativeQuery("SELECT lease_release(?1, ?2)")
                .setParameter(1, name).setParameter(2, instance.id()).getSingleResult());
        if (!released) {
            throw new LeaseLost(name);
        }
    }

    /**
     * Names the database session of the current transaction as the one working under the lease, so that the
     * reaper can end that session if this instance freezes with the transaction open. Recorded in a transaction of
     * its own: the work's transaction must not lock the lease row, or renewals would wait for it to end.
     */
    @Transactional(TxType.MANDATORY)
    public void attachCurrentSession(String name) {
        Object[] session = (Object[]) em.createNativeQuery(
                "SELECT pg_backend_pid(), backend_start::text FROM pg_stat_activity WHERE pid = pg_backend_pid()")
                .getSingleResult();
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("SELECT lease_attach(?1, ?2, ?3, CAST(?4 AS timestamptz))").setParameter(1, name)
                .setParameter(2, instance.id()).setParameter(3, session[0]).setParameter(4, session[1])
                .getSingleResult());
    }

    /** Forgets the session named by {@link #attachCurrentSession}: it went back to the pool and serves others now. */
    public void detachSession(String name) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("SELECT lease_attach(?1, ?2, NULL, NULL)").setParameter(1, name)
                .setParameter(2, instance.id()).getSingleResult());
    }

    /** Stops renewing a lease whose work ended without giving it up (the database was gone): it expires. */
    public void forget(String name) {
        held.remove(name);
    }

    /** Renews a lease that the database gave this instance by other means (a task's claim). */
    void track(String name) {
        held.put(name, System.nanoTime());
    }

    @Scheduled(every = "${nastavnik.background.renew-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        renewal.run(this::renewHeld);
    }

    private void renewHeld() {
        if (held.isEmpty()) {
            return;
        }
        String[] names = held.keySet().toArray(String[]::new);
        @SuppressWarnings("unchecked")
        List<String> renewed = QuarkusTransaction.requiringNew().call(() -> {
            commitWithoutWaitingForDisk();
            return em.createNativeQuery("SELECT lease_renew(?1, CAST(?2 AS text[]), CAST(?3 AS interval))")
                    .setParameter(1, instance.id()).setParameter(2, names)
                    .setParameter(3, interval(config.leaseDuration())).getResultList();
        });
        LOG.debugf("Renewed %d of the %d leases held", renewed.size(), names.length);
        long now = System.nanoTime();
        for (String name : names) {
            Long since = held.get(name);
            // A lease taken a moment ago may not be committed yet; only one older than its duration is lost.
            if (!renewed.contains(name) && since != null && now - since > config.leaseDuration().toNanos()
                    && held.remove(name, since)) {
                LOG.warnf("Lease %s ran out before it was renewed; another instance will end its work", name);
            }
        }
    }

    /**
     * Lets the current transaction's commit return before its WAL reaches the disk. For renewals and progress
     * reports, whose loss in a database crash costs nothing (the work dies with the crash anyway): while bulk imports
     * fill the WAL, a commit that waits for the disk can take seconds, and a renewal must not miss its lease, nor a
     * progress report keep the lease row share-locked that long.
     */
    @Transactional(TxType.MANDATORY)
    public void commitWithoutWaitingForDisk() {
        em.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
    }

    static String interval(Duration d) {
        return d.toMillis() + " milliseconds";
    }
}
