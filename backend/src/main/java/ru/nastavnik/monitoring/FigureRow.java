package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.util.UUID;

import ru.nastavnik.participant.MentoringForm;

/**
 * One indicator row of {@code monitoring_figures_periods}: the period (its index in the request, 0 the one shown in
 * full), a unit (a municipality of a region, a school of a municipality, the school itself), an indicator, a form
 * (null: all forms), and the counts.
 */
record FigureRow(int period, UUID unitId, Indicator indicator, MentoringForm form, BigDecimal numerator,
        BigDecimal denominator, int missing) {
}
