package ru.nastavnik.completion;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.MentorshipOutcome;

@Schema(name = "CompletionInput", description = "Завершение работы пары: итог по каждой цели программы, итог работы "
        + "пары и состоялась ли итоговая встреча")
public record CompletionInput(
        @Schema(description = "Версия пары, которую видел пользователь", required = true) Integer version,
        @Schema(description = "Дата завершения; по умолчанию сегодня")
        @PastOrPresent(message = "Дата завершения не может быть в будущем") LocalDate endedOn,
        @Schema(required = true) MentorshipOutcome outcome,
        @Schema(description = "Почему работа эффективна не вполне; обязательно, если итог не EFFECTIVE")
        @Size(max = 1000, message = "Не длиннее 1000 символов") String outcomeReason,
        @Schema(required = true, description = "Состоялась ли итоговая встреча") Boolean finalMeetingHeld,
        @Schema(description = "По одному итогу на каждую цель программы пары, в порядке программы; у пары без "
                + "программы — пусто") List<@Valid GoalResultInput> goals,
        @Size(max = 1000, message = "Не длиннее 1000 символов") String comment) {
}
