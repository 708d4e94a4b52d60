package ru.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

@Schema(name = "Mentorship", description = "Наставническая пара или группа")
public record MentorshipView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) MentoringForm form,
        @Schema(required = true) MentorshipKind kind,
        @Schema(required = true) MentorshipStatus status,
        @Schema(required = true) Member mentor,
        @Schema(required = true, description = "Наставляемые; выбывшие из группы — с датой выбытия") List<Member> mentees,
        @Schema(required = true) LocalDate plannedStart,
        @Schema(required = true) LocalDate plannedEnd,
        LocalDate startedOn,
        LocalDate endedOn,
        TerminationReason terminationReason,
        String terminationComment,
        @Schema(description = "Итог работы завершённой пары") MentorshipOutcome outcome,
        @Schema(description = "Почему работа пары эффективна не вполне") String outcomeReason,
        @Schema(description = "Приказ, которым пара утверждена") OrderRef order,
        @Schema(required = true) MentorshipOrigin origin,
        @Schema(required = true, description = "Что с парой можно сделать сейчас") List<MentorshipAction> allowedActions,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) int version) {

    @Schema(name = "MentorshipMember", description = "Наставник или наставляемый")
    public record Member(
            @Schema(required = true) UUID id,
            @Schema(required = true) String fullName,
            @Schema(required = true) ParticipantKind kind,
            @Schema(description = "Когда наставляемый выбыл из группы") LocalDate removedOn) {
    }

    @Schema(name = "OrderRef", description = "Номер и дата приказа")
    public record OrderRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String number,
            @Schema(required = true) LocalDate date) {
    }
}
