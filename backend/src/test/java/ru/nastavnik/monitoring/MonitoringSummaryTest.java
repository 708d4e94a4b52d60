package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.support.ScopedCalls.cast;
import static ru.nastavnik.support.ScopedCalls.inScope;
import static ru.nastavnik.support.ScopedCalls.sqlState;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.support.ScopedCalls.As;

/**
 * The figures from V28's per-school summary are the figures counted live: on the two regions known by hand, for the
 * region, every municipality and every school, after the summary is counted, while schools changed since are not yet
 * counted again, and after they are.
 */
@QuarkusTest
class MonitoringSummaryTest {

    /** The day the summary is counted for: the end of 2026/27, which both known regions describe. */
    private static final LocalDate DAY = LocalDate.of(2027, 8, 31);

    private static final As SYSTEM = new As("system", null, null, null);

    @Inject
    EntityManager em;

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    @Inject
    MonitoringSummary summary;

    @BeforeEach
    void regions() {
        KnownRegion.ensure(owner);
        FunnelRegion.ensure(owner);
    }

    @Test
    void theSummaryAnswersWhatTheLiveCountAnswersAndIsRead() {
        summary.refresh(DAY);
        assertThat(due()).isZero();
        assertSameEverywhere();

        // The region's answer comes from the summary: a count altered there (and put back) shows in it.
        List<String> before = rows("summary", "region", KnownRegion.REGION);
        owner("UPDATE monitoring_summary SET numerator = numerator + 1000 WHERE municipality_id = '" + KnownRegion.M1
                + "' AND school_id IS NULL AND indicator = 'PUPILS_GENERAL' AND form IS NULL");
        try {
            assertThat(rows("summary", "region", KnownRegion.REGION)).isNotEqualTo(before);
        } finally {
            owner("UPDATE monitoring_summary SET numerator = numerator - 1000 WHERE municipality_id = '"
                    + KnownRegion.M1 + "' AND school_id IS NULL AND indicator = 'PUPILS_GENERAL' AND form IS NULL");
        }
        assertThat(rows("summary", "region", KnownRegion.REGION)).isEqualTo(before);
    }

    @Test
    void aChangedSchoolIsCountedLiveUntilTheRefreshCountsIt() {
        summary.refresh(DAY);
        List<String> region = rows("summary", "region", KnownRegion.REGION);
        owner("UPDATE school_contingent SET pupils = pupils + 500 WHERE school_id = '" + KnownRegion.SCHOOL_1
                + "' AND start_year = 2026");
        try {
            assertThat(due()).isPositive();
            // At once, before any refresh: the school's pupils are the denominator's, at every level.
            assertThat(rows("summary", "region", KnownRegion.REGION)).isNotEqualTo(region);
            assertSameEverywhere();
            summary.refresh(DAY);
            assertThat(due()).isZero();
            assertSameEverywhere();
        } finally {
            owner("UPDATE school_contingent SET pupils = pupils - 500 WHERE school_id = '" + KnownRegion.SCHOOL_1
                    + "' AND start_year = 2026");
        }
        assertSameEverywhere();
        summary.refresh(DAY);
        assertThat(rows("summary", "region", KnownRegion.REGION)).isEqualTo(region);
    }

    @Test
    void anArchivedSchoolLeavesTheFiguresAtOnce() {
        summary.refresh(DAY);
        owner("UPDATE school SET archived = true WHERE id = '" + FunnelRegion.SCHOOL_3 + "'");
        try {
            assertSameEverywhere();
            summary.refresh(DAY);
            assertSameEverywhere();
        } finally {
            owner("UPDATE school SET archived = false WHERE id = '" + FunnelRegion.SCHOOL_3 + "'");
        }
        assertSameEverywhere();
    }

    @Test
    void aPeriodTheSummaryDoesNotHoldIsCountedLive() {
        summary.refresh(DAY);
        // 31 December: no dashboard of the summary's day asks for it.
        assertThat(rows("summary", "region", KnownRegion.REGION, "2026-09-01", "2026-12-31", 2026))
                .isEqualTo(rows("live", "region", KnownRegion.REGION, "2026-09-01", "2026-12-31", 2026))
                .isNotEmpty();
    }

    @Test
    void theApplicationReadsTheSummaryOnlyThroughTheFunctions() {
        summary.refresh(DAY);
        As regional = new As("regional", KnownRegion.REGION, null, null);
        for (String table : List.of("monitoring_summary", "monitoring_summary_period", "monitoring_summary_change")) {
            assertThatThrownBy(() -> inScope(em, regional, () -> em.createNativeQuery("SELECT count(*) FROM " + table)
                    .getSingleResult())).as(table).satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
        }
        // And through them only for its own scope, as the live count.
        As other = new As("municipal", null, FunnelRegion.F1, null);
        assertThatThrownBy(() -> inScope(em, other, () -> em.createNativeQuery(
                "SELECT count(*) FROM monitoring_figures_summary('municipality', ?1, ARRAY[DATE '2026-09-01'],"
                        + " ARRAY[DATE '2027-08-31'], ARRAY[2026])").setParameter(1, KnownRegion.M1).getSingleResult()))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
    }

