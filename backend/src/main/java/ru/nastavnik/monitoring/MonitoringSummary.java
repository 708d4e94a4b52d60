package ru.nastavnik.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.nastavnik.background.ScheduledTask;

/**
 * Keeps V28's per-school summary counts of the periods the dashboards ask for today: the current academic year and
 * the two before it, the current half-year and the five before it (a half-year's trend reaches three back). Every
 * {@code nastavnik.monitoring.summary-every} (a {@link ScheduledTask}, on one instance at a time) each municipality
 * with a changed school, or without one of today's periods, is counted again in a transaction of its own. Figures
 * never wait for it: a school changed since its count is counted live, so the summary only decides how fast a
 * figure is, never what it says.
 */
@ApplicationScoped
public class MonitoringSummary implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(MonitoringSummary.class);

    static final int YEARS = 3;
    static final int HALVES = 6;

    /** A large municipality on a loaded machine takes seconds; the default transaction timeout is a minute. */
    private static final int REFRESH_TIMEOUT_SECONDS = 600;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "nastavnik.monitoring.summary-every", defaultValue = "PT15S")
    Duration every;

    @ConfigProperty(name = "nastavnik.monitoring.summary-enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public String name() {
        return "monitoring-summary";
    }

    @Override
    public Duration period() {
        return every;
    }

    @Override
    public void run() {
        if (enabled) {
            refresh();
        }
    }

    /**
     * The periods a figure of today asks for, as {@link FiguresService} computes them, each counted once: until
     * 31 January the current year and its first half both run from 1 September to today.
     */
    static List<Period> periods(LocalDate today) {
        List<Period> all = new ArrayList<>();
        int year = Period.academicYear(today);
        for (int i = 0; i < YEARS; i++) {
            all.add(Period.year(year - i, today));
        }
        all.addAll(Period.halfOf(today, today).trend(HALVES));
        Map<String, Period> counted = new LinkedHashMap<>();
        all.forEach(p -> counted.putIfAbsent(p.from() + "/" + p.to() + "/" + p.startYear(), p));
        return List.copyOf(counted.values());
    }

    /** Counts again every municipality that is due; returns how many were. */
    public int refresh() {
        return refresh(FiguresService.today(clock));
    }

    /** Counts again, for the periods of the given day, every municipality that is due. */
    int refresh(LocalDate today) {
        List<Period> periods = periods(today);
        String from = array(periods.stream().map(p -> p.from().toString()));
        String to = array(periods.stream().map(p -> p.to().toString()));
        String years = array(periods.stream().map(p -> String.valueOf(p.startYear())));
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT monitoring_summary_due(cast(?1 AS date[]), cast(?2 AS date[]), cast(?3 AS integer[]))",
                UUID.class).setParameter(1, from).setParameter(2, to).setParameter(3, years).getResultList());
        for (UUID municipality : due) {
            long started = System.nanoTime();
            Object rows = QuarkusTransaction.requiringNew().timeout(REFRESH_TIMEOUT_SECONDS)
                    .call(() -> em.createNativeQuery("SELECT monitoring_summary_refresh(?1, cast(?2 AS date[]),"
                            + " cast(?3 AS date[]), cast(?4 AS integer[]))")
                    .setParameter(1, municipality).setParameter(2, from).setParameter(3, to).setParameter(4, years)
                    .getSingleResult());
            LOG.debugf("Monitoring summary of municipality %s: %s rows in %d ms", municipality, rows,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return due.size();
    }

    /** A PostgreSQL array literal of dates or numbers, which need no quoting. */
    static String array(Stream<String> values) {
        return values.collect(Collectors.joining(",", "{", "}"));
    }
}
