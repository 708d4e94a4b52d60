package ru.nastavnik.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ошибка в одном поле запроса")
public record FieldError(
        @Schema(description = "Имя поля запроса (JSON)", required = true) String field,
        @Schema(description = "Сообщение для пользователя", required = true) String message) {
}
