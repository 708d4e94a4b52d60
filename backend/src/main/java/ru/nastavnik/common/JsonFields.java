package ru.nastavnik.common;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field of a request body that Jackson could not read, and says in Russian what it expected there. */
final class JsonFields {

    private JsonFields() {
    }

    /** The field as the API documents it: "consent.givenBy", "questions[2].text". */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "Неизвестное поле";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return "Недопустимое значение";
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "Ожидается целое число";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || Number.class.isAssignableFrom(type)) {
            return "Ожидается число";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Ожидается true или false";
        }
        if (type == String.class) {
            return "Ожидается строка";
        }
        if (type == LocalDate.class) {
            return "Ожидается дата в формате ГГГГ-ММ-ДД";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "Ожидается дата и время в формате ISO 8601";
        }
        if (type == UUID.class) {
            return "Ожидается идентификатор (UUID)";
        }
        if (type.isEnum()) {
            return "Недопустимое значение. Допустимые: " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "Ожидается список";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "Ожидается объект";
        }
        return "Недопустимое значение";
    }
}
