package ru.nastavnik.background;

import org.jboss.logging.Logger;

import ru.nastavnik.common.DatabaseErrors;

/**
 * Runs periodic work that needs the database and, while the database is unreachable, says so once per outage
 * instead of at every period; any other failure propagates.
 */
final class OutageLog {

    private final Logger log;
    private final String work;
    private volatile boolean failing;

    OutageLog(Logger log, String work) {
        this.log = log;
        this.work = work;
    }

    void run(Runnable periodic) {
        try {
            periodic.run();
            if (failing) {
                log.infof("%s: the database is reachable again", work);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!DatabaseErrors.unreachable(e)) {
                throw e;
            }
            if (!failing) {
                log.warnf("%s waits, the database is unreachable: %s", work, e.getMessage());
                failing = true;
            }
        }
    }
}
