package ru.nastavnik.feedback;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipEnded;
import ru.nastavnik.mentorship.MentorshipMentee;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStarted;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.participant.ConsentWithdrawn;

/**
 * What the lifecycle entails for feedback, in the lifecycle's own transaction: the deliveries are written (or
 * cancelled) with the change or not at all, and the background task hands them out.
 */
@ApplicationScoped
class FeedbackEvents {

    @Inject
    Deliveries deliveries;

    @Inject
    MentorshipService mentorships;

    /** Each mentee's entry self-assessment, due at once; the schedule now counts from the real start. */
    void started(@Observes MentorshipStarted event) {
        Mentorship m = mentorships.find(event.schoolId(), event.mentorshipId());
        LocalDate today = deliveries.today();
        for (MentorshipMentee mm : m.currentMentees()) {
            deliveries.add(m, mm.participant, DeliveryPurpose.ENTRY, Questionnaires.ENTRY, today);
        }
        FeedbackSchedule schedule = FeedbackSchedule.findById(m.id);
        if (schedule != null) {
            schedule.advance(FeedbackService.countedFrom(m), today.minusDays(1));
        }
    }

    /**
     * An ended pair gets no more intermediate feedback, and an entry self-assessment not handed out yet is moot.
     * A completed one sends the satisfaction questionnaires (each side its own), the programme quality one to all, and
     * the self-assessment again to each mentee as the final measurement. The pair is not looked up for a
     * termination: a mentor's school ends a pair of another school when the mentor withdraws consent, and sees no more
     * of it than that.
     */
    void ended(@Observes MentorshipEnded event) {
        deliveries.cancelWaiting("d.mentorship_id = :mentorship AND d.purpose IN ('ENTRY', 'INTERMEDIATE')",
                event.status() == MentorshipStatus.COMPLETED ? "Пара завершила работу" : "Пара прекратила работу",
                Map.of("mentorship", event.mentorshipId()));
        if (event.status() != MentorshipStatus.COMPLETED) {
            return;
        }
        Mentorship m = mentorships.find(event.schoolId(), event.mentorshipId());
        LocalDate today = deliveries.today();
        deliveries.add(m, m.mentor, DeliveryPurpose.SATISFACTION, Questionnaires.SATISFACTION_MENTOR, today);
        deliveries.add(m, m.mentor, DeliveryPurpose.QUALITY, Questionnaires.QUALITY, today);
        for (MentorshipMentee mm : m.currentMentees()) {
            deliveries.add(m, mm.participant, DeliveryPurpose.SATISFACTION, Questionnaires.SATISFACTION_MENTEE, today);
            deliveries.add(m, mm.participant, DeliveryPurpose.QUALITY, Questionnaires.QUALITY, today);
            deliveries.add(m, mm.participant, DeliveryPurpose.FINAL_ENTRY, Questionnaires.ENTRY, today);
        }
    }

    /** Nothing more goes to a person who withdrew consent. */
    void withdrawn(@Observes ConsentWithdrawn event) {
        deliveries.cancelWaiting("d.participant_id = :participant",
                "Участник отозвал согласие на обработку персональных данных",
                Map.of("participant", event.participantId()));
    }
}
