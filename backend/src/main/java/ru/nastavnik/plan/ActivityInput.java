package ru.nastavnik.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeActivityInput", description = "Мероприятие плана программы")
public record ActivityInput(
        @Schema(description = "Версия мероприятия, которую видел пользователь; нужна при изменении") Integer version,
        @Schema(description = "Причина изменения плана: обязательна, когда программа уже согласована")
        @Size(max = 1000, message = "Не длиннее 1000 символов") String reason,
        @Schema(description = "Цель программы, к которой относится мероприятие") UUID goalId,
        @NotNull(message = "Выберите направление") ActivityDirection direction,
        @NotBlank(message = "Назовите мероприятие") @Size(max = 500, message = "Не длиннее 500 символов")
        String title,
        @Size(max = 2000, message = "Не длиннее 2000 символов") String description,
        @NotNull(message = "Укажите срок") LocalDate dueOn,
        @NotNull(message = "Укажите, кто выполняет") Performer performer,
        @Schema(description = "По умолчанию — запланировано") ActivityStatus status,
        @Size(max = 2000, message = "Не длиннее 2000 символов") String result,
        @Schema(description = "Когда выполнено: только у выполненного; по умолчанию — сегодня") LocalDate doneOn) {
}
