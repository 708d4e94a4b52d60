package ru.nastavnik.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Назначение анкеты: заявка наставника, запрос наставляемого, предпочтения после встречи, "
        + "промежуточная обратная связь, удовлетворённость, качество программы, входной мониторинг")
public enum Purpose {
    APPLICATION, REQUEST, PREFERENCE, FEEDBACK, SATISFACTION, QUALITY, ENTRY
}
