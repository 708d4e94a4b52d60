package ru.nastavnik.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL that ./run.sh starts when no external database is configured: a real PostgreSQL 17 whose data
 * stays in a directory between runs, with the two roles the API expects (an owner that migrates the schema and an
 * application role that owns nothing, so that row-level security applies to it).
 *
 * Arguments: data directory, port.
 */
public final class DevDb {

    private DevDb() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".nastavnik/pgdata").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5433;
        Files.createDirectories(dataDir.getParent());
        // zonky's defaults are for throwaway test databases: it starts the server with -F (fsync off) and
        // synchronous_commit off, so a crash loses commits that were already answered. This database keeps users'
        // data between runs: PostgreSQL's own durable settings are restored (a later -c wins over -F). The tests'
        // PostgresResource keeps the fast settings on purpose.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
        prepare(postgres);
        System.out.println("devdb ready on port " + port + ", data in " + dataDir);
        new CountDownLatch(1).await();
    }

    private static void prepare(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            createRole(s, "nastavnik");
            createRole(s, "nastavnik_app");
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'nastavnik'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE nastavnik OWNER nastavnik");
                }
            }
        }
    }

    private static void createRole(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'")) {
            if (rs.next()) {
                return;
            }
        }
        s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("devdb: stopping PostgreSQL failed: " + e.getMessage());
        }
    }
}
