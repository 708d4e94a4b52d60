package ru.nastavnik.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import ru.nastavnik.monitoring.MonitoringSummary;

/**
 * Counts the monitoring summary of every municipality that is due, at once: the bench API runs no background tasks
 * (their statements would mix with the ones bench/monitoring captures), so bench/monitoring asks for the count the
 * task would make after generating its region, and times it. Exists only in the bench build (see
 * BenchParticipantResource).
 */
@Path("/bench/monitoring-summary")
@PermitAll
public class BenchMonitoringSummaryResource {

    @Inject
    MonitoringSummary summary;

    /** How many municipalities were counted. */
    @POST
    public int refresh() {
        return summary.refresh();
    }
}
