package ru.nastavnik.common;

import java.util.List;

/** An expected refusal that the API reports as problem+json; never logged as an error. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String kind, String title, String detail, List<FieldError> errors) {
        super(detail != null ? detail : title, null, false, false);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors;
    }

    public static ApiException notFound(String title) {
        return new ApiException(404, "not-found", title, null, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Недостаточно прав", detail, null);
    }

    public static ApiException conflict(String kind, String title, String detail) {
        return new ApiException(409, kind, title, detail, null);
    }

    public static ApiException staleVersion() {
        return conflict("conflict", "Данные изменились",
                "Запись изменил другой пользователь. Обновите страницу и повторите изменения.");
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "validation", "Проверьте заполнение полей", null, errors);
    }

    public Problem toProblem(String instance) {
        String detail = getMessage().equals(title) ? null : getMessage();
        return new Problem(Problems.type(kind), title, status, detail, instance, errors);
    }

    public int status() {
        return status;
    }
}
