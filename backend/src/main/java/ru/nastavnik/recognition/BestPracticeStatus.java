package ru.nastavnik.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DRAFT → SUBMITTED → ACCEPTED → RECOMMENDED, or SUBMITTED → RETURNED → SUBMITTED again. */
@Schema(description = "Статус лучшей практики: черновик, на рассмотрении в муниципалитете, возвращена на доработку, "
        + "принята в муниципальный банк, рекомендована региону")
public enum BestPracticeStatus {
    DRAFT("Черновик"),
    SUBMITTED("На рассмотрении"),
    RETURNED("Возвращена на доработку"),
    ACCEPTED("Принята в муниципальный банк"),
    RECOMMENDED("Рекомендована региону");

    public final String label;

    BestPracticeStatus(String label) {
        this.label = label;
    }

    /** The school may change the practice and submit it: it has not been submitted, or it came back. */
    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The decisions of the municipal coordinator, from the status each one starts at. */
    boolean reviewableTo(BestPracticeStatus next) {
        return switch (next) {
            case ACCEPTED, RETURNED -> this == SUBMITTED;
            case RECOMMENDED -> this == ACCEPTED;
            case DRAFT, SUBMITTED -> false;
        };
    }
}
