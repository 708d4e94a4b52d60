package ru.nastavnik.org;

import ru.nastavnik.common.ApiException;

/** The same answer for "does not exist" and "not yours", so a foreign scope gives nothing away. */
final class NotFound {

    private NotFound() {
    }

    static ApiException region() {
        return ApiException.notFound("Регион не найден");
    }

    static ApiException municipality() {
        return ApiException.notFound("Муниципалитет не найден");
    }

    static ApiException school() {
        return ApiException.notFound("Организация не найдена");
    }

    static ApiException curator() {
        return ApiException.notFound("Куратор не найден");
    }

    static ApiException contingent() {
        return ApiException.notFound("Контингент за этот учебный год не найден");
    }
}
