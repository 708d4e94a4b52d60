package ru.nastavnik.roadmap;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapItemInput", description = "Мероприятие дорожной карты")
public record ItemInput(
        @Schema(description = "Этап целевой модели, от 1 до 7")
        @NotNull(message = "Укажите этап") @Min(value = 1, message = "Этап — от 1 до 7")
        @Max(value = 7, message = "Этап — от 1 до 7") Integer stage,
        @NotBlank(message = "Укажите мероприятие") @Size(max = 1000, message = "Не длиннее 1000 символов") String activity,
        @Schema(description = "Содержание деятельности")
        @Size(max = 8000, message = "Не длиннее 8000 символов") String content,
        @NotNull(message = "Укажите срок") @Valid DeadlineInput deadline,
        @Schema(description = "Ответственные, как их называет дорожная карта: «Заместитель директора по УВР, куратор»")
        @Size(max = 1000, message = "Не длиннее 1000 символов") String responsible,
        @Schema(description = "Ожидаемый результат") @Size(max = 2000, message = "Не длиннее 2000 символов") String result,
        @Schema(description = "Документ, которым подтверждается результат: приказ, протокол, справка")
        @Size(max = 500, message = "Не длиннее 500 символов") String resultDocument,
        @Schema(description = "Состояние; по умолчанию PLANNED") ItemStatus status,
        @Schema(description = "Отметка о выполнении: что сделано, где подтверждение")
        @Size(max = 4000, message = "Не длиннее 4000 символов") String completionNote,
        @Schema(description = "Ссылка на подтверждение (http или https): страница сайта, документ в облаке")
        @Size(max = 2000, message = "Не длиннее 2000 символов") String evidenceUrl,
        @Schema(description = "Когда выполнено; только для DONE, по умолчанию сегодня") LocalDate doneOn,
        @Schema(description = "Версия, которую видел пользователь; при изменении обязательна") Integer version) {
}
