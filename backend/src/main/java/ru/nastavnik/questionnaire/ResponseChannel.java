package ru.nastavnik.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Как получен ответ: куратор внёс бумажную анкету или участник заполнил по личной ссылке")
public enum ResponseChannel {
    PAPER, LINK
}
