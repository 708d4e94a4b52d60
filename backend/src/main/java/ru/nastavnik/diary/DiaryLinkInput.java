package ru.nastavnik.diary;

import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DiaryLinkInput", description = "Личная ссылка наставника на дневник пары")
public record DiaryLinkInput(
        @Schema(description = "Сколько дней действует ссылка: по умолчанию 120, не дольше оставшегося срока пары и ещё"
                + " 30 дней")
        @Min(value = 1, message = "Ссылка действует хотя бы один день") Integer validDays) {
}
