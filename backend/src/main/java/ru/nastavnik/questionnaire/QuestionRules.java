package ru.nastavnik.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.nastavnik.common.FieldError;

/** What makes a questionnaire well formed, checked before a draft is saved. */
final class QuestionRules {

    static final int SCALE_MIN = 0;
    static final int SCALE_MAX = 100;

    /** Which answers may update which field of a participant's profile. */
    private static final Map<QuestionType, Set<String>> FEEDS = Map.of(
            QuestionType.COMPETENCIES, Set.of("competencies", "requests"),
            QuestionType.TEXT, Set.of("difficulties"));

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

    /** The scale's bounds with their defaults filled in, as the template stores them. */
    static Question normalised(Question q) {
        if (q.type() != QuestionType.SCALE) {
            return q;
        }
        return new Question(q.id(), q.type(), q.text().trim(), q.required(), null, q.min() == null ? 1 : q.min(),
                q.max() == null ? 10 : q.max(), q.feeds());
    }
}
