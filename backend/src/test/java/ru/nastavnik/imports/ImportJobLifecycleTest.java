package ru.nastavnik.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.background.LeaseReaper;
import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Tokens;

/**
 * A job that does not finish normally (cancelled, its database session killed, its instance gone or frozen) leaves
 * nothing half-imported.
 */
@QuarkusTest
class ImportJobLifecycleTest {

    @Inject
    EntityManager em;

    @Inject
    LeaseReaper reaper;

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    @Inject
    DataSource dataSource;

    /** A file large enough that its job is still running when the test acts on it. */
    private static byte[] bigFile() {
        StringBuilder file = new StringBuilder("Внешний код;ФИО;Категория;Наставник\n");
        for (int i = 0; i < 45_000; i++) {
            file.append("К-").append(i).append(";Участник Номер ").append(i).append(";Педагог;да\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads the big file and waits until its job has read its first rows. */
    private static String startedJob(String token) {
        String id = Imports.upload(token, "participants", bigFile(), Map.of("dryRun", false)).then().statusCode(202)
                .extract().path("id");
        JsonPath job;
        do {
            Imports.sleep(10);
            job = Imports.as(token).get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
        } while (job.getInt("processedRows") == 0 && job.getString("status").matches("QUEUED|RUNNING"));
        assertThat(job.getString("status")).isEqualTo("RUNNING");
        return id;
    }

    @Test
    void anImportKilledMidwayEndsFailedAndLeavesNoRowsBehind() throws Exception {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        String id = startedJob(token);
        int killed;
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
                var r = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        + "WHERE usename = current_user AND pid <> pg_backend_pid() AND query LIKE '%import_stage%'")) {
            r.next();
            killed = r.getInt(1);
        }
        assertThat(killed).isEqualTo(1);

        endsLeavingNothingBehind(token, school, id, "FAILED", "изменения не внесены");
    }

    @Test
    void anImportCancelledMidwayEndsCancelledAndLeavesNoRowsBehind() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        String id = startedJob(token);
        Imports.as(token).post("/api/imports/" + id + "/cancel").then().statusCode(200);

        JsonPath done = endsLeavingNothingBehind(token, school, id, "CANCELLED", "изменения не внесены");
        assertThat(done.getBoolean("applied")).isFalse();
        Imports.as(token).post("/api/imports/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void jobsOfAStoppedInstanceFailOnceTheirLeaseRunsOutWhileALiveInstancesJobIsLeftAlone() throws Exception {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        UUID crashed = runningJob(school, "crashed-instance", "1 millisecond");
        UUID live = runningJob(school, "live-instance", "1 hour");
        UUID beforeLeases = runningJob(school, null, null);

        reaper.run();

        String token = Tokens.forSchool(school);
        for (UUID id : new UUID[] { crashed, beforeLeases }) {
            JsonPath job = Imports.as(token).get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(job.getString("status")).isEqualTo("FAILED");
            assertThat(job.getString("error")).contains("сервер, который выполнял загрузку, остановился")
                    .contains("Изменения не внесены");
        }
        JsonPath untouched = Imports.as(token).get("/api/imports/" + live).then().statusCode(200).extract()
                .jsonPath();
        assertThat(untouched.getString("status")).isEqualTo("RUNNING");
        assertThat(untouched.getInt("processedRows")).isEqualTo(40);
        try (Connection c = owner.getConnection(); var s = c.createStatement();
                var r = s.executeQuery("SELECT name FROM background_lease WHERE name LIKE 'import:%' AND name IN ('import:"
                        + crashed + "', 'import:" + live + "')")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("import:" + live);
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void aJobWhoseLeaseRunsOutMidwayIsFailedAndLeavesNoRowsBehind() throws Exception {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        String id = startedJob(token);
        double reapedBefore = reapedImportLeases();
        // As if this instance froze: its lease is left to run out, and any instance's reaper takes the job over.
        try (Connection c = owner.getConnection(); var s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE background_lease SET expires_at = clock_timestamp() - interval '1 second'"
                    + " WHERE name = 'import:" + id + "'")).isEqualTo(1);
        }

        endsLeavingNothingBehind(token, school, id, "FAILED", "остановился");
        assertThat(reapedImportLeases()).isGreaterThan(reapedBefore);
    }

    /** Waits for the job to end as expected, with no participant and no report row left by it. */
    private static JsonPath endsLeavingNothingBehind(String token, UUID school, String id, String status,
            String error) {
        JsonPath done = Imports.await(token, id);
        assertThat(done.getString("status")).isEqualTo(status);
        assertThat(done.getString("error")).contains(error);
        Api.as(token).get("/api/schools/" + school + "/participants").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        assertThat(Imports.rows(token, id, null).getInt("total")).isZero();
        return done;
    }

    /** A job row as an instance leaves it when it stops mid-run, with a lease of the given owner and length. */
    private UUID runningJob(UUID school, String leaseOwner, String leaseLength) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            RowScope.apply(em, "school", null, null, school);
            em.createNativeQuery("""
                    INSERT INTO import_job (id, kind, dry_run, all_or_nothing, status, file_size, file_hash,
                        total_rows, processed_rows, owner_username, owner_role, school_id, started_at)
                    VALUES (?1, 'PARTICIPANTS', false, false, 'RUNNING', 10, 'x', 100, 40, 'crashed', 'school', ?2, now())
                    """).setParameter(1, id).setParameter(2, school).executeUpdate();
            if (leaseOwner != null) {
                em.createNativeQuery("SELECT lease_acquire(?1, ?2, CAST(?3 AS interval))").setParameter(1, "import:" + id)
                        .setParameter(2, leaseOwner).setParameter(3, leaseLength).getSingleResult();
            }
        });
        Imports.sleep(5);
        return id;
    }

    private static double reapedImportLeases() {
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("nastavnik_background_leases_reaped_total{")
                && l.contains("kind=\"import\"")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
