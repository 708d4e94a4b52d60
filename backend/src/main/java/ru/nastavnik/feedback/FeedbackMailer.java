package ru.nastavnik.feedback;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mailer;
import ru.nastavnik.questionnaire.FillLinkView;

/**
 * Sends the e-mail outbox of one school. A message is handed to the SMTP server at most once per attempt: the
 * attempt is claimed and its fill link created in one transaction, the message is sent after that commits, and the
 * outcome is recorded in another. A failed attempt is retried later with a new link (which revokes the link of the
 * failed one, so even a message that did arrive after all carries a dead link); after the last attempt the delivery
 * waits for a printable sheet instead. An attempt cut off by a stopped instance is never sent again: whether it left
 * is unknown, so its delivery goes to a sheet, with the reason shown to the curator.
 */
@ApplicationScoped
class FeedbackMailer {

    private static final Logger LOG = Logger.getLogger(FeedbackMailer.class);

    static final String CUT_OFF = "Отправка прервалась: сервер остановился, пока отправлял письмо. Неизвестно, ушло "
            + "ли оно, поэтому повторно оно не отправляется — распечатайте лист с QR-кодом.";

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    InSchool inSchool;

    @Inject
    Handouts handouts;

    @Inject
    FeedbackConfig config;

    @Inject
    FeedbackMetrics metrics;

    /** Sends the school's due messages, one after the other, outside any transaction. */
    void sendDue(UUID school) {
        inSchool.run(school, this::giveUpCutOff);
        List<UUID> due = inSchool.call(school, () -> em.createNativeQuery("""
                SELECT id FROM feedback_mail WHERE status = 'QUEUED' AND next_attempt_at <= clock_timestamp()
                ORDER BY created_at, id
                """, UUID.class).getResultList());
        for (UUID id : due) {
            send(school, id);
        }
    }

    private void send(UUID school, UUID mailId) {
        Optional<FeedbackMessage> outgoing;
        try {
            outgoing = inSchool.call(school, () -> prepare(mailId));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Feedback e-mail %s could not be prepared", mailId);
            inSchool.run(school, () -> failed(mailId, describe("Письмо не удалось подготовить", e)));
            return;
        }
        if (outgoing.isEmpty()) {
            return;
        }
        try {
            mailer.send(outgoing.get().mail());
        } catch (RuntimeException e) {
            String error = describe("Почтовый сервер не принял письмо", e);
            LOG.warnf("Feedback e-mail %s was not sent: %s", mailId, error);
            inSchool.run(school, () -> failed(mailId, error));
            return;
        }
        inSchool.run(school, () -> sent(mailId));
    }

    /**
     * Claims the message's next attempt and creates its link; empty when another run claimed it first, or when its
     * delivery was cancelled meanwhile or can no longer go out.
     */
    private Optional<FeedbackMessage> prepare(UUID mailId) {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = em.createNativeQuery("""
                UPDATE feedback_mail SET status = 'SENDING', claimed_at = clock_timestamp(), attempts = attempts + 1
                WHERE id = :id AND status = 'QUEUED' AND next_attempt_at <= clock_timestamp()
                RETURNING delivery_id
                """, UUID.class).setParameter("id", mailId).getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        FeedbackDelivery d = em.find(FeedbackDelivery.class, claimed.get(0), LockModeType.PESSIMISTIC_WRITE);
        if (d.state != DeliveryState.MAILING) {
            return cancelled(mailId);
        }
        String refusal = handouts.refusal(d);
        if (refusal != null) {
            d.cancel(refusal);
            return cancelled(mailId);
        }
        Optional<FillLinkView> link = handouts.link(d);
        if (link.isEmpty()) {
            return cancelled(mailId);
        }
        FeedbackMail mail = em.find(FeedbackMail.class, mailId);
        Handouts.Addressee to = handouts.addressee(d.participant);
        return Optional.of(FeedbackMessage.of(mail.recipient, new FeedbackMessage.Content(to.name(),
                to.throughGuardian(), d.participant.fullName, d.participant.school.shortName,
                link.get().templateTitle(), handouts.pair(d),
                FeedbackText.until(link.get().expiresAt(), config.timeZone()), link.get().url())));
    }

