package ru.nastavnik.background;

import java.time.Duration;

/**
 * A named periodic task. Each due run happens on exactly one API instance, whichever claims it first; a run that
 * outlasts its period delays the next one instead of overlapping it. An instance that stops mid-run loses that run:
 * the next one is due a period after the lost run was claimed, once its lease has run out. Any CDI bean implementing
 * this interface is scheduled.
 */
public interface ScheduledTask {

    /** Unique among the tasks; it names the task's row and lease in the database. */
    String name();

    Duration period();

    /** Does the work, outside any transaction: the task opens the transactions it needs. */
    void run();
}
