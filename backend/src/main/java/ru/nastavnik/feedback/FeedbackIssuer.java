package ru.nastavnik.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockOptions;

import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipMentee;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStatus;

/**
 * The background task's work on one school's deliveries, each step inside a transaction scoped to that school
 * ({@link InSchool}). Rows are taken with {@code FOR UPDATE SKIP LOCKED} and written under the unique keys of V13, so
 * two runs at once (two instances, should a task's lease ever be lost) never issue the same delivery twice.
 */
@ApplicationScoped
class FeedbackIssuer {

    private static final String SKIP_LOCKED = "jakarta.persistence.lock.timeout";

    @Inject
    EntityManager em;

    @Inject
    MentorshipService mentorships;

    @Inject
    Deliveries deliveries;

    @Inject
    Handouts handouts;

    @Inject
    FeedbackConfig config;

    @Inject
    FeedbackMetrics metrics;

    /** The mock mailbox (development and tests) counts as somewhere to send e-mail to. */
    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mockMailer;

    /** Writes the intermediate deliveries whose date has come, for each of the school's active pairs with one. */
    void expandSchedules(UUID school, LocalDate today) {
        List<FeedbackSchedule> due = em.createQuery(
                "from FeedbackSchedule s where s.schoolId = :school and s.nextDueOn <= :today", FeedbackSchedule.class)
                .setParameter("school", school).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(SKIP_LOCKED, LockOptions.SKIP_LOCKED)
                .getResultList();
        for (FeedbackSchedule s : due) {
            Mentorship m = mentorships.find(school, s.mentorshipId);
            if (m.status != MentorshipStatus.ACTIVE) {
                continue;
            }
            s.latestDue(FeedbackService.countedFrom(m), today).filter(d -> !d.isAfter(m.plannedEnd)).ifPresent(d -> {
                if (s.includeMentor) {
                    deliveries.add(m, m.mentor, DeliveryPurpose.INTERMEDIATE, Questionnaires.FEEDBACK, d);
                }
                for (MentorshipMentee mm : m.currentMentees()) {
                    deliveries.add(m, mm.participant, DeliveryPurpose.INTERMEDIATE, Questionnaires.FEEDBACK, d);
                }
            });
            s.advance(FeedbackService.countedFrom(m), today);
        }
    }

    /** The school's deliveries that are due and not yet handed to a channel, oldest first. */
    List<UUID> due(UUID school, LocalDate today) {
        return em.createQuery("select d.id from FeedbackDelivery d where d.schoolId = :school and d.state = :state"
                + " and d.dueOn <= :today order by d.dueOn, d.id", UUID.class).setParameter("school", school)
                .setParameter("state", DeliveryState.PENDING).setParameter("today", today).getResultList();
    }

    /**
     * Hands one due delivery to its channel, unless another run has it: e-mail when the participant has an address
     * (and e-mail is on), otherwise a printable sheet. A delivery that can no longer go out is cancelled with the
     * reason.
     */
    void issue(UUID deliveryId) {
        FeedbackDelivery d = em.createQuery("from FeedbackDelivery d where d.id = :id and d.state = :state",
                FeedbackDelivery.class).setParameter("id", deliveryId).setParameter("state", DeliveryState.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(SKIP_LOCKED, LockOptions.SKIP_LOCKED)
                .getResultStream().findFirst().orElse(null);
        if (d == null) {
            return;
        }
        String refusal = handouts.refusal(d);
        if (refusal != null) {
            d.cancel(refusal);
            return;
        }
        handOver(d);
    }

    /** Decides the channel of a delivery that may go out and queues its e-mail if it goes by e-mail. */
    void handOver(FeedbackDelivery d) {
        String address = address(d);
        d.issuedAt = Instant.now();
        if (address == null) {
            d.state = DeliveryState.TO_PRINT;
            d.channel = DeliveryChannel.SHEET;
        } else {
            d.state = DeliveryState.MAILING;
            d.channel = DeliveryChannel.EMAIL;
            FeedbackMail mail = new FeedbackMail();
            mail.id = UUID.randomUUID();
            mail.deliveryId = d.id;
            mail.schoolId = d.schoolId;
            mail.recipient = address;
            mail.status = "QUEUED";
            mail.nextAttemptAt = d.issuedAt;
            mail.persist();
        }
        metrics.issued(d.purpose, d.channel);
    }

    /** Where the delivery's e-mail goes, or null when it goes on a sheet. */
    String address(FeedbackDelivery d) {
        String address = d.participant.email;
        boolean email = mockMailer || config.smtpHost().isPresent();
        return email && address != null && !address.isBlank() ? address.trim() : null;
    }
}
