package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Figure", description = "Значение показателя: числитель, знаменатель и результат, или причина, почему"
        + " его нет")
public record Figure(
        @Schema(description = "Доля в процентах (до десятых), число, средний балл или среднее изменение балла со знаком"
                + " (до сотых); нет, если данных нет")
        BigDecimal value,
        @Schema(required = true, description = "Числитель; у средней оценки — сумма оценок ответивших, у изменения —"
                + " сумма изменений") BigDecimal numerator,
        @Schema(description = "Знаменатель; у средней оценки — число ответивших, у изменения — число наставляемых с"
                + " обеими анкетами") BigDecimal denominator,
        @Schema(description = "Причина, по которой значения нет") NoData noData,
        @Schema(description = "Причина словами") String noDataText,
        @Schema(required = true, description = "Сколько организаций, к которым относится показатель, не внесли"
                + " контингент учебного года: они не входят ни в числитель, ни в знаменатель")
        int schoolsWithoutContingent) {

    /** Counts added up over the units below a place (a person belongs to exactly one school, so sums are exact). */
    record Counts(BigDecimal numerator, BigDecimal denominator, int missing, boolean present) {

        static final Counts NONE = new Counts(BigDecimal.ZERO, null, 0, false);

        Counts plus(BigDecimal n, BigDecimal d, int m) {
            return new Counts(numerator.add(n), d == null ? denominator : denominator == null ? d : denominator.add(d),
                    missing + m, true);
        }

        Counts plus(Counts other) {
            return other.present ? plus(other.numerator, other.denominator, other.missing) : this;
        }
    }

    static Figure of(Indicator indicator, Counts c) {
        BigDecimal n = c.numerator();
        BigDecimal d = c.denominator();
        if (indicator.unit == IndicatorUnit.COUNT) {
            return new Figure(n, n, null, null, null, 0);
        }
        NoData reason = null;
        if (indicator.fromContingent) {
            reason = !c.present() ? NoData.NO_SCHOOLS : d == null ? NoData.NO_CONTINGENT
                    : d.signum() == 0 ? NoData.EMPTY_CONTINGENT : null;
        } else if (d == null || d.signum() == 0) {
            reason = switch (indicator) {
                case EFFECTIVE_PAIRS -> NoData.NO_COMPLETED_PAIRS;
                case MENTORS_TRAINED, MENTORS_CERTIFIED -> NoData.NO_MENTORS;
                case MENTEE_IMPACT -> NoData.NO_MEASUREMENTS;
                default -> NoData.NO_RESPONSES;
            };
        }
        if (reason != null) {
            return new Figure(null, n, d, reason, reason.text, c.missing());
        }
        BigDecimal value = indicator.unit == IndicatorUnit.PERCENT
                ? n.multiply(BigDecimal.valueOf(100)).divide(d, 1, RoundingMode.HALF_UP)
                : n.divide(d, 2, RoundingMode.HALF_UP);
        return new Figure(value, n, d, null, null, c.missing());
    }
}
