package ru.nastavnik.plan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;

/**
 * A built-in programme to start from, written for one form of mentoring from the regulations and roadmaps schools
 * use: the explanatory note, goals with their tasks and a plan of activities whose dates count in weeks from the
 * programme's start.
 */
@Schema(name = "ProgrammeTemplate", description = "Встроенный шаблон персонализированной программы наставничества")
public record ProgrammeTemplate(
        @Schema(required = true, description = "Код шаблона") String code,
        @Schema(required = true) MentoringForm form,
        @Schema(required = true, description = "Название программы") String title,
        @Schema(required = true, description = "Для кого шаблон, одной фразой") String summary,
        @Schema(required = true, description = "Описание проблемы") String problem,
        @Schema(required = true, description = "Возможное содержание деятельности наставника и наставляемого")
        String content,
        @Schema(required = true, description = "Промежуточные результаты") String intermediateResults,
        @Schema(required = true, description = "Планируемые (итоговые) результаты") String finalResults,
        @Schema(required = true, description = "Условия обучения") String conditions,
        @Schema(required = true) ProgrammeMode mode,
        @Schema(required = true) MeetingFrequency meetingFrequency,
        @Schema(required = true) List<Goal> goals,
        @Schema(required = true) List<Activity> activities) {

    @Schema(name = "ProgrammeTemplateGoal", description = "Цель шаблона с задачами")
    public record Goal(
            @Schema(required = true) String title,
            @Schema(required = true, description = "Задачи, по одной в строке") String tasks) {
    }

    @Schema(name = "ProgrammeTemplateActivity", description = "Мероприятие плана шаблона")
    public record Activity(
            @Schema(description = "Номер цели шаблона, к которой относится мероприятие (с нуля)") Integer goal,
            @Schema(required = true) ActivityDirection direction,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true, description = "Срок: через сколько недель от начала программы") int week,
            @Schema(required = true) Performer performer) {
    }
}
