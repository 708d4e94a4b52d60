package ru.nastavnik.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventInput", description = "Мероприятие: вид, название, даты, описание и номинации")
public record EventInput(
        @NotNull(message = "Выберите вид мероприятия") EventKind kind,
        @Schema(description = "Например «Наставник года» или «Наставник + наставляемый = КОМАНДА»")
        @NotBlank(message = "Укажите название") @Size(max = 300, message = "Не длиннее 300 символов") String title,
        @Size(max = 8000, message = "Не длиннее 8000 символов") String description,
        @NotNull(message = "Укажите дату начала") LocalDate startsOn,
        @NotNull(message = "Укажите дату окончания") LocalDate endsOn,
        @Schema(description = "Номинации в порядке показа. Существующая передаётся со своим id; номинацию, в которой"
                + " уже есть участники, удалить нельзя")
        @Size(max = 50, message = "Не больше 50 номинаций") List<@Valid @NotNull(message = "Укажите номинацию") Nomination> nominations,
        @Schema(description = "Версия, которую видел пользователь; при изменении обязательна") Integer version) {

    @Schema(name = "NominationInput", description = "Номинация мероприятия")
    public record Nomination(
            @Schema(description = "Номинация, которая уже есть; без id — новая") UUID id,
            @NotBlank(message = "Укажите название номинации") @Size(max = 300, message = "Не длиннее 300 символов") String title) {
    }
}
