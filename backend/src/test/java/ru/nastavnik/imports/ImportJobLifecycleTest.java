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
import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Tokens;

/**
 * A job that does not finish normally (cancelled, its database session killed, the process gone) leaves nothing
 * half-imported.
 */
@QuarkusTest
class ImportJobLifecycleTest {

    @Inject
    EntityManager em;

    @Inject
    ImportRunner runner;

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

        JsonPath done = Imports.await(token, id);
        assertThat(done.getString("status")).isEqualTo("FAILED");
        assertThat(done.getString("error")).contains("изменения не внесены");
        Api.as(token).get("/api/schools/" + school + "/participants").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        assertThat(Imports.rows(token, id, null).getInt("total")).isZero();
    }

    @Test
    void anImportCancelledMidwayEndsCancelledAndLeavesNoRowsBehind() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        String token = Tokens.forSchool(school);
        String id = startedJob(token);
        Imports.as(token).post("/api/imports/" + id + "/cancel").then().statusCode(200);

        JsonPath done = Imports.await(token, id);
        assertThat(done.getString("status")).isEqualTo("CANCELLED");
        assertThat(done.getBoolean("applied")).isFalse();
        assertThat(done.getString("error")).contains("изменения не внесены");
        Api.as(token).get("/api/schools/" + school + "/participants").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        assertThat(Imports.rows(token, id, null).getInt("total")).isZero();
        Imports.as(token).post("/api/imports/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void jobsLeftRunningByACrashedProcessAreMarkedFailedAtStart() {
        UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            RowScope.apply(em, "school", null, null, school);
            em.createNativeQuery("""
                    INSERT INTO import_job (id, kind, dry_run, all_or_nothing, status, file_size, file_hash,
                        total_rows, processed_rows, owner_username, owner_role, school_id, started_at)
                    VALUES (?1, 'PARTICIPANTS', false, false, 'RUNNING', 10, 'x', 100, 40, 'crashed', 'school', ?2, now())
                    """).setParameter(1, id).setParameter(2, school).executeUpdate();
        });
        runner.failAbandoned(null);
        JsonPath job = Imports.as(Tokens.forSchool(school)).get("/api/imports/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("error")).contains("перезапуском сервера");
    }
}
