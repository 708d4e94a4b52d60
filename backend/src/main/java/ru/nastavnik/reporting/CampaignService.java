package ru.nastavnik.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.monitoring.Indicator;
import ru.nastavnik.monitoring.Period;
import ru.nastavnik.org.OrgScope;

/** The region's reporting campaigns: opened by its coordinator, read by its municipalities and schools. */
@ApplicationScoped
@Transactional
@RowScoped
public class CampaignService {

    /** The regions' day, as for the figures: due dates are dates there. */
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public CampaignView create(UUID regionId, CampaignInput input) {
        requireRegion(regionId);
        List<FieldError> errors = new ArrayList<>();
        Period period = null;
        if (input.year() == null && (input.half() == null || input.half().isBlank())) {
            errors.add(new FieldError("year", "Укажите учебный год или полугодие"));
        } else {
            period = bounds(input.year(), input.half());
            if (period.from().isAfter(today())) {
                errors.add(new FieldError(input.half() != null ? "half" : "year",
                        "Период ещё не начался: отчитаться можно только за начавшийся период"));
            }
            if (input.dueOn().isBefore(period.from())) {
                errors.add(new FieldError("dueOn", "Срок сдачи — не раньше начала периода (" + period.from() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ReportCampaign c = new ReportCampaign();
        c.id = UUID.randomUUID();
        c.regionId = regionId;
        c.title = input.title().strip();
        c.startYear = period.startYear();
        c.half = period.half();
        c.dueOn = input.dueOn();
        c.indicators = new ArrayList<>(new LinkedHashSet<>(input.indicators().stream().map(Indicator::name).toList()));
        c.createdBy = caller.fullName();
        c.createdAt = Instant.now(clock);
        c.persist();
        return CampaignView.of(c);
    }

    public List<CampaignView> list(UUID regionId) {
        requireRegion(regionId);
        return ReportCampaign.<ReportCampaign>list("regionId", Sort.descending("dueOn").and("createdAt", Sort.Direction.Descending),
                regionId).stream().map(CampaignView::of).toList();
    }

    public CampaignView get(UUID regionId, UUID id) {
        requireRegion(regionId);
        return CampaignView.of(find(regionId, id));
    }

    /** A campaign of the region that the caller sees (row-level security hides them from the portal). */
    ReportCampaign find(UUID regionId, UUID id) {
        return ReportCampaign.<ReportCampaign>find("id = ?1 and regionId = ?2", id, regionId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Отчётная кампания не найдена"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    static String periodLabel(ReportCampaign c) {
        return bounds(c.yearKey(), c.halfKey()).label();
    }

    /** The whole period, whatever day it is: the figures API's own parsing and messages. */
    private static Period bounds(Integer year, String half) {
        return Period.of(year, half, null, LocalDate.MAX);
    }

    private void requireRegion(UUID regionId) {
        if (scope.region(regionId).isEmpty()) {
            throw ApiException.notFound("Регион не найден");
        }
    }
}
