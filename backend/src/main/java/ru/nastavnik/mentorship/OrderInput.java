package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolOrderInput", description = "Приказ о закреплении наставнических пар (групп)")
public record OrderInput(
        @Schema(description = "Номер приказа, уникальный в организации за календарный год", example = "112-о/д")
        @NotBlank(message = "Укажите номер приказа") @Size(max = 50, message = "Не длиннее 50 символов") String number,
        @NotNull(message = "Укажите дату приказа") LocalDate date,
        @Schema(description = "Предложенные пары, которые приказ утверждает")
        @NotEmpty(message = "Выберите хотя бы одну предложенную пару")
        @Size(max = 200, message = "В одном приказе не больше 200 пар")
        List<@NotNull(message = "Выберите пару") UUID> mentorshipIds,
        @Schema(description = "Куратор, на которого возлагается ответственность; по умолчанию — куратор, "
                + "вошедший в систему, или первый назначенный")
        UUID curatorId,
        @Schema(description = "Должность подписывающего руководителя; по умолчанию «Директор»")
        @Size(max = 200, message = "Не длиннее 200 символов") String headPosition,
        @Schema(description = "Инициалы и фамилия руководителя для строки подписи")
        @Size(max = 300, message = "Не длиннее 300 символов") String headName) {
}
