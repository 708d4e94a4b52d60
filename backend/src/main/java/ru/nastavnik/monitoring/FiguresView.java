package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;

@Schema(name = "Figures", description = "Показатели региона, муниципалитета или организации за период: значения,"
        + " целевые значения, разбивка на уровень ниже и динамика по полугодиям. Только числа — ни одного имени")
public record FiguresView(
        @Schema(required = true) Level level,
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) PeriodView period,
        @Schema(required = true) List<IndicatorFigures> indicators,
        @Schema(required = true, description = "Воронка программы за период: этапы по порядку, на каждом — сколько"
                + " человек прошли его и все предыдущие") List<FunnelFigure> funnel,
        @Schema(required = true, description = "Воронка каждого муниципалитета региона или организации"
                + " муниципалитета; у организации пусто") List<UnitFunnel> unitFunnel) {

    /** Figures frozen in a report before the funnel existed read back with an empty one. */
    public FiguresView {
        funnel = funnel == null ? List.of() : funnel;
        unitFunnel = unitFunnel == null ? List.of() : unitFunnel;
    }

    @Schema(name = "FiguresLevel", description = "Уровень: регион, муниципалитет, организация")
    public enum Level {
        REGION, MUNICIPALITY, SCHOOL
    }

    @Schema(name = "FiguresPeriod", description = "Период показателей")
    public record PeriodView(
            @Schema(required = true, description = "2026 — учебный год 2026/27, 2026-1 и 2026-2 — его полугодия")
            String key,
            @Schema(required = true, example = "I полугодие 2026/27") String label,
            @Schema(required = true, description = "Год начала учебного года: его контингент — знаменатель")
            int startYear,
            @Schema(description = "1 или 2 для полугодия") Integer half,
            @Schema(required = true) LocalDate from,
            @Schema(required = true, description = "Последний учтённый день: конец периода или дата среза") LocalDate to,
            @Schema(required = true, description = "Дата среза") LocalDate asOf) {

        static PeriodView of(Period p) {
            return new PeriodView(p.key(), p.label(), p.startYear(), p.half(), p.from(), p.to(), p.asOf());
        }
    }

    @Schema(name = "IndicatorFigures", description = "Один показатель")
    public record IndicatorFigures(
            @Schema(required = true) Indicator indicator,
            @Schema(required = true) String title,
            @Schema(required = true) IndicatorUnit unit,
            @Schema(required = true) Figure figure,
            @Schema(description = "Целевое значение на учебный год; нет, если не установлено") TargetRef target,
            @Schema(required = true, description = "По формам наставничества: формы, в которых есть данные")
            List<FormFigure> byForm,
            @Schema(required = true, description = "На уровень ниже: муниципалитеты региона или организации"
                    + " муниципалитета; у организации пусто") List<UnitFigure> breakdown,
            @Schema(required = true, description = "Динамика: последние полугодия, старые сначала")
            List<TrendPoint> trend) {
    }

    @Schema(name = "FunnelFigure", description = "Этап воронки: сколько человек его прошли")
    public record FunnelFigure(
            @Schema(required = true) FunnelStage stage,
            @Schema(required = true) String title,
            @Schema(required = true, description = "Кто считается на этапе") String definition,
            @Schema(required = true, description = "Число человек, каждый один раз") long count) {

        static List<FunnelFigure> of(Map<FunnelStage, Long> counts) {
            return Stream.of(FunnelStage.values())
                    .map(s -> new FunnelFigure(s, s.title, s.definition, counts.getOrDefault(s, 0L))).toList();
        }
    }

    @Schema(name = "UnitFunnel", description = "Воронка муниципалитета или организации уровнем ниже")
    public record UnitFunnel(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) List<FunnelFigure> funnel) {
    }

    @Schema(name = "FormFigure")
    public record FormFigure(@Schema(required = true) MentoringForm form, @Schema(required = true) Figure figure) {
    }

    @Schema(name = "UnitFigure", description = "Показатель муниципалитета или организации уровнем ниже")
    public record UnitFigure(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) Figure figure,
            TargetRef target) {
    }

    @Schema(name = "TrendPoint")
    public record TrendPoint(
            @Schema(required = true, example = "2026-1") String key,
            @Schema(required = true, example = "I полугодие 2026/27") String label,
            @Schema(required = true) Figure figure) {
    }

    @Schema(name = "TargetRef", description = "Целевое значение и документ, которым оно установлено")
    public record TargetRef(
            @Schema(required = true) BigDecimal value,
            @Schema(required = true, description = "Установлено для муниципалитета (иначе — для всего региона)")
            boolean municipal,
            @Schema(required = true) String documentNumber,
            @Schema(required = true) LocalDate documentDate,
            String documentTitle) {
    }
}
