/**
 * Background work that is safe with several API instances on one database.
 *
 * <p><b>Leases.</b> Work that one instance does for a while (an import job) runs under a lease: a row in
 * {@code background_lease} naming the instance ({@link ru.nastavnik.background.BackgroundInstance}) and when the lease
 * runs out. {@link ru.nastavnik.background.Leases} takes it in the transaction that creates the work, renews it every
 * {@code nastavnik.background.renew-every} while the work lasts, and gives it up in the transaction that finishes the
 * work; that last step fails with {@link ru.nastavnik.background.LeaseLost} if the lease ran out, and the work's
 * transaction must then roll back. A lease that ran out means its instance stopped or froze: the
 * {@link ru.nastavnik.background.LeaseReaper} removes it and lets the {@link ru.nastavnik.background.ExpiredLeases} of
 * its kind end the work in the same transaction, then ends the database session a frozen holder may keep open. Leases
 * of live instances are never touched.
 *
 * <p><b>Scheduled tasks.</b> A CDI bean implementing {@link ru.nastavnik.background.ScheduledTask} runs every
 * {@link ru.nastavnik.background.ScheduledTask#period()} on exactly one instance: each instance looks for due tasks
 * every {@code nastavnik.background.poll-every} and the database gives each due run to one of them, under a lease on
 * the task. New periodic work (fill links on a schedule, e-mail, summaries) is such a bean; work of its own kind that
 * outlives a request (like an import) takes a lease of its own kind and an {@code ExpiredLeases} for it.
 *
 * <p>All times are the database's ({@code clock_timestamp()}), so the instances' clocks never matter. The application
 * role reaches the tables only through the SECURITY DEFINER functions of migration V11.
 */
package ru.nastavnik.background;
