package ru.nastavnik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

/**
 * What the API acknowledged survives a crash of the database: eight clients create participants while every
 * PostgreSQL process is killed with SIGKILL; meanwhile the API answers 503 with Retry-After and reports itself not
 * ready, recovers by itself once the database is started again on the same data, and every participant answered 201
 * is in the database.
 */
class DurabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;

    @Test
    void everyAcknowledgedCreationSurvivesAKillOfThePostgresProcesses() throws Exception {
        Path work = Path.of("target", "it-durability-" + UUID.randomUUID());
        try (DevDbProcess db = new DevDbProcess(work)) {
            db.start();
            try (Connection c = db.owner(); Statement s = c.createStatement()) {
                for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                    try (ResultSet r = s.executeQuery("SHOW " + setting)) {
                        r.next();
                        assertThat(r.getString(1)).as(setting).isEqualTo("on");
                    }
                }
            }
            try (ApiProcess api = ApiProcess.start("api", work, db.jdbcUrl(),
                    Map.of("quarkus.datasource.jdbc.acquisition-timeout", "PT2S"))) {
                api.awaitReady(Duration.ofSeconds(180));
                String token = Tokens.school();
                String path = "/api/schools/" + Demo.SCHOOL_A1 + "/participants";

                Queue<UUID> acknowledged = new ConcurrentLinkedQueue<>();
                Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
                Queue<HttpResponse<String>> unavailable = new ConcurrentLinkedQueue<>();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    int client = i;
                    running.add(clients.submit(() -> {
                        int n = 0;
                        while (!stop.get()) {
                            byte[] body = JSON.writeValueAsBytes(Api.pupilWithConsent("Клиент " + client + " № " + n++));
                            HttpResponse<String> r;
                            try {
                                r = api.post(path, token, "application/json", body);
                            } catch (java.io.IOException e) {
                                statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                                continue;
                            }
                            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                            if (r.statusCode() == 201) {
                                acknowledged.add(UUID.fromString(JSON.readTree(r.body()).get("id").asText()));
                            } else if (r.statusCode() == 503) {
                                unavailable.add(r);
                                Thread.sleep(100);
                            }
                        }
                        return null;
                    }));
                }

                awaitCount(acknowledged, 300, Duration.ofSeconds(60));
                db.killHard();
                int beforeKill = acknowledged.size();

                awaitCount(unavailable, 20, Duration.ofSeconds(30));
                HttpResponse<String> ready = api.get("/q/health/ready", null);
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("DOWN");
                HttpResponse<String> refused = unavailable.peek();
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
                JsonNode problem = JSON.readTree(refused.body());
                assertThat(problem.get("type").asText()).isEqualTo("urn:nastavnik:problem:database-unavailable");
                assertThat(problem.get("title").asText()).isEqualTo("Сервис временно недоступен");
                assertThat(problem.get("detail").asText()).contains("данные не изменены").contains("повторите");

                db.start();
                api.awaitReady(Duration.ofSeconds(60));
                awaitCount(acknowledged, beforeKill + 100, Duration.ofSeconds(60));
                stop.set(true);
                for (Future<?> client : running) {
                    client.get();
                }
                clients.shutdown();

                System.out.printf("DurabilityIT: %d participants acknowledged (%d before the kill), answers %s%n",
                        acknowledged.size(), beforeKill, statuses);
                assertThat(statuses).as("no request failed with a server error other than 503")
                        .doesNotContainKeys(500, 502, 504);
                assertThat(missing(db, acknowledged)).as("participants answered 201 but not in the database")
                        .isEmpty();
            }
        }
    }

    private static List<UUID> missing(DevDbProcess db, Queue<UUID> acknowledged) throws Exception {
        try (Connection c = db.owner(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM unnest(?::uuid[]) AS a(id) WHERE NOT EXISTS (SELECT 1 FROM participant p WHERE p.id = a.id)")) {
            Array ids = c.createArrayOf("uuid", acknowledged.toArray());
            s.setArray(1, ids);
            List<UUID> missing = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    missing.add((UUID) r.getObject(1));
                }
            }
            return missing;
        }
    }

    private static void awaitCount(Queue<?> queue, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (queue.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + queue.size() + " of " + count + " in " + timeout);
            }
            Thread.sleep(20);
        }
    }
}
