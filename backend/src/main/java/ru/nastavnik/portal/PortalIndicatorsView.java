package ru.nastavnik.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.monitoring.FiguresView;
import ru.nastavnik.monitoring.Indicator;
import ru.nastavnik.monitoring.IndicatorUnit;
import ru.nastavnik.monitoring.NoData;
import ru.nastavnik.participant.MentoringForm;

@Schema(name = "PortalIndicators", description = "Показатели региона, муниципалитета или организации за период против"
        + " целевых значений, для портала: только числа, малые числа скрыты")
public record PortalIndicatorsView(
        @Schema(required = true) FiguresView.Level level,
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) FiguresView.PeriodView period,
        @Schema(required = true) List<PortalIndicator> indicators) {

    @Schema(name = "PortalIndicator", description = "Один показатель")
    public record PortalIndicator(
            @Schema(required = true) Indicator indicator,
            @Schema(required = true) String title,
            @Schema(required = true) IndicatorUnit unit,
            @Schema(required = true) PortalValue value,
            @Schema(required = true, description = "Числитель; у средней оценки — сумма оценок ответивших")
            PortalValue numerator,
            @Schema(required = true, description = "Знаменатель; у числа — нет значения") PortalValue denominator,
            @Schema(description = "Почему значения нет (не путать со скрытым)") NoData noData,
            String noDataText,
            @Schema(required = true, description = "Сколько организаций не внесли контингент учебного года")
            int schoolsWithoutContingent,
            @Schema(description = "Целевое значение на учебный год; нет, если не установлено") PortalTarget target,
            @Schema(description = "Достигнуто ли целевое значение; нет, если нет цели, значения или оно скрыто")
            Boolean targetMet,
            @Schema(required = true, description = "По формам наставничества, в которых есть данные; у организации"
                    + " пусто: по формам её числа слишком малы") List<PortalFormValue> byForm,
            @Schema(required = true, description = "Муниципалитеты региона или организации муниципалитета; у"
                    + " организации пусто") List<PortalUnitValue> breakdown) {
    }

    @Schema(name = "PortalTarget", description = "Целевое значение и документ, которым оно установлено")
    public record PortalTarget(
            @Schema(required = true) BigDecimal value,
            @Schema(required = true, description = "Установлено для муниципалитета (иначе — для всего региона)")
            boolean municipal,
            @Schema(required = true) String documentNumber,
            @Schema(required = true) LocalDate documentDate,
            String documentTitle) {

        static PortalTarget of(FiguresView.TargetRef t) {
            return t == null ? null
                    : new PortalTarget(t.value(), t.municipal(), t.documentNumber(), t.documentDate(), t.documentTitle());
        }
    }

    @Schema(name = "PortalFormValue", description = "Показатель по одной форме наставничества")
    public record PortalFormValue(
            @Schema(required = true) MentoringForm form,
            @Schema(required = true) PortalValue value,
            @Schema(required = true) PortalValue numerator,
            @Schema(required = true) PortalValue denominator) {
    }

    @Schema(name = "PortalUnitValue", description = "Показатель муниципалитета или организации уровнем ниже")
    public record PortalUnitValue(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) PortalValue value,
            @Schema(required = true) PortalValue numerator,
            @Schema(required = true) PortalValue denominator,
            NoData noData,
            PortalTarget target,
            Boolean targetMet) {
    }
}
