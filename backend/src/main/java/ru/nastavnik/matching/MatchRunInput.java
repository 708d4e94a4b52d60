package ru.nastavnik.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.matching.solver.MentorshipShape;
import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.participant.MentoringForm;

@Schema(name = "MatchRunInput", description = "Новый подбор пар")
public record MatchRunInput(
        @NotNull(message = "Выберите форму наставничества") MentoringForm form,
        @Schema(description = "Пары или группы; по умолчанию пары") MentorshipShape shape,
        @Schema(description = "Вид наставничества для принятых пар; по умолчанию традиционное. Групповой вид "
                + "получается сам в подборе групп") MentorshipKind kind,
        @Schema(description = "Веса критериев; по умолчанию — стандартные") @Valid MatchWeights weights,
        @Schema(description = "Какое предложение рассматривать сначала; по умолчанию оптимальное. Подбор "
                + "составляет оба, выбор можно изменить до первого решения") MatchMethod method) {
}
