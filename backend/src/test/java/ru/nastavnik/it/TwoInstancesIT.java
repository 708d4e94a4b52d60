package ru.nastavnik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

/**
 * Two API instances on one database, each running an import: when one is killed mid-job, its job is failed by the
 * other once its lease runs out, with none of its rows written, while the other's own job completes untouched.
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS = 40_000;
    /**
     * Short enough for a quick test, long enough for a live instance's renewals to get through on a busy machine:
     * while two bulk imports fill the WAL on a shared disk, PostgreSQL has been seen to stall every writer for ten
     * seconds and more. The log shows each renewal (DEBUG).
     */
    private static final Map<String, String> SHORT_LEASES = Map.of(
            "nastavnik.background.lease-duration", "PT20S",
            "nastavnik.background.renew-every", "PT1S",
            "nastavnik.background.reap-every", "PT1S",
            "quarkus.log.category.\"ru.nastavnik.background\".level", "DEBUG");

    @Test
    void killingOneInstanceFailsOnlyItsOwnJobOnceItsLeaseRunsOut() throws Exception {
        Path work = Path.of("target", "it-two-instances-" + UUID.randomUUID());
        try (DevDbProcess db = new DevDbProcess(work)) {
            db.start();
            // One after the other: the first migrates the new database, the second finds it migrated.
            try (ApiProcess a = ApiProcess.start("api-a", work, db.jdbcUrl(), SHORT_LEASES)) {
                a.awaitReady(Duration.ofSeconds(180));
                try (ApiProcess b = ApiProcess.start("api-b", work, db.jdbcUrl(), SHORT_LEASES)) {
                    b.awaitReady(Duration.ofSeconds(180));
                    killOneWhileBothImport(db, a, b);
                }
            }
        }
    }

    private static void killOneWhileBothImport(DevDbProcess db, ApiProcess a, ApiProcess b) throws Exception {
        long participantsBefore = participants(db, Demo.SCHOOL_A1);

        String onA = upload(a, Tokens.school(), "А");
        String onB = upload(b, Tokens.school2(), "Б");
        awaitRunning(a, Tokens.school(), onA);
        a.kill();
        long killedAt = System.nanoTime();

        JsonNode failed = awaitFinished(b, Tokens.school(), onA, Duration.ofSeconds(60));
        Duration failedAfter = Duration.ofNanos(System.nanoTime() - killedAt);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText()).contains("остановился").contains("Изменения не внесены");
        assertThat(failed.get("applied").asBoolean()).isFalse();
        assertThat(failedAfter).as("failed once the lease ran out, not long after")
                .isLessThan(Duration.ofSeconds(45));
        assertThat(participants(db, Demo.SCHOOL_A1)).isEqualTo(participantsBefore);
        assertThat(reportRows(db, onA)).isZero();

        JsonNode done = awaitFinished(b, Tokens.school2(), onB, Duration.ofSeconds(180));
        assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.get("created").asInt()).isEqualTo(ROWS);
        assertThat(done.hasNonNull("error")).isFalse();

        String metrics = b.get("/q/metrics", null).body();
        assertThat(metric(metrics, "nastavnik_background_leases_reaped_total{kind=\"import\"}")).isEqualTo(1);
        assertThat(metric(metrics, "nastavnik_imports_jobs_total{kind=\"participants\",outcome=\"succeeded\"}"))
                .isEqualTo(1);
        assertThat(metric(metrics, "nastavnik_imports_running")).isZero();
        assertThat(metrics).contains("nastavnik_imports_duration_seconds_count{kind=\"participants\",outcome=\"succeeded\"}")
                .contains("nastavnik_background_task_runs_seconds_count{outcome=\"succeeded\",task=\"lease-reaper\"}");
    }

    /** A participants file of teachers with their own consent, big enough to keep a job running for seconds. */
    private static byte[] participantsFile(String prefix) {
        StringBuilder file = new StringBuilder("Внешний код;ФИО;Категория;Наставник;Кто дал согласие;"
                + "ФИО давшего согласие;Дата согласия;Цели и объём обработки;Реквизиты документа согласия\n");
        for (int i = 0; i < ROWS; i++) {
            String name = "Педагог " + prefix + " Номер " + i;
            file.append("ИТ-").append(prefix).append('-').append(i).append(';').append(name).append(";Педагог;да;")
                    .append("Сам участник;").append(name).append(";02.09.2025;Участие в программе наставничества;")
                    .append("Заявление № ").append(i).append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String upload(ApiProcess api, String token, String prefix) throws Exception {
        HttpResponse<String> r = api.post("/api/imports/participants?dryRun=false", token, "text/csv",
                participantsFile(prefix));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return JSON.readTree(r.body()).get("id").asText();
    }

    private static void awaitRunning(ApiProcess api, String token, String job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode j = JSON.readTree(api.get("/api/imports/" + job, token).body());
            assertThat(j.get("status").asText()).isIn("QUEUED", "RUNNING");
            if (j.get("processedRows").asInt() > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + job + " did not start");
    }

    private static JsonNode awaitFinished(ApiProcess api, String token, String job, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode j = JSON.readTree(api.get("/api/imports/" + job, token).body());
            if (!j.get("status").asText().matches("QUEUED|RUNNING")) {
                return j;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not finish in " + timeout);
    }

    private static long participants(DevDbProcess db, UUID school) throws Exception {
        return count(db, "SELECT count(*) FROM participant WHERE school_id = ?", school);
    }

    private static long reportRows(DevDbProcess db, String job) throws Exception {
        return count(db, "SELECT count(*) FROM import_row WHERE job_id = ?", UUID.fromString(job));
    }

    private static long count(DevDbProcess db, String sql, UUID id) throws Exception {
        try (Connection c = db.owner(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A sample's value in Prometheus' text format; 0 when there is no such sample. */
    private static double metric(String metrics, String sample) {
        return metrics.lines().filter(l -> l.startsWith(sample + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(sample.length() + 1).strip())).orElse(0.0);
    }
}
