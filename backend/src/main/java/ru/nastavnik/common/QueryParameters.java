package ru.nastavnik.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads query parameters strictly and refuses a malformed one with 400 naming it. Left to itself JAX-RS must answer
 * 404 without a body for "?page=1.5" or "?kind=CASTLE", which tells a client nothing.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> parse;
        String expected;
        if (rawType == int.class || rawType == Integer.class) {
            parse = Integer::valueOf;
            expected = "Ожидается целое число";
        } else if (rawType == long.class || rawType == Long.class) {
            parse = Long::valueOf;
            expected = "Ожидается целое число";
        } else if (rawType == boolean.class || rawType == Boolean.class) {
            parse = QueryParameters::bool;
            expected = "Ожидается true или false";
        } else if (rawType == LocalDate.class) {
            parse = LocalDate::parse;
            expected = "Ожидается дата в формате ГГГГ-ММ-ДД";
        } else if (rawType == YearMonth.class) {
            parse = YearMonth::parse;
            expected = "Ожидается месяц в формате ГГГГ-ММ";
        } else if (rawType == UUID.class) {
            parse = UUID::fromString;
            expected = "Ожидается идентификатор (UUID)";
        } else if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            parse = value -> Enum.valueOf(type, value);
            expected = "Недопустимое значение. Допустимые: " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "));
        } else {
            return null;
        }
        boolean primitive = rawType.isPrimitive();
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || (value.isEmpty() && !primitive)) {
                    return null;
                }
                try {
                    return (T) parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw refusal(name, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return null;
    }

    /** A WebApplicationException, which JAX-RS passes on as it is, carrying the problem the mappers keep. */
    private static WebApplicationException refusal(String name, String message) {
        return new WebApplicationException(Problems.response(400, "validation", "Проверьте заполнение полей", null,
                null, List.of(new FieldError(name, message))));
    }
}
