package ru.nastavnik.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static ru.nastavnik.support.Api.as;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ru.nastavnik.support.Matching;
import ru.nastavnik.support.Tokens;

/** What an operator relies on: request ids from the answer to the log, metrics, and readiness. */
@QuarkusTest
class OperationsTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void everyAnswerCarriesARequestIdAndAProblemRepeatsIt() {
        Response ok = as(Tokens.region()).get("/api/me");
        ok.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        Response refused = as(Tokens.region()).queryParam("size", 1000).get("/api/schools");
        refused.then().statusCode(400).body("requestId", equalTo(refused.header("X-Request-Id")));
        Response anonymous = as(null).get("/api/me");
        anonymous.then().statusCode(401).body("requestId", equalTo(anonymous.header("X-Request-Id")));
        assertThat(ok.header("X-Request-Id")).isNotEqualTo(refused.header("X-Request-Id"));
    }

    @Test
    void aCallersOwnRequestIdIsKeptWhenItIsAPlainToken() {
        as(Tokens.region()).header("X-Request-Id", "import-script.42").get("/api/regions").then()
                .header("X-Request-Id", "import-script.42");
        as(Tokens.region()).header("X-Request-Id", "bad id\" <script>").get("/api/regions").then()
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void theLogLinesOfARequestCarryItsId() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getLoggerName().startsWith("ru.nastavnik")) {
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            Matching.School school = Matching.freshSchool();
            Response run = as(school.token()).header("X-Request-Id", "run-with-logs")
                    .body(Matching.runBody("TEACHER_TEACHER")).post("/api/schools/" + school.id() + "/match-runs");
            run.then().statusCode(201);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(records).extracting(r -> r.getMdc("requestId")).contains("run-with-logs");
    }

    @Test
    void metricsCoverHttpThePoolTheJvmAndMatching() {
        Matching.School school = Matching.freshSchool();
        as(school.token()).body(Matching.runBody("TEACHER_TEACHER")).post("/api/schools/" + school.id() + "/match-runs")
                .then().statusCode(201);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/schools/{schoolId}/match-runs\"")
                .contains("agroal_active_count{datasource=\"default\"")
                .contains("jvm_memory_used_bytes")
                .contains("nastavnik_match_solve_seconds_count{scope=\"school\",shape=\"PAIR\"")
                .contains("nastavnik_match_mentees_count{scope=\"school\"");
    }

    @Test
    void readinessCoversTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
