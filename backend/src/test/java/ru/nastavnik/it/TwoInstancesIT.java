package ru.nastavnik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

/**
 * Two API instances on one database. Both run the scheduled feedback task: each due questionnaire is issued and
 * e-mailed once. Then each runs an import: when one is killed mid-job, its job is failed by the other once its lease
 * runs out, with none of its rows written, while the other's own job completes untouched.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS = 40_000;
    private static final int PAIRS = 6;
    /**
     * Short enough for a quick test, long enough for a live instance's renewals to get through on a busy machine:
     * while two bulk imports fill the WAL on a shared disk, PostgreSQL has been seen to stall every writer for ten
     * seconds and more. The log shows each renewal (DEBUG). Feedback is looked for every second and e-mailed to the
     * mock mailbox.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "nastavnik.background.lease-duration", "PT20S",
            "nastavnik.background.renew-every", "PT1S",
            "nastavnik.background.reap-every", "PT1S",
            "nastavnik.feedback.every", "PT1S",
            "quarkus.mailer.mock", "true",
            "quarkus.log.category.\"ru.nastavnik.background\".level", "DEBUG");

    private static DevDbProcess db;
    private static ApiProcess a;
    private static ApiProcess b;

    @BeforeAll
    static void start() throws Exception {
        Path work = Path.of("target", "it-two-instances-" + UUID.randomUUID());
        db = new DevDbProcess(work);
        db.start();
        // One after the other: the first migrates the new database, the second finds it migrated.
        a = ApiProcess.start("api-a", work, db.jdbcUrl(), SETTINGS).awaitReady(Duration.ofSeconds(180));
        b = ApiProcess.start("api-b", work, db.jdbcUrl(), SETTINGS).awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws Exception {
        try (DevDbProcess database = db; ApiProcess first = a; ApiProcess second = b) {
            // Closing in reverse order stops the instances before their database, each even if another fails.
        }
    }

    @Test
    @Order(1)
    void bothInstancesRunningTheFeedbackTaskIssueAndMailEachDueQuestionnaireOnce() throws Exception {
        String curator = Tokens.school();
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            people.addAll(activePairWithFeedbackToday(a, curator, i));
        }
        // Per pair: the mentee's entry self-assessment, and the intermediate feedback for both.
        int expected = PAIRS * 3;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (mailed(people) < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(mailed(people)).isEqualTo(expected);
        // A few more runs find nothing left to do.
        Thread.sleep(5_000);

        assertThat(count("SELECT count(*) FROM feedback_delivery WHERE participant_id = ANY (?)", people))
                .isEqualTo(expected);
        assertThat(count("SELECT count(*) FROM feedback_mail m JOIN feedback_delivery d ON d.id = m.delivery_id"
                + " WHERE d.participant_id = ANY (?) AND m.status = 'SENT' AND m.attempts = 1", people))
                .as("each e-mail sent once, at its first attempt").isEqualTo(expected);
        assertThat(count("SELECT count(*) FROM fill_link WHERE participant_id = ANY (?)", people))
                .as("one link per questionnaire and person").isEqualTo(expected);
        double sent = metric(a.get("/q/metrics", null).body(), "nastavnik_feedback_mails_total{outcome=\"sent\"}")
                + metric(b.get("/q/metrics", null).body(), "nastavnik_feedback_mails_total{outcome=\"sent\"}");
        assertThat(sent).isEqualTo(expected);
    }

    /** A teacher and a pupil, both with an address, paired and started, with an intermediate date today. */
    private static List<UUID> activePairWithFeedbackToday(ApiProcess api, String token, int n) throws Exception {
        UUID mentor = participant(api, token, Map.of("kind", "TEACHER", "fullName", "Наставник ИТ " + n,
                "mentorCandidate", true, "email", "mentor-" + n + "@example.ru",
                "mentorProfile", Map.of("capacity", 1, "formsAccepted", List.of("TEACHER_PUPIL")),
                "consent", consent("Наставник ИТ " + n, "SELF")));
        UUID mentee = participant(api, token, Map.of("kind", "PUPIL", "fullName", "Наставляемый ИТ " + n,
                "menteeCandidate", true, "birthDate", "2012-03-15", "email", "family-" + n + "@example.ru",
                "consent", consent("Родитель ИТ " + n, "PARENT")));
        LocalDate start = LocalDate.now();
        String school = "/api/schools/" + Demo.SCHOOL_A1;
        UUID pair = id(api.post(school + "/mentorships", token, "application/json", json(Map.of("form",
                "TEACHER_PUPIL", "kind", "TRADITIONAL", "mentorId", mentor, "menteeIds", List.of(mentee),
                "plannedStart", start.toString(), "plannedEnd", start.plusMonths(6).toString()))));
        id(api.post(school + "/orders", token, "application/json", json(Map.of("number", "ИТ-" + UUID.randomUUID(),
                "date", start.toString(), "mentorshipIds", List.of(pair)))));
        int version = JSON.readTree(api.get(school + "/mentorships/" + pair, token).body()).get("version").asInt();
        HttpResponse<String> started = api.post(school + "/mentorships/" + pair + "/activate", token,
                "application/json", json(Map.of("version", version, "startedOn", start.toString())));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        HttpResponse<String> scheduled = api.put(school + "/mentorships/" + pair + "/feedback-schedule", token,
                new String(json(Map.of("mode", "DATES", "dates", List.of(today.toString()), "includeMentor", true,
                        "version", 0)), StandardCharsets.UTF_8));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        return List.of(mentor, mentee);
    }

    private static Map<String, Object> consent(String giver, String givenBy) {
        return Map.of("givenBy", givenBy, "giverName", giver, "givenOn", "2025-09-01", "scope",
                "Участие в программе наставничества", "documentRef", "Согласие ИТ " + UUID.randomUUID());
    }

    private static UUID participant(ApiProcess api, String token, Map<String, Object> body) throws Exception {
        return id(api.post("/api/schools/" + Demo.SCHOOL_A1 + "/participants", token, "application/json",
                json(body)));
    }

    private static UUID id(HttpResponse<String> created) throws Exception {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(created.body()).get("id").asText());
    }

    private static byte[] json(Object body) throws Exception {
        return JSON.writeValueAsBytes(body);
    }

    private static long mailed(List<UUID> people) throws Exception {
        return count("SELECT count(*) FROM feedback_delivery WHERE participant_id = ANY (?) AND state = 'MAILED'",
                people);
    }

    private static long count(String sql, List<UUID> ids) throws Exception {
        try (Connection c = db.owner(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    @Order(2)
    void killingOneInstanceFailsOnlyItsOwnJobOnceItsLeaseRunsOut() throws Exception {
        killOneWhileBothImport(db, a, b);
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
