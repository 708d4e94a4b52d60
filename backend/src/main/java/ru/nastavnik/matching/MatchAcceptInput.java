package ru.nastavnik.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchAcceptInput", description = "Принять предложения: они станут предложенными парами, ждущими "
        + "приказа")
public record MatchAcceptInput(
        @NotEmpty(message = "Выберите хотя бы одно предложение")
        @Size(max = 500, message = "Не больше 500 предложений за раз")
        List<@NotNull(message = "Выберите предложение") UUID> proposalIds,
        @NotNull(message = "Укажите плановую дату начала") LocalDate plannedStart,
        @Schema(description = "Плановая дата окончания: от 3 до 12 месяцев после начала")
        @NotNull(message = "Укажите плановую дату окончания") LocalDate plannedEnd) {
}
