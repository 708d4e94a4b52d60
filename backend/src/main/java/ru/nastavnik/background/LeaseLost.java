package ru.nastavnik.background;

/**
 * The instance no longer holds the lease of the work it is doing: the lease ran out (the instance froze, or lost
 * the database for longer than the lease lasts) and another instance may already have ended the work. The work's
 * transaction must roll back.
 */
public class LeaseLost extends RuntimeException {

    public LeaseLost(String name) {
        super("Lease " + name + " is no longer held");
    }
}
