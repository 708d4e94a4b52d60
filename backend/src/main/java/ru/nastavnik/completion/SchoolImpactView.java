package ru.nastavnik.completion;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;

@Schema(name = "SchoolImpact", description = "Влияние программы наставничества в организации: только цифры, без "
        + "имён. Считаются наставляемые завершённых пар, у которых есть и входная, и итоговая самооценка")
public record SchoolImpactView(
        MentoringForm form,
        LocalDate from,
        LocalDate to,
        @Schema(required = true, description = "Завершённых пар за период") int completedPairs,
        @Schema(required = true, description = "Из них пар, где измерен хотя бы один наставляемый") int measuredPairs,
        @Schema(required = true, description = "Наставляемых с обоими измерениями") int measuredMentees,
        @Schema(required = true, description = "Из них с положительным средним изменением") int improvedMentees,
        @Schema(description = "Доля улучшивших, от 0 до 1; пусто, если измеренных нет") Double improvedShare,
        @Schema(description = "Среднее общее изменение наставляемых") Double overallChange,
        @Schema(required = true) List<Question> questions) {

    @Schema(name = "SchoolImpactQuestion")
    public record Question(
            @Schema(required = true) String questionId,
            @Schema(required = true) String text,
            @Schema(required = true, description = "Наставляемых, ответивших оба раза") int mentees,
            @Schema(required = true) double entryMean,
            @Schema(required = true) double finalMean,
            @Schema(required = true) double meanChange) {
    }
}
