package ru.nastavnik.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests, set up like production: Flyway migrates as the owner role and the application
 * connects as a role that owns nothing, so row-level security is in force. Unlike devdb's DevDb it keeps zonky's
 * fast, non-durable settings (fsync and synchronous_commit off): its data is thrown away after the run.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String OWNER = "nastavnik";
    public static final String APP = "nastavnik_app";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER + "'");
                s.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + APP + "'");
                s.execute("CREATE DATABASE nastavnik OWNER " + OWNER);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/nastavnik";
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", APP,
                "quarkus.datasource.password", APP,
                "quarkus.datasource.owner.jdbc.url", url,
                "quarkus.datasource.owner.username", OWNER,
                "quarkus.datasource.owner.password", OWNER,
                "quarkus.flyway.owner.placeholders.appRole", APP);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
