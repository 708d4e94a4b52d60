package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.org.OrgScope;

/**
 * The region's targets. The regional coordinator sets them; everyone in the region reads those that apply to them
 * (row-level security leaves a municipality the region-wide targets and its own).
 */
@ApplicationScoped
@Transactional
@RowScoped
public class TargetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal NINE = BigDecimal.valueOf(9);

    /** What an upsert did, so that the resource can answer 201 or 200. */
    public record Saved(TargetView target, boolean created) {
    }

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<TargetView> list(UUID regionId, Integer startYear) {
        requireRegion(regionId);
        if (startYear != null && (startYear < Period.FIRST_YEAR || startYear > Period.LAST_YEAR)) {
            throw ApiException.invalid("year", "Учебный год — от " + Period.FIRST_YEAR + " до " + Period.LAST_YEAR);
        }
        return targets(regionId, startYear).stream().map(TargetView::of).toList();
    }

    /** The targets of a region visible to the caller, for one year or all, newest year first. */
    List<IndicatorTarget> targets(UUID regionId, Integer startYear) {
        List<IndicatorTarget> found = startYear == null
                ? IndicatorTarget.list("regionId", regionId)
                : IndicatorTarget.list("regionId = ?1 and startYear = ?2", regionId, startYear);
        return found.stream().sorted(Comparator.<IndicatorTarget>comparingInt(t -> -t.startYear)
                .thenComparing(t -> t.municipalityId != null)
                .thenComparing(t -> t.indicator.ordinal())).toList();
    }

    public Saved put(UUID regionId, TargetInput input) {
        requireRegion(regionId);
        validate(regionId, input);
        IndicatorTarget t = (input.municipalityId() == null
                ? IndicatorTarget.<IndicatorTarget>find("regionId = ?1 and indicator = ?2 and startYear = ?3"
                        + " and municipalityId is null", regionId, input.indicator(), input.startYear())
                : IndicatorTarget.<IndicatorTarget>find("regionId = ?1 and indicator = ?2 and startYear = ?3"
                        + " and municipalityId = ?4", regionId, input.indicator(), input.startYear(),
                        input.municipalityId()))
                .firstResultOptional().orElse(null);
        boolean created = t == null;
        if (created) {
            if (input.version() != null) {
                throw ApiException.staleVersion();
            }
            t = new IndicatorTarget();
            t.id = UUID.randomUUID();
            t.regionId = regionId;
            t.municipalityId = input.municipalityId();
            t.indicator = input.indicator();
            t.startYear = input.startYear();
        } else if (input.version() == null) {
            throw ApiException.conflict("conflict", "Целевое значение уже установлено",
                    "На этот учебный год значение показателя уже установлено. Обновите страницу и измените его.");
        } else {
            Versioned.check(input.version(), t.version);
        }
        t.value = input.value();
        t.documentNumber = input.documentNumber().strip();
        t.documentDate = input.documentDate();
        t.documentTitle = input.documentTitle() == null || input.documentTitle().isBlank() ? null
                : input.documentTitle().strip();
        t.updatedBy = caller.fullName();
        t.updatedAt = Instant.now(clock);
        t.persist();
        Constraints.flush(em, "indicator_target_once", () -> ApiException.conflict("conflict",
                "Целевое значение уже установлено",
                "Значение на этот учебный год только что установил другой пользователь. Обновите страницу."));
        return new Saved(TargetView.of(t), created);
    }

    private void validate(UUID regionId, TargetInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.startYear() < Period.FIRST_YEAR || input.startYear() > Period.LAST_YEAR) {
            errors.add(new FieldError("startYear",
                    "Учебный год — от " + Period.FIRST_YEAR + " до " + Period.LAST_YEAR));
        }
        valueError(input.indicator().unit, input.value()).ifPresent(m -> errors.add(new FieldError("value", m)));
        if (input.municipalityId() != null) {
            boolean inRegion = scope.municipality(input.municipalityId())
                    .filter(m -> m.region.id.equals(regionId)).isPresent();
            if (!inRegion) {
                errors.add(new FieldError("municipalityId", "Муниципалитет не найден в регионе"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static Optional<String> valueError(IndicatorUnit unit, BigDecimal v) {
        if (v.stripTrailingZeros().scale() > 2) {
            return Optional.of("Не больше двух знаков после запятой");
        }
        return Optional.ofNullable(switch (unit) {
            case PERCENT -> v.signum() < 0 || v.compareTo(HUNDRED) > 0 ? "Доля в процентах — от 0 до 100" : null;
            case SCORE -> v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(TEN) > 0 ? "Средний балл — от 1 до 10" : null;
            // The target of a change is a growth: the scale is 1–10, so at most 9 points.
            case CHANGE -> v.signum() < 0 || v.compareTo(NINE) > 0 ? "Изменение балла — от 0 до 9" : null;
            case COUNT -> v.signum() < 0 || v.stripTrailingZeros().scale() > 0
                    ? "Число — целое, не меньше 0" : null;
        });
    }

    private void requireRegion(UUID regionId) {
        if (scope.region(regionId).isEmpty()) {
            throw ApiException.notFound("Регион не найден");
        }
    }
}
