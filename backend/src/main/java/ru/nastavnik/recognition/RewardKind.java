package ru.nastavnik.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Вид награды: почётная грамота, благодарность, значок «Педагог-наставник», премия, ценный подарок, "
        + "другое (своими словами в otherKind)")
public enum RewardKind {
    CERTIFICATE("Почётная грамота"),
    GRATITUDE("Благодарность"),
    MENTOR_BADGE("Значок «Педагог-наставник»"),
    BONUS("Премия"),
    GIFT("Ценный подарок"),
    OTHER("Другое");

    public final String label;

    RewardKind(String label) {
        this.label = label;
    }
}
