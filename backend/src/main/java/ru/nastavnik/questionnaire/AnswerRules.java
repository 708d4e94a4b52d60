package ru.nastavnik.questionnaire;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.common.FieldError;

/** Checks answers against the questions of the template version they answer. */
final class AnswerRules {

    static final int MAX_TEXT = 5000;

    /** What the answers may refer to outside the template: the catalogue and the school's participants. */
    interface Context {
        boolean knownCompetencies(Set<String> codes);

        boolean rankable(Set<UUID> participantIds);
    }

    private AnswerRules() {
    }

    static List<FieldError> check(List<Question> questions, Map<String, JsonNode> answers, Context context) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            ids.add(q.id());
            JsonNode a = answers.get(q.id());
            String field = "answers." + q.id();
            if (a == null || a.isNull() || a.isTextual() && a.asText().isBlank() || a.isArray() && a.isEmpty()) {
                if (q.required()) {
                    errors.add(new FieldError(field, "Ответьте на обязательный вопрос"));
                }
                continue;
            }
            String problem = problem(q, a, context);
            if (problem != null) {
                errors.add(new FieldError(field, problem));
            }
        }
        answers.keySet().stream().filter(k -> !ids.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError("answers." + k, "Такого вопроса в анкете нет")));
        return errors;
    }

    private static String problem(Question q, JsonNode a, Context context) {
        Set<String> options = new HashSet<>();
        if (q.options() != null) {
            q.options().forEach(o -> options.add(o.value()));
        }
        return switch (q.type()) {
            case SINGLE -> a.isTextual() && options.contains(a.asText()) ? null : "Выберите один из вариантов";
            case MULTIPLE -> strings(a, options::contains) ? null : "Выберите варианты из списка";
            case SCALE -> a.canConvertToInt() && a.isIntegralNumber() && a.asInt() >= q.min() && a.asInt() <= q.max()
                    ? null : "Оценка — целое число от " + q.min() + " до " + q.max();
            case TEXT -> {
                int limit = QuestionRules.TEXT_LIMITS.getOrDefault(q.feeds() == null ? "" : q.feeds(), MAX_TEXT);
                yield a.isTextual() && a.asText().length() <= limit ? null
                        : "Ответ — текст не длиннее " + limit + " символов";
            }
            case DATE -> date(a) ? null : "Дата в формате ГГГГ-ММ-ДД";
            case COMPETENCIES -> strings(a, s -> true) && context.knownCompetencies(set(a))
                    ? null : "Выберите компетенции из справочника";
            case RANKING -> ranking(a, context) ? null : "Расставьте участников программы без повторов";
        };
    }

    private static boolean strings(JsonNode a, Predicate<String> allowed) {
        if (!a.isArray()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : a) {
            if (!item.isTextual() || !allowed.test(item.asText()) || !seen.add(item.asText())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> set(JsonNode a) {
        Set<String> values = new HashSet<>();
        a.forEach(item -> values.add(item.asText()));
        return values;
    }

    private static boolean date(JsonNode a) {
        try {
            return a.isTextual() && LocalDate.parse(a.asText()) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean ranking(JsonNode a, Context context) {
        if (!strings(a, s -> true)) {
            return false;
        }
        Set<UUID> ids = new HashSet<>();
        for (JsonNode item : a) {
            try {
                ids.add(UUID.fromString(item.asText()));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return context.rankable(ids);
    }
}
