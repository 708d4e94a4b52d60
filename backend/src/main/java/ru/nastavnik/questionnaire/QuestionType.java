package ru.nastavnik.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Тип вопроса: один вариант, несколько вариантов, шкала, свободный ответ, дата, выбор компетенций, "
        + "ранжирование людей")
public enum QuestionType {
    SINGLE, MULTIPLE, SCALE, TEXT, DATE, COMPETENCIES, RANKING
}
