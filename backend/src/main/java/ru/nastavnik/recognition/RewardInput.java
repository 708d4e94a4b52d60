package ru.nastavnik.recognition;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RewardInput", description = "Награда участника")
public record RewardInput(
        @Schema(description = "Награждённый: наставник или наставляемый организации")
        @NotNull(message = "Выберите награждённого") UUID participantId,
        @NotNull(message = "Выберите вид награды") RewardKind kind,
        @Schema(description = "Вид награды своими словами — только для OTHER, и для него обязательно")
        @Size(max = 200, message = "Не длиннее 200 символов") String otherKind,
        @Schema(description = "Формулировка: название награды и за что, например «За подготовку победителя олимпиады»")
        @NotBlank(message = "Укажите формулировку награды") @Size(max = 500, message = "Не длиннее 500 символов") String title,
        @NotNull(message = "Укажите дату награждения")
        @PastOrPresent(message = "Дата награждения не может быть в будущем") LocalDate awardedOn,
        @Schema(description = "Кем награждён, например «Директор МОУ СОШ № 17» или «Управление образования»")
        @NotBlank(message = "Укажите, кем награждён") @Size(max = 300, message = "Не длиннее 300 символов") String awardedBy,
        @Schema(description = "Приказ или иной документ о награждении")
        @Size(max = 200, message = "Не длиннее 200 символов") String documentRef,
        @Schema(description = "Пара или группа, за работу в которой награда; награждённый должен в ней состоять")
        UUID mentorshipId,
        @Schema(description = "Версия награды, которую видел пользователь; при изменении обязательна") Integer version) {
}
