package ru.nastavnik.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "Показатель мониторинга и его определение")
public record IndicatorView(
        @Schema(required = true) Indicator code,
        @Schema(required = true) String title,
        @Schema(required = true) IndicatorUnit unit,
        @Schema(required = true, description = "Что считается в числителе") String numerator,
        @Schema(description = "Что считается в знаменателе; нет у показателей-чисел") String denominator,
        @Schema(required = true, description = "Как выбирается период") String period,
        @Schema(required = true, description = "Знаменатель — контингент: без контингента показатель не считается")
        boolean fromContingent) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i, i.title, i.unit, i.numerator, i.denominator, Indicator.PERIOD, i.fromContingent);
    }
}
