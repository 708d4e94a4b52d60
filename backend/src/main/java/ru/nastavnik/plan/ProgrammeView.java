package ru.nastavnik.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.PairSide;
import ru.nastavnik.mentorship.SideAgreement;

@Schema(name = "Programme", description = "Персонализированная программа наставничества пары или группы")
public record ProgrammeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID mentorshipId,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) ProgrammeStatus status,
        @Schema(description = "Шаблон, с которого программа начата") String templateCode,
        @Schema(description = "Название шаблона, с которого программа начата") String templateTitle,
        @Schema(required = true, description = "Описание проблемы") String problem,
        @Schema(required = true, description = "Возможное содержание деятельности наставника и наставляемого")
        String content,
        @Schema(required = true, description = "Промежуточные результаты") String intermediateResults,
        @Schema(required = true, description = "Планируемые (итоговые) результаты") String finalResults,
        @Schema(required = true, description = "Условия обучения") String conditions,
        @Schema(required = true) ProgrammeMode mode,
        @Schema(required = true) MeetingFrequency meetingFrequency,
        @Schema(description = "День недели встреч: 1 — понедельник, 7 — воскресенье") Integer meetingWeekday,
        @Schema(description = "Время встреч", type = SchemaType.STRING, format = "time", example = "15:00")
        LocalTime meetingTime,
        @Schema(description = "Расписание встреч своими словами") String scheduleNote,
        @Schema(required = true, description = "Начало реализации программы") LocalDate startsOn,
        @Schema(required = true, description = "Окончание реализации программы") LocalDate endsOn,
        @Schema(description = "Когда программу согласовала последняя из сторон") LocalDate agreedOn,
        @Schema(required = true) List<Goal> goals,
        @Schema(required = true, description = "План мероприятий по срокам") List<ActivityView> activities,
        @Schema(required = true, description = "Направления мероприятий, подходящие форме пары")
        List<ActivityDirection> directions,
        @Schema(required = true, description = "Кто должен согласовать программу: наставник и каждый наставляемый")
        List<Party> parties,
        @Schema(required = true, description = "Согласия сторон, когда программа согласована")
        List<SideAgreement> agreements,
        @Schema(required = true, description = "Что с программой можно сделать сейчас")
        List<ProgrammeAction> allowedActions,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    @Schema(name = "ProgrammeGoal", description = "Цель программы с задачами")
    public record Goal(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true, description = "Задачи, по одной в строке") String tasks) {
    }

    @Schema(name = "ProgrammeParty", description = "Сторона, чьё согласие нужно программе")
    public record Party(
            @Schema(required = true) UUID participantId,
            @Schema(required = true) String fullName,
            @Schema(required = true) PairSide side,
            @Schema(description = "Несовершеннолетний сегодня: за него соглашается родитель или законный "
                    + "представитель; пусто, если дата рождения не указана") Boolean minor) {
    }
}
