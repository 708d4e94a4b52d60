package ru.nastavnik.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a participant gets a questionnaire. */
@Schema(description = "Зачем участнику анкета: входная самооценка при начале работы пары, промежуточная обратная "
        + "связь по расписанию, удовлетворённость, качество программы и итоговая самооценка при завершении")
public enum DeliveryPurpose {
    ENTRY("Входная самооценка"),
    INTERMEDIATE("Промежуточная обратная связь"),
    SATISFACTION("Удовлетворённость участием"),
    QUALITY("Качество программы"),
    FINAL_ENTRY("Итоговая самооценка");

    public final String label;

    DeliveryPurpose(String label) {
        this.label = label;
    }
}
