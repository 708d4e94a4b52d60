package ru.nastavnik.portal;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PortalValue", description = "Число портала: значение или признак, что оно скрыто. Числа от 1 до 4"
        + " скрыты («менее 5»), как и числа, по которым скрытое можно вычислить («скрыто»), и доли и средние из"
        + " скрытых чисел")
public record PortalValue(
        @Schema(description = "Значение; нет, если скрыто или данных нет", example = "45.3") BigDecimal value,
        @Schema(required = true, description = "Скрыто ли значение") boolean suppressed,
        @Schema(description = "Почему скрыто: SMALL_COUNT — число от 1 до 4, COMPLEMENTARY — по нему вычислялось бы"
                + " скрытое число, DERIVED — получено из скрытого числа") Suppression.Reason suppressedBecause,
        @Schema(description = "Как показать: число с запятой, «менее 5» или «скрыто»; нет, если данных нет",
                example = "45,3") String display) {

    static final String SMALL = "менее " + Suppression.THRESHOLD;
    static final String HIDDEN = "скрыто";

    static PortalValue of(BigDecimal value, Suppression.Reason hidden) {
        if (hidden != null) {
            return new PortalValue(null, true, hidden, hidden == Suppression.Reason.SMALL_COUNT ? SMALL : HIDDEN);
        }
        return new PortalValue(value, false, null, value == null ? null : value.toPlainString().replace('.', ','));
    }
}
