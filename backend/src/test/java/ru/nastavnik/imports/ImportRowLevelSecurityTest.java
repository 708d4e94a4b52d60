package ru.nastavnik.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Tokens;

/** PostgreSQL alone keeps one scope's import jobs and row reports from every other scope. */
@QuarkusTest
class ImportRowLevelSecurityTest {

    @Inject
    EntityManager em;

    private long count(String role, UUID region, UUID municipality, UUID school, String sql, UUID job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RowScope.apply(em, role, region, municipality, school);
            return ((Number) em.createNativeQuery(sql).setParameter(1, job).getSingleResult()).longValue();
        });
    }

    @Test
    void aSchoolsImportAndItsReportAreVisibleToThatSchoolOnly() {
        String id = Imports.run(Tokens.school(), "participants", Imports.csv(java.util.List.of(
                Imports.row("ФИО", "Категория"), Imports.row("Проверка Видимости", "Пилот"))), Map.of())
                .getString("id");
        UUID job = UUID.fromString(id);
        String jobs = "SELECT count(*) FROM import_job WHERE id = ?1";
        String rows = "SELECT count(*) FROM import_row WHERE job_id = ?1";
        assertThat(count("school", null, null, Demo.SCHOOL_A1, jobs, job)).isEqualTo(1);
        assertThat(count("school", null, null, Demo.SCHOOL_A1, rows, job)).isEqualTo(1);
        assertThat(count("school", null, null, Demo.SCHOOL_A2, jobs, job)).isZero();
        assertThat(count("school", null, null, Demo.SCHOOL_A2, rows, job)).isZero();
        assertThat(count("municipal", null, Demo.MUNI_A, null, rows, job)).isZero();
        assertThat(count("regional", Demo.REGION, null, null, jobs, job)).isZero();
        assertThat(count("none", null, null, null, jobs, job)).isZero();
    }
}
