package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.util.UUID;

import ru.nastavnik.participant.MentoringForm;

/**
 * One row of {@code monitoring_figures}: a unit (a municipality of a region, a school of a municipality, the school
 * itself), an indicator, a form (null: all forms), and the counts.
 */
record FigureRow(UUID unitId, Indicator indicator, MentoringForm form, BigDecimal numerator, BigDecimal denominator,
        int missing) {
}
