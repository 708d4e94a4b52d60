package ru.nastavnik.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Действие с лучшей практикой, доступное сейчас: изменить, удалить, отправить на рассмотрение; "
        + "муниципалитету — принять, вернуть на доработку, рекомендовать региону")
public enum BestPracticeAction {
    EDIT, DELETE, SUBMIT, ACCEPT, RETURN, RECOMMEND
}
