package ru.nastavnik.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.nastavnik.common.FieldError;
import ru.nastavnik.participant.MentoringForm;

/** What makes a questionnaire well formed, checked before a draft is saved. */
final class QuestionRules {

    static final int SCALE_MIN = 0;
    static final int SCALE_MAX = 100;

    /** Which answers may update which field of a participant's profile: what matching reads. */
    private static final Map<QuestionType, Set<String>> FEEDS = Map.of(
            QuestionType.COMPETENCIES, Set.of("competencies", "requests"),
            QuestionType.TEXT, Set.of("difficulties", "availability"),
            QuestionType.SINGLE, Set.of("capacity"),
            QuestionType.MULTIPLE, Set.of("formsAccepted", "desiredForms"),
            QuestionType.RANKING, Set.of("preferences"));

    /** The longest text a profile field holds. */
    static final Map<String, Integer> TEXT_LIMITS = Map.of("difficulties", 2000, "availability", 500);

    private QuestionRules() {
    }

    static List<FieldError> check(List<Question> questions) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "].";
            if (q == null) {
                errors.add(new FieldError("questions[" + i + "]", "Пустой вопрос"));
                continue;
            }
            if (q.id() == null || !q.id().matches("[A-Za-z0-9_-]{1,40}")) {
                errors.add(new FieldError(at + "id", "Код вопроса: латинские буквы, цифры, _ и -, до 40 знаков"));
            } else if (!ids.add(q.id())) {
                errors.add(new FieldError(at + "id", "Код вопроса повторяется: " + q.id()));
            }
            if (q.type() == null) {
                errors.add(new FieldError(at + "type", "Выберите тип вопроса"));
                continue;
            }
            if (q.text() == null || q.text().isBlank() || q.text().length() > 500) {
                errors.add(new FieldError(at + "text", "Текст вопроса: от 1 до 500 символов"));
            }
            if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE) {
                checkOptions(q, at, errors);
            } else if (q.options() != null && !q.options().isEmpty()) {
                errors.add(new FieldError(at + "options", "Варианты ответа бывают только у вопросов с выбором"));
            }
            if (q.type() == QuestionType.SCALE) {
                int min = q.min() == null ? 1 : q.min();
                int max = q.max() == null ? 10 : q.max();
                if (min < SCALE_MIN || max > SCALE_MAX || min >= max) {
                    errors.add(new FieldError(at + "max", "Шкала: от " + SCALE_MIN + " до " + SCALE_MAX
                            + ", нижняя граница меньше верхней"));
                }
            }
            if (q.feeds() != null && !FEEDS.getOrDefault(q.type(), Set.of()).contains(q.feeds())) {
                errors.add(new FieldError(at + "feeds", "Этот вопрос не может обновлять поле профиля «" + q.feeds() + "»"));
            } else if (q.feeds() != null && q.options() != null && !feedableOptions(q)) {
                errors.add(new FieldError(at + "options", q.feeds().equals("capacity")
                        ? "Для числа наставляемых коды вариантов — целые числа от 1 до 30"
                        : "Для форм наставничества коды вариантов — коды форм (например, PUPIL_PUPIL)"));
            }
        }
        return errors;
    }

    private static void checkOptions(Question q, String at, List<FieldError> errors) {
        if (q.options() == null || q.options().size() < 2) {
            errors.add(new FieldError(at + "options", "Нужно хотя бы два варианта ответа"));
            return;
        }
        Set<String> values = new HashSet<>();
        for (Question.Option o : q.options()) {
            if (o == null || o.value() == null || o.value().isBlank() || o.label() == null || o.label().isBlank()) {
                errors.add(new FieldError(at + "options", "У каждого варианта должны быть код и текст"));
                return;
            }
            if (!values.add(o.value())) {
                errors.add(new FieldError(at + "options", "Код варианта повторяется: " + o.value()));
                return;
            }
        }
    }

    private static boolean feedableOptions(Question q) {
        for (Question.Option o : q.options()) {
            if (o == null || o.value() == null) {
                return true;
            }
            boolean fits = switch (q.feeds()) {
                case "capacity" -> o.value().matches("[0-9]{1,2}") && Integer.parseInt(o.value()) >= 1
                        && Integer.parseInt(o.value()) <= 30;
                case "formsAccepted", "desiredForms" -> Arrays.stream(MentoringForm.values())
                        .anyMatch(f -> f.name().equals(o.value()));
                default -> true;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** The scale's bounds with their defaults filled in, as the template stores them. */
    static Question normalised(Question q) {
        if (q.type() != QuestionType.SCALE) {
            return q;
        }
        return new Question(q.id(), q.type(), q.text().trim(), q.required(), null, q.min() == null ? 1 : q.min(),
                q.max() == null ? 10 : q.max(), q.feeds());
    }
}
