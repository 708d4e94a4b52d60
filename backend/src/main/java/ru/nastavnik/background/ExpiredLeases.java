package ru.nastavnik.background;

import java.util.List;

/**
 * Ends the work whose lease ran out, for one kind of lease: the instance doing it stopped or froze. Called by the
 * reaper on every pass, in the transaction that removed the leases, so that a lease and its work end together; the
 * list may be empty, which lets an implementation also end work left without any lease.
 */
public interface ExpiredLeases {

    /** The part of the lease names before the colon. */
    String kind();

    /** Ends the work; {@code keys} are the lease names' parts after the colon. */
    void reaped(List<String> keys);
}
