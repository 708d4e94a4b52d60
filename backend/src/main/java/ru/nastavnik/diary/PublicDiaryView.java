package ru.nastavnik.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.participant.MentoringForm;

/**
 * The diary as the mentor opens it on a phone: what is needed to log meetings and mark the plan, and of the people
 * only the mentees' names.
 */
@Schema(name = "PublicDiary", description = "Дневник пары по личной ссылке наставника")
public record PublicDiaryView(
        @Schema(required = true) String schoolName,
        @Schema(required = true) MentoringForm form,
        @Schema(required = true) MentorshipKind kind,
        @Schema(required = true) LocalDate plannedStart,
        @Schema(required = true) LocalDate plannedEnd,
        @Schema(description = "Когда пара начала работу; пока не начала, встречи можно только планировать")
        LocalDate startedOn,
        @Schema(required = true, description = "Наставляемые пары (группы) сейчас") List<Mentee> mentees,
        @Schema(required = true, description = "Есть ли у пары программа") boolean hasProgramme,
        @Schema(required = true, description = "Мероприятия программы по срокам") List<DiaryActivityView> activities,
        @Schema(required = true, description = "Последние встречи, новые сначала") List<MeetingView> meetings,
        @Schema(required = true, description = "Сколько дней наставник может исправлять свою запись")
        int editableDays,
        @Schema(required = true) Instant expiresAt) {

    @Schema(name = "PublicDiaryMentee", description = "Наставляемый: только имя")
    public record Mentee(
            @Schema(required = true) UUID id,
            @Schema(required = true) String fullName) {
    }
}
