package ru.nastavnik.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a figure has no value. */
@Schema(description = "Почему у показателя нет значения")
public enum NoData {
    NO_SCHOOLS("Нет организаций, к которым относится показатель"),
    NO_CONTINGENT("Не внесён контингент на учебный год"),
    EMPTY_CONTINGENT("В контингенте учебного года для этого показателя указан 0"),
    NO_COMPLETED_PAIRS("В периоде не завершилась ни одна пара или группа"),
    NO_MENTORS("В периоде не работал ни один наставник"),
    NO_RESPONSES("В периоде никто не заполнил итоговую анкету"),
    NO_MEASUREMENTS("Ни у одного наставляемого завершённых в периоде пар нет входной и итоговой самооценки");

    public final String text;

    NoData(String text) {
        this.text = text;
    }
}
