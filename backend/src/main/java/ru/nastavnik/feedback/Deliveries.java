package ru.nastavnik.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.participant.Consent;
import ru.nastavnik.participant.Participant;

/**
 * Writing and cancelling deliveries, inside the caller's transaction and scope: the lifecycle's (a pair starts or
 * ends, a consent is withdrawn) or the background task's.
 */
@ApplicationScoped
class Deliveries {

    static final String REPLACED = "Назначена более новая анкета того же вида";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FeedbackConfig config;

    /** Today in the region's time zone. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }

    /**
     * Writes a due delivery for one participant unless it exists already (the unique keys of V13 decide, whoever
     * writes at the same time). Only participants of the pair's own school with a consent in force get one: a
     * mentor from another school gets their questionnaires from their own school. A new delivery makes the
     * participant's earlier ones of the same questionnaire that were not handed out yet pointless: they are cancelled.
     */
    boolean add(Mentorship m, Participant p, DeliveryPurpose purpose, UUID family, LocalDate dueOn) {
        if (!p.school.id.equals(m.school.id) || !consentInForce(p)) {
            return false;
        }
        UUID id = UUID.randomUUID();
        int written = em.createNativeQuery("""
                INSERT INTO feedback_delivery (id, school_id, mentorship_id, participant_id, purpose, family_id, due_on,
                                               state)
                VALUES (:id, :school, :mentorship, :participant, :purpose, :family, :due, 'PENDING')
                ON CONFLICT DO NOTHING
                """).setParameter("id", id).setParameter("school", m.school.id).setParameter("mentorship", m.id)
                .setParameter("participant", p.id).setParameter("purpose", purpose.name())
                .setParameter("family", family).setParameter("due", dueOn).executeUpdate();
        if (written == 0) {
            return false;
        }
        cancelWaiting("d.participant_id = :participant AND d.family_id = :family AND d.id <> :id", REPLACED,
                Map.of("participant", p.id, "family", family, "id", id));
        return true;
    }

    /**
     * Cancels the deliveries matching {@code condition} (on {@code feedback_delivery d}) that have not reached their
     * person yet: due, waiting for a sheet, or with their e-mail still queued. One being sent right now goes on.
     */
    int cancelWaiting(String condition, String reason, Map<String, Object> params) {
        var query = em.createNativeQuery("""
                WITH cancelled AS (
                    UPDATE feedback_delivery d SET state = 'CANCELLED', cancel_reason = :reason
                    WHERE (%s)
                      AND (d.state IN ('PENDING', 'TO_PRINT')
                           OR (d.state = 'MAILING' AND EXISTS (SELECT 1 FROM feedback_mail q
                                                               WHERE q.delivery_id = d.id AND q.status = 'QUEUED')))
                    RETURNING d.id
                ), mail AS (
                    UPDATE feedback_mail SET status = 'CANCELLED'
                    WHERE status = 'QUEUED' AND delivery_id IN (SELECT id FROM cancelled)
                )
                SELECT count(*) FROM cancelled
                """.formatted(condition)).setParameter("reason", reason);
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).intValue();
    }

    static boolean consentInForce(Participant p) {
        return Consent.count("participant = ?1 and withdrawnOn is null", p) > 0;
    }
}
