package ru.nastavnik.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "В чём выражен показатель: PERCENT — доля в процентах, COUNT — число, SCORE — средний балл"
        + " по шкале 1–10")
public enum IndicatorUnit {
    PERCENT, COUNT, SCORE
}
