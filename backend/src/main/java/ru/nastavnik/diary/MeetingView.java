package ru.nastavnik.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.plan.ActivityStatus;

@Schema(name = "Meeting", description = "Встреча пары (группы) в дневнике наставника")
public record MeetingView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID mentorshipId,
        @Schema(required = true) MeetingKind kind,
        @Schema(required = true) boolean held,
        @Schema(required = true) LocalDate date,
        LocalTime startsAt,
        Integer durationMinutes,
        @Schema(required = true) MeetingFormat format,
        @Schema(required = true) String topic,
        @Schema(required = true) String notes,
        @Schema(required = true, description = "Кто из наставляемых был на встрече (у проведённой)")
        List<Presence> attendance,
        @Schema(required = true, description = "Мероприятия программы, над которыми работали")
        List<ActivityRef> activities,
        @Schema(required = true) RecordedVia recordedVia,
        @Schema(required = true, description = "Кто записал: куратор или наставник") String recordedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Может ли тот, кто смотрит, изменить запись сейчас") boolean editable,
        @Schema(required = true) int version) {

    @Schema(name = "MeetingPresence", description = "Отметка о наставляемом")
    public record Presence(
            @Schema(required = true) UUID participantId,
            @Schema(required = true) String fullName,
            @Schema(required = true) boolean present) {
    }

    @Schema(name = "MeetingActivity", description = "Мероприятие программы и его состояние сейчас")
    public record ActivityRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) ActivityStatus status) {
    }
}
