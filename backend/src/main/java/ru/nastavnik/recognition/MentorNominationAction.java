package ru.nastavnik.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Действие с выдвижением наставника, доступное сейчас: школе — изменить, оформить согласие, "
        + "отправить, отозвать; муниципалитету — включить в реестр, вернуть, рекомендовать региону; региону — "
        + "включить в региональный реестр, отклонить")
public enum MentorNominationAction {
    EDIT, CONSENT, SUBMIT, WITHDRAW, INCLUDE, RETURN, RECOMMEND, INCLUDE_REGIONAL, DECLINE
}