    private void sent(UUID mailId) {
        em.createNativeQuery("""
                WITH sent AS (
                    UPDATE feedback_mail SET status = 'SENT', sent_at = clock_timestamp(), last_error = NULL
                    WHERE id = :id AND status = 'SENDING'
                    RETURNING delivery_id
                )
                UPDATE feedback_delivery SET state = 'MAILED', sent_at = clock_timestamp()
                WHERE id IN (SELECT delivery_id FROM sent) AND state = 'MAILING'
                """).setParameter("id", mailId).executeUpdate();
        metrics.mail("sent");
    }

    /**
     * Records a failed attempt: queued again after a pause that doubles with each attempt, or, after the last one,
     * failed for good with its delivery waiting for a printable sheet. An attempt that failed before it was claimed
     * counts too, so that a message that cannot even be prepared does not come back forever.
     */
    private void failed(UUID mailId, String error) {
        @SuppressWarnings("unchecked")
        List<String> outcome = em.createNativeQuery("""
                WITH failed AS (
                    UPDATE feedback_mail m
                    SET attempts = m.attempts + CASE m.status WHEN 'QUEUED' THEN 1 ELSE 0 END,
                        status = CASE WHEN m.attempts + CASE m.status WHEN 'QUEUED' THEN 1 ELSE 0 END >= :max
                                      THEN 'FAILED' ELSE 'QUEUED' END,
                        next_attempt_at = clock_timestamp()
                            + CAST(:retry AS bigint) * power(2, greatest(m.attempts - 1, 0)) * interval '1 millisecond',
                        last_error = left(:error, 1000)
                    WHERE m.id = :id AND m.status IN ('QUEUED', 'SENDING')
                    RETURNING m.status, m.delivery_id
                ), to_sheet AS (
                    UPDATE feedback_delivery SET state = 'TO_PRINT', channel = 'SHEET'
                    WHERE id IN (SELECT delivery_id FROM failed WHERE status = 'FAILED') AND state = 'MAILING'
                )
                SELECT status FROM failed
                """, String.class).setParameter("id", mailId).setParameter("max", config.mailAttempts())
                .setParameter("retry", config.mailRetryAfter().toMillis()).setParameter("error", error)
                .getResultList();
        metrics.mail(outcome.contains("FAILED") ? "failed" : "retried");
    }

    /** Messages whose sending was cut off go to a sheet, never out again (see the class comment). */
    private void giveUpCutOff() {
        int cutOff = em.createNativeQuery("""
                WITH cut_off AS (
                    UPDATE feedback_mail SET status = 'FAILED', last_error = :error
                    WHERE status = 'SENDING'
                      AND claimed_at <= clock_timestamp() - CAST(:stale AS bigint) * interval '1 millisecond'
                    RETURNING delivery_id
                )
                UPDATE feedback_delivery SET state = 'TO_PRINT', channel = 'SHEET'
                WHERE id IN (SELECT delivery_id FROM cut_off) AND state = 'MAILING'
                """).setParameter("error", CUT_OFF).setParameter("stale", config.mailStaleAfter().toMillis())
                .executeUpdate();
        for (int i = 0; i < cutOff; i++) {
            metrics.mail("cut-off");
        }
    }

    /** The message of a delivery that will not go out after all. */
    private Optional<FeedbackMessage> cancelled(UUID mailId) {
        em.createNativeQuery("UPDATE feedback_mail SET status = 'CANCELLED' WHERE id = :id").setParameter("id", mailId)
                .executeUpdate();
        return Optional.empty();
    }

    /** What the curator reads about a failed attempt: what went wrong, in the words of whatever refused. */
    private static String describe(String what, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return what + ": " + (message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
    }
}
