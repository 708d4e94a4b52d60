package ru.nastavnik.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "В чём выражен показатель: PERCENT — доля в процентах, COUNT — число, SCORE — средний балл"
        + " по шкале 1–10, CHANGE — среднее изменение балла со знаком (плюс — рост)")
public enum IndicatorUnit {
    PERCENT, COUNT, SCORE, CHANGE
}