    @Test
    void aDayOfTheFirstHalfCountsItsYearAndHalfOnceAndTheTrendBackThreeHalves() {
        // Until 31 January the current year and its first half are the same days.
        List<Period> periods = MonitoringSummary.periods(LocalDate.of(2026, 12, 1));
        assertThat(periods).extracting(p -> p.from() + ".." + p.to()).doesNotHaveDuplicates()
                .contains("2026-09-01..2026-12-01", "2025-09-01..2026-08-31", "2024-09-01..2025-08-31",
                        "2026-02-01..2026-08-31", "2025-09-01..2026-01-31", "2024-09-01..2025-01-31");
        assertThat(periods).hasSize(8);
    }

    /** Every place of both regions, for the year and its trend as the figures endpoint asks for them. */
    private void assertSameEverywhere() {
        List<Object[]> places = new ArrayList<>();
        for (UUID region : List.of(KnownRegion.REGION, FunnelRegion.REGION)) {
            places.add(new Object[] {"region", region});
        }
        for (UUID m : List.of(KnownRegion.M1, KnownRegion.M2, FunnelRegion.F1, FunnelRegion.F2)) {
            places.add(new Object[] {"municipality", m});
        }
        for (UUID s : List.of(KnownRegion.SCHOOL_1, KnownRegion.SCHOOL_2, KnownRegion.COLLEGE, KnownRegion.SCHOOL_3,
                FunnelRegion.SCHOOL_1, FunnelRegion.SCHOOL_2, FunnelRegion.SCHOOL_3)) {
            places.add(new Object[] {"school", s});
        }
        for (Object[] place : places) {
            String level = (String) place[0];
            UUID id = (UUID) place[1];
            assertThat(rows("summary", level, id)).as(level + " " + id).isEqualTo(rows("live", level, id));
        }
    }

    /** The endpoint's periods for the academic year 2026/27 as of its last day: the year, then three half-years. */
    private List<String> rows(String source, String level, UUID id) {
        return rows(source, level, id, "{2026-09-01,2025-09-01,2026-02-01,2027-02-01}",
                "{2027-08-31,2026-01-31,2026-08-31,2027-08-31}", "{2026,2025,2025,2026}");
    }

    private List<String> rows(String source, String level, UUID id, String from, String to, Object years) {
        boolean arrays = from.startsWith("{");
        String fn = source.equals("live") ? "monitoring_figures_periods" : "monitoring_figures_summary";
        String args = arrays ? "cast(?3 AS date[]), cast(?4 AS date[]), cast(?5 AS integer[])"
                : "ARRAY[cast(?3 AS date)], ARRAY[cast(?4 AS date)], ARRAY[cast(?5 AS integer)]";
        // The system's scope covers every municipality and school; a region is read by its own coordinators.
        As caller = level.equals("region") ? new As("regional", id, null, null) : SYSTEM;
        List<Object[]> result = inScope(em, caller, () -> cast(em.createNativeQuery(
                "SELECT period_no, unit_id, indicator, stage, form, numerator, denominator, missing FROM " + fn
                        + "(?1, ?2, " + args + ") ORDER BY 1, 2, 3, 4, 5")
                .setParameter(1, level).setParameter(2, id).setParameter(3, from).setParameter(4, to)
                .setParameter(5, years).getResultList()));
        return result.stream().map(r -> {
            StringBuilder b = new StringBuilder();
            for (Object v : r) {
                // 3 and 3.000 are the same count.
                b.append(v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v).append('|');
            }
            return b.toString();
        }).sorted().toList();
    }

    private int due() {
        List<Period> periods = MonitoringSummary.periods(DAY);
        List<UUID> due = inScope(em, SYSTEM, () -> cast(em.createNativeQuery(
                "SELECT monitoring_summary_due(cast(?1 AS date[]), cast(?2 AS date[]), cast(?3 AS integer[]))",
                UUID.class)
                .setParameter(1, MonitoringSummary.array(periods.stream().map(p -> p.from().toString())))
                .setParameter(2, MonitoringSummary.array(periods.stream().map(p -> p.to().toString())))
                .setParameter(3, MonitoringSummary.array(periods.stream().map(p -> String.valueOf(p.startYear()))))
                .getResultList()));
        return (int) due.stream().filter(m -> List.of(KnownRegion.M1, KnownRegion.M2, FunnelRegion.F1,
                FunnelRegion.F2).contains(m)).count();
    }

    private void owner(String sql) {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
