package ru.nastavnik.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the single error shape of the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Описание ошибки (RFC 9457, application/problem+json)")
public record Problem(
        @Schema(required = true, example = "urn:nastavnik:problem:validation") String type,
        @Schema(required = true, description = "Краткое описание на русском") String title,
        @Schema(required = true) int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @Schema(description = "Идентификатор запроса, тот же, что в заголовке X-Request-Id и в журнале сервера")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    Problem at(String requestId) {
        return new Problem(type, title, status, detail, instance, errors, requestId);
    }
}
