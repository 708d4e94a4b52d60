package ru.nastavnik.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResultsInput", description = "Итоги мероприятия: итог каждого названного участника. Победителю и"
        + " призёру вносится награда «Диплом победителя» или «Диплом призёра»; другой итог заменяет её")
public record ResultsInput(
        @Schema(description = "Версия мероприятия, которую видел организатор")
        @NotNull(message = "Укажите версию мероприятия") Integer version,
        @Schema(description = "Документ об итогах, например «Приказ УО № 45 от 20.04.2026»")
        @Size(max = 300, message = "Не длиннее 300 символов") String resultsDocument,
        @Schema(description = "Дата награждения; по умолчанию — день окончания мероприятия или сегодня, если оно ещё идёт")
        @PastOrPresent(message = "Дата награждения не может быть в будущем") LocalDate awardedOn,
        @NotEmpty(message = "Укажите итоги хотя бы одного участника")
        @Size(max = 500, message = "Не больше 500 участников за раз")
        List<@Valid @NotNull(message = "Укажите итог") Result> results) {

    @Schema(name = "ResultInput", description = "Итог участника")
    public record Result(
            @NotNull(message = "Укажите участника") UUID entrantId,
            @Schema(description = "Версия участника, которую видел организатор")
            @NotNull(message = "Укажите версию участника") Integer version,
            @Schema(description = "Итог; пусто — снять итог") EntrantResult result,
            @Schema(description = "Место, от 1") @Min(value = 1, message = "Место — от 1")
            @Max(value = 100, message = "Место — не больше 100") Integer place,
            @Schema(description = "Номинация, в которой итог") UUID nominationId) {
    }
}
