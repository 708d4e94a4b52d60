package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
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

    /** The levels {@code monitoring_figures} knows, as it spells them. */
    enum Level {
        REGION("region"), MUNICIPALITY("municipality"), SCHOOL("school");

        final String sql;

        Level(String sql) {
            this.sql = sql;
        }
    }

    @Inject
    EntityManager em;

    /**
     * The figures of a region, municipality or school. The service has checked the scope already; should the
     * database still refuse it, the answer is the same as for a place that does not exist.
     */
    List<FigureRow> figures(Level level, UUID id, Period period) {
        List<Tuple> rows;
        try {
            rows = em.createNativeQuery("""
                    SELECT unit_id, indicator, form, numerator, denominator, missing
                    FROM monitoring_figures(?1, ?2, ?3, ?4, ?5)
                    """, Tuple.class)
                    .setParameter(1, level.sql)
                    .setParameter(2, id)
                    .setParameter(3, Date.valueOf(period.from()))
                    .setParameter(4, Date.valueOf(period.to()))
                    .setParameter(5, period.startYear())
                    .getResultList();
        } catch (PersistenceException e) {
            if (refused(e)) {
                throw ApiException.notFound("Данные мониторинга не найдены");
            }
            throw e;
        }
        return rows.stream().map(MonitoringQueries::row).toList();
    }

    private static FigureRow row(Tuple t) {
        String form = t.get("form", String.class);
        return new FigureRow(t.get("unit_id", UUID.class), Indicator.valueOf(t.get("indicator", String.class)),
                form == null ? null : MentoringForm.valueOf(form), t.get("numerator", BigDecimal.class),
                t.get("denominator", BigDecimal.class), t.get("missing", Integer.class));
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
