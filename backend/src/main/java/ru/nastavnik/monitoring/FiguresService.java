package ru.nastavnik.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.monitoring.FiguresView.FormFigure;
import ru.nastavnik.monitoring.FiguresView.FunnelFigure;
import ru.nastavnik.monitoring.FiguresView.IndicatorFigures;
import ru.nastavnik.monitoring.FiguresView.TargetRef;
import ru.nastavnik.monitoring.FiguresView.TrendPoint;
import ru.nastavnik.monitoring.FiguresView.UnitFigure;
import ru.nastavnik.monitoring.FiguresView.UnitFunnel;
import ru.nastavnik.monitoring.MonitoringQueries.Level;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.Region;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.MentoringForm;

/**
 * Live figures of a region, a municipality or a school, computed on every request from the school data by one call
 * of {@code monitoring_figures_periods} (the period, its trend and its funnel): a pair approved or a contingent
 * corrected shows at once. The place is checked against the caller's scope here (404 when outside it, as
 * everywhere) and again by the database function.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class FiguresService {

    /** How many half-years the trend shows, the period's own last. */
    static final int TREND = 4;

    /** The regions' day: "today" and "as of" are dates there. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    @Inject
    OrgScope scope;

    @Inject
    MonitoringQueries queries;

    @Inject
    TargetService targets;

    @Inject
    Clock clock;

    /** A place's name, its region and municipality (for its targets) and the units one level down. */
    private record Place(FiguresView.Level level, UUID id, String name, UUID regionId, UUID municipalityId,
            Map<UUID, Unit> units) {
    }

    private record Unit(String name, UUID municipalityId) {
    }

    public FiguresView region(UUID id, Integer year, String half, LocalDate asOf) {
        Region r = scope.region(id).orElseThrow(() -> ApiException.notFound("Регион не найден"));
        Map<UUID, Unit> units = new LinkedHashMap<>();
        Municipality.<Municipality>list("region.id", Sort.by("name"), id)
                .forEach(m -> units.put(m.id, new Unit(m.name, m.id)));
        return figures(Level.REGION, new Place(FiguresView.Level.REGION, r.id, r.name, r.id, null, units),
                year, half, asOf);
    }

    public FiguresView municipality(UUID id, Integer year, String half, LocalDate asOf) {
        Municipality m = scope.municipality(id).orElseThrow(() -> ApiException.notFound("Муниципалитет не найден"));
        Map<UUID, Unit> units = new LinkedHashMap<>();
        School.<School>list("municipality.id = ?1 and archived = false", Sort.by("shortName"), id)
                .forEach(s -> units.put(s.id, new Unit(s.shortName, id)));
        return figures(Level.MUNICIPALITY,
                new Place(FiguresView.Level.MUNICIPALITY, m.id, m.name, m.region.id, m.id, units), year, half, asOf);
    }

    public FiguresView school(UUID id, Integer year, String half, LocalDate asOf) {
        School s = scope.school(id).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        return figures(Level.SCHOOL, new Place(FiguresView.Level.SCHOOL, s.id, s.shortName,
                s.municipality.region.id, s.municipality.id, Map.of()), year, half, asOf);
    }

    /** Today in the regions' time zone, the day a figure is "as of" unless asked otherwise. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private FiguresView figures(Level level, Place place, Integer year, String half, LocalDate asOf) {
        Period period = Period.of(year, half, asOf, today(clock));
        // One call for the period and the trend's other half-years: the period first, each half-year once.
        List<Period> periods = new ArrayList<>(List.of(period));
        period.trend(TREND).stream().filter(p -> !p.equals(period)).forEach(periods::add);
        MonitoringQueries.Answer answer = queries.figures(level, place.id(), periods);
        Map<Integer, List<FigureRow>> byPeriod = new HashMap<>();
        answer.figures().forEach(r -> byPeriod.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r));
        List<FigureRow> rows = byPeriod.getOrDefault(0, List.of());
        Map<String, TargetView> targetsByKey = new HashMap<>();
        targets.targets(place.regionId(), period.startYear())
                .forEach(t -> targetsByKey.put(key(t.indicator, t.municipalityId), TargetView.of(t)));

        Map<Indicator, Figure.Counts> totals = totals(rows);
        Map<Indicator, Map<MentoringForm, Figure.Counts>> forms = new EnumMap<>(Indicator.class);
        Map<Indicator, Map<UUID, Figure.Counts>> byUnit = new EnumMap<>(Indicator.class);
        for (FigureRow r : rows) {
            if (r.form() == null) {
                byUnit.computeIfAbsent(r.indicator(), k -> new HashMap<>()).put(r.unitId(), counts(r));
            } else {
                forms.computeIfAbsent(r.indicator(), k -> new EnumMap<>(MentoringForm.class)).merge(r.form(),
                        counts(r), Figure.Counts::plus);
            }
        }
        Map<Indicator, List<TrendPoint>> trend = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            trend.put(i, new ArrayList<>());
        }
        for (Period p : period.trend(TREND)) {
            Map<Indicator, Figure.Counts> halfTotals = totals(byPeriod.getOrDefault(periods.indexOf(p), List.of()));
            for (Indicator i : Indicator.values()) {
                trend.get(i).add(new TrendPoint(p.key(), p.label(),
                        Figure.of(i, halfTotals.getOrDefault(i, Figure.Counts.NONE))));
            }
        }

        List<IndicatorFigures> result = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            List<FormFigure> byForm = new ArrayList<>();
            forms.getOrDefault(i, Map.of()).forEach((form, c) -> byForm.add(new FormFigure(form, Figure.of(i, c))));
            List<UnitFigure> breakdown = new ArrayList<>();
            place.units().forEach((unitId, unit) -> breakdown.add(new UnitFigure(unitId, unit.name(),
                    Figure.of(i, byUnit.getOrDefault(i, Map.of()).getOrDefault(unitId, Figure.Counts.NONE)),
                    target(targetsByKey, i, place.level() == FiguresView.Level.REGION ? unitId
                            : unit.municipalityId()))));
            result.add(new IndicatorFigures(i, i.title, i.unit,
                    Figure.of(i, totals.getOrDefault(i, Figure.Counts.NONE)),
                    target(targetsByKey, i, place.municipalityId()), byForm, breakdown, trend.get(i)));
        }

        Map<FunnelStage, Long> funnel = new EnumMap<>(FunnelStage.class);
        Map<UUID, Map<FunnelStage, Long>> unitCounts = new HashMap<>();
        for (FunnelRow r : answer.funnel()) {
            funnel.merge(r.stage(), r.count(), Long::sum);
            unitCounts.computeIfAbsent(r.unitId(), k -> new EnumMap<>(FunnelStage.class)).put(r.stage(), r.count());
        }
        List<UnitFunnel> unitFunnel = new ArrayList<>();
        place.units().forEach((unitId, unit) -> unitFunnel.add(new UnitFunnel(unitId, unit.name(),
                FunnelFigure.of(unitCounts.getOrDefault(unitId, Map.of())))));
        return new FiguresView(place.level(), place.id(), place.name(), FiguresView.PeriodView.of(period), result,
                FunnelFigure.of(funnel), unitFunnel);
    }

    /** The place's own figures: its units' rows for all forms, added up. */
    private static Map<Indicator, Figure.Counts> totals(List<FigureRow> rows) {
        Map<Indicator, Figure.Counts> totals = new EnumMap<>(Indicator.class);
        rows.stream().filter(r -> r.form() == null)
                .forEach(r -> totals.merge(r.indicator(), counts(r), Figure.Counts::plus));
        return totals;
    }

    private static Figure.Counts counts(FigureRow r) {
        return Figure.Counts.NONE.plus(r.numerator(), r.denominator(), r.missing());
    }

    /** A municipality's own target, or else the region's. */
    private static TargetRef target(Map<String, TargetView> targets, Indicator i, UUID municipalityId) {
        TargetView t = municipalityId == null ? null : targets.get(key(i, municipalityId));
        if (t == null) {
            t = targets.get(key(i, null));
        }
        return t == null ? null : t.ref();
    }

    private static String key(Indicator i, UUID municipalityId) {
        return i + "/" + municipalityId;
    }
}
