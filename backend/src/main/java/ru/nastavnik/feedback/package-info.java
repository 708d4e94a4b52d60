/**
 * Feedback on a schedule: the questionnaires a pair's participants get while it works and when it ends, and how they
 * reach them.
 *
 * <p><b>What is issued when.</b> Starting a pair writes each mentee's entry self-assessment; completing it writes the
 * satisfaction questionnaires (the mentee's and the mentor's versions), the programme quality questionnaire for all
 * and the self-assessment again for each mentee, the final measurement. Both happen in the lifecycle's own
 * transaction ({@link ru.nastavnik.feedback.FeedbackEvents}). The intermediate feedback follows the pair's
 * {@link ru.nastavnik.feedback.FeedbackSchedule}: {@link ru.nastavnik.feedback.FeedbackTask} writes each date's
 * deliveries when it comes, for the pair's participants of that day. Only participants of the pair's own school
 * with a consent in force get anything; a withdrawn consent, an ended pair or a newer questionnaire of the same kind
 * cancels what has not reached its person yet. "Today" is {@link java.time.Clock} (a bean) in
 * {@code nastavnik.feedback.time-zone}.
 *
 * <p><b>Never twice, never lost.</b> A delivery is a row with a unique key (pair, person, purpose and, for the
 * intermediate feedback, date), so it is written once however many instances try. The task runs on one instance at a
 * time (a {@link ru.nastavnik.background.ScheduledTask}), and even two runs at once would not issue a delivery twice:
 * each is taken with {@code FOR UPDATE SKIP LOCKED} and moves on only from its current state. Handing a delivery to
 * e-mail writes an outbox row in the same transaction, so a restart loses nothing; {@link
 * ru.nastavnik.feedback.FeedbackMailer} sends it at most once per attempt and retries failures with a new link.
 * A delivery without an address waits for a printable sheet, whose links are created when it is printed (a link's
 * secret is shown once and never stored).
 */
package ru.nastavnik.feedback;
