package ru.nastavnik.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * devdb's DevDb, the PostgreSQL that ./run.sh starts, run as a process of its own on a data directory under
 * target/ and a free port, so that a test can kill it as a crash would and start it again on the same data.
 */
final class DevDbProcess implements AutoCloseable {

    private final Path dataDir;
    private final Path log;
    private final int port;
    private Process launcher;

    DevDbProcess(Path workDir) throws IOException {
        this.dataDir = workDir.resolve("pgdata");
        this.log = workDir.resolve("devdb.log");
        this.port = freePort();
        Files.createDirectories(workDir);
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/nastavnik";
    }

    /** Starts DevDb (initialising the data directory on the first start) and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("nastavnik.it.devdb", "../devdb/target"));
        Path classpath = target.resolve("classpath.txt");
        if (!Files.exists(classpath)) {
            throw new IllegalStateException(classpath + " is missing: build devdb first (mvn -pl backend -am verify)");
        }
        String cp = target.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpath).strip();
        launcher = new ProcessBuilder(java(), "-cp", cp, "ru.nastavnik.devdb.DevDb", dataDir.toString(),
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains("devdb ready on port " + port)) {
                return;
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("DevDb stopped while starting; see " + log);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("DevDb was not ready in time; see " + log);
    }

    /** A connection as the owner role, which row-level security does not restrict. */
    Connection owner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "nastavnik", "nastavnik");
    }

    /**
     * Kills every PostgreSQL process with SIGKILL, as a power cut would: the postmaster named in the data directory's
     * postmaster.pid and all its children, then the launcher, so that nothing shuts down cleanly.
     */
    void killHard() throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        List<ProcessHandle> victims = new ArrayList<>();
        ProcessHandle.of(postmaster).ifPresent(p -> {
            victims.add(p);
            p.descendants().forEach(victims::add);
        });
        if (victims.isEmpty()) {
            throw new IllegalStateException("No postmaster with pid " + postmaster);
        }
        victims.forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
        for (ProcessHandle p : victims) {
            p.onExit().join();
        }
        launcher.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            // SIGTERM: DevDb's shutdown hook stops PostgreSQL.
            launcher.destroy();
            launcher.waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
