package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.participant.MentoringForm;

/** The monitoring migration's aggregate functions, their named columns mapped to records. */
@ApplicationScoped
class MonitoringQueries {

    /** The levels {@code monitoring_figures_periods} knows, as it spells them. */
    enum Level {
        REGION("region"), MUNICIPALITY("municipality"), SCHOOL("school");

        final String sql;

        Level(String sql) {
            this.sql = sql;
        }
    }

    @Inject
    EntityManager em;

    /** What one call answers: the indicators of every period asked for and the funnel of the first. */
    record Answer(List<FigureRow> figures, List<FunnelRow> funnel) {
    }

    /**
     * The figures of a region, municipality or school for several periods in one call, the first in full (by form,
     * with the funnel), the others as totals per unit. The service has checked the scope already; should the
     * database still refuse it, the answer is the same as for a place that does not exist.
     */
    Answer figures(Level level, UUID id, List<Period> periods) {
        List<Tuple> rows;
        try {
            rows = em.createNativeQuery("""
                    SELECT period_no, unit_id, indicator, stage, form, numerator, denominator, missing
                    FROM monitoring_figures_summary(?1, ?2, cast(?3 AS date[]), cast(?4 AS date[]),
                                                    cast(?5 AS integer[]))
                    """, Tuple.class)
                    .setParameter(1, level.sql)
                    .setParameter(2, id)
                    .setParameter(3, MonitoringSummary.array(periods.stream().map(p -> p.from().toString())))
                    .setParameter(4, MonitoringSummary.array(periods.stream().map(p -> p.to().toString())))
                    .setParameter(5, MonitoringSummary.array(periods.stream().map(p -> String.valueOf(p.startYear()))))
                    .getResultList();
        } catch (PersistenceException e) {
            if (refused(e)) {
                throw ApiException.notFound("Данные мониторинга не найдены");
            }
            throw e;
        }
        List<FigureRow> figures = new ArrayList<>();
        List<FunnelRow> funnel = new ArrayList<>();
        for (Tuple t : rows) {
            String stage = t.get("stage", String.class);
            if (stage != null) {
                funnel.add(new FunnelRow(t.get("unit_id", UUID.class), FunnelStage.valueOf(stage),
                        t.get("numerator", BigDecimal.class).longValueExact()));
            } else {
                figures.add(row(t));
            }
        }
        return new Answer(figures, funnel);
    }

    private static FigureRow row(Tuple t) {
        String form = t.get("form", String.class);
        return new FigureRow(t.get("period_no", Integer.class) - 1, t.get("unit_id", UUID.class),
                Indicator.valueOf(t.get("indicator", String.class)), form == null ? null : MentoringForm.valueOf(form),
                t.get("numerator", BigDecimal.class), t.get("denominator", BigDecimal.class),
                t.get("missing", Integer.class));
    }

    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
