package ru.nastavnik.recognition;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BestPracticeReviewInput", description = "Решение муниципального координатора по практике")
public record ReviewInput(
        @Schema(description = "Версия практики, которую видел координатор", required = true) Integer version,
        @Schema(description = "Комментарий; при возврате на доработку обязателен: что исправить")
        @Size(max = 2000, message = "Не длиннее 2000 символов") String comment) {
}
