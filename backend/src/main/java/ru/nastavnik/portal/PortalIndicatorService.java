package ru.nastavnik.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.monitoring.Figure;
import ru.nastavnik.monitoring.FiguresQuery;
import ru.nastavnik.monitoring.FiguresService;
import ru.nastavnik.monitoring.FiguresView;
import ru.nastavnik.monitoring.FiguresView.IndicatorFigures;
import ru.nastavnik.monitoring.Indicator;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.portal.PortalIndicatorsView.PortalFormValue;
import ru.nastavnik.portal.PortalIndicatorsView.PortalIndicator;
import ru.nastavnik.portal.PortalIndicatorsView.PortalTarget;
import ru.nastavnik.portal.PortalIndicatorsView.PortalUnitValue;

/**
 * The portal's view of monitoring's live figures: the numbers {@link FiguresService} gives, with nothing but the
 * organisations' ids and names, suppressed by {@link Suppression} over the whole region at once. Every answer —
 * the region's, a municipality's, a school's, the open-data file — is cut from that one grid, so that no answer
 * shows what another hides.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class PortalIndicatorService {

    /** A cell of the grid: a place (region, municipality or school) and a form, or null for all forms. */
    public record Key(UUID place, MentoringForm form) {
    }

    /** The region's figures for a period, its municipalities' (in the region's order) and what each hides. */
    public record Grid(FiguresView region, Map<UUID, FiguresView> municipalities,
            Map<Indicator, Map<Key, Suppression.Hidden>> hidden, Instant lastModified) {

        Suppression.Hidden hidden(Indicator i, UUID place, MentoringForm form) {
            return hidden.get(i).getOrDefault(new Key(place, form), Suppression.Hidden.NONE);
        }
    }

    @Inject
    FiguresService figures;

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public Dated<PortalIndicatorsView> region(FiguresQuery q) {
        Grid g = grid(q);
        return new Dated<>(view(g, g.region()), g.lastModified());
    }

    public Dated<PortalIndicatorsView> municipality(UUID id, FiguresQuery q) {
        scope.municipality(id).orElseThrow(() -> ApiException.notFound("Муниципалитет не найден"));
        Grid g = grid(q);
        FiguresView m = g.municipalities().get(id);
        if (m == null) {
            throw ApiException.notFound("Муниципалитет не найден");
        }
        return new Dated<>(view(g, m), g.lastModified());
    }

    /** A school's figures are its row in its municipality's breakdown: archived schools have none. */
    public Dated<PortalIndicatorsView> school(UUID id, FiguresQuery q) {
        var school = scope.school(id).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        if (school.archived) {
            throw ApiException.notFound("Организация не участвует в программе: показателей нет");
        }
        Grid g = grid(q);
        FiguresView m = g.municipalities().get(school.municipality.id);
        List<PortalIndicator> indicators = new ArrayList<>();
        for (IndicatorFigures i : m.indicators()) {
            FiguresView.UnitFigure u = i.breakdown().stream().filter(b -> b.id().equals(id)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("Организация не найдена"));
            Suppression.Hidden h = g.hidden(i.indicator(), id, null);
            PortalTarget target = PortalTarget.of(u.target());
            indicators.add(new PortalIndicator(i.indicator(), i.title(), i.unit(), value(u.figure(), h),
                    numerator(u.figure(), h), denominator(u.figure(), h), u.figure().noData(),
                    u.figure().noDataText(), u.figure().schoolsWithoutContingent(), target,
                    met(u.figure(), h, target), List.of(), List.of()));
        }
        return new Dated<>(new PortalIndicatorsView(FiguresView.Level.SCHOOL, id, school.shortName, m.period(),
                indicators), g.lastModified());
    }

    /** The whole region's figures for the period and their suppression. */
    public Grid grid(FiguresQuery q) {
        UUID regionId = caller.regionId();
        FiguresView region = figures.region(regionId, q.year, q.half, q.asOf);
        Map<UUID, FiguresView> municipalities = new LinkedHashMap<>();
        for (FiguresView.UnitFigure u : region.indicators().get(0).breakdown()) {
            municipalities.put(u.id(), figures.municipality(u.id(), q.year, q.half, q.asOf));
        }
        Map<Indicator, Map<Key, Suppression.Hidden>> hidden = new EnumMap<>(Indicator.class);
        for (int n = 0; n < region.indicators().size(); n++) {
            IndicatorFigures r = region.indicators().get(n);
            Suppression<Key> s = new Suppression<>(r.unit());
            Key total = new Key(region.id(), null);
            s.cell(total, cells(r.figure()));
            Set<MentoringForm> forms = new LinkedHashSet<>();
            r.byForm().forEach(f -> {
                s.cell(new Key(region.id(), f.form()), cells(f.figure()));
                forms.add(f.form());
            });
            List<Key> units = new ArrayList<>();
            for (FiguresView m : municipalities.values()) {
                IndicatorFigures mi = m.indicators().get(n);
                Key mk = new Key(m.id(), null);
                units.add(mk);
                s.cell(mk, cells(mi.figure()));
                mi.byForm().forEach(f -> {
                    s.cell(new Key(m.id(), f.form()), cells(f.figure()));
                    forms.add(f.form());
                });
                mi.breakdown().forEach(u -> s.cell(new Key(u.id(), null), cells(u.figure())));
                s.group(mk, mi.breakdown().stream().map(u -> new Key(u.id(), null)).toList());
                s.group(mk, mi.byForm().stream().map(f -> new Key(m.id(), f.form())).toList());
            }
            s.group(total, units);
            s.group(total, r.byForm().stream().map(f -> new Key(region.id(), f.form())).toList());
            for (MentoringForm f : forms) {
                s.group(new Key(region.id(), f),
                        municipalities.keySet().stream().map(id -> new Key(id, f)).toList());
            }
            hidden.put(r.indicator(), s.run());
        }
        return new Grid(region, municipalities, hidden, lastChange(regionId));
    }

    /** The region's latest recorded change (portal_last_change in V19_5). */
    public Instant lastChange(UUID region) {
        return instant(em.createNativeQuery("SELECT portal_last_change(:region)").setParameter("region", region)
                .getSingleResult());
    }

    static Instant instant(Object at) {
        if (at == null) {
            return null;
        }
        if (at instanceof Instant i) {
            return i;
        }
        if (at instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) at).toInstant();
    }

    private static PortalIndicatorsView view(Grid g, FiguresView place) {
        List<PortalIndicator> indicators = new ArrayList<>();
        for (IndicatorFigures i : place.indicators()) {
            List<PortalUnitValue> breakdown = i.breakdown().stream().map(u -> {
                Suppression.Hidden h = g.hidden(i.indicator(), u.id(), null);
                PortalTarget target = PortalTarget.of(u.target());
                return new PortalUnitValue(u.id(), u.name(), value(u.figure(), h), numerator(u.figure(), h),
                        denominator(u.figure(), h), u.figure().noData(), target, met(u.figure(), h, target));
            }).toList();
            List<PortalFormValue> byForm = i.byForm().stream().map(b -> {
                Suppression.Hidden h = g.hidden(i.indicator(), place.id(), b.form());
                return new PortalFormValue(b.form(), value(b.figure(), h), numerator(b.figure(), h),
                        denominator(b.figure(), h));
            }).toList();
            Figure f = i.figure();
            Suppression.Hidden h = g.hidden(i.indicator(), place.id(), null);
            PortalTarget target = PortalTarget.of(i.target());
            indicators.add(new PortalIndicator(i.indicator(), i.title(), i.unit(), value(f, h), numerator(f, h),
                    denominator(f, h), f.noData(), f.noDataText(), f.schoolsWithoutContingent(), target,
                    met(f, h, target), byForm, breakdown));
        }
        return new PortalIndicatorsView(place.level(), place.id(), place.name(), place.period(), indicators);
    }

    private static Suppression.Cells cells(Figure f) {
        return new Suppression.Cells(f.numerator(), f.denominator());
    }

    static PortalValue value(Figure f, Suppression.Hidden h) {
        return PortalValue.of(f.value(), h.value());
    }

    static PortalValue numerator(Figure f, Suppression.Hidden h) {
        return PortalValue.of(f.numerator(), h.numerator());
    }

    static PortalValue denominator(Figure f, Suppression.Hidden h) {
        return PortalValue.of(f.denominator(), h.denominator());
    }

    /** Whether the target is reached; unknown while the value is hidden, for a bound would tell about it. */
    static Boolean met(Figure f, Suppression.Hidden h, PortalTarget target) {
        return Optional.ofNullable(target).filter(t -> f.value() != null && h.value() == null)
                .map(t -> f.value().compareTo(t.value()) >= 0).orElse(null);
    }
}
