package ru.nastavnik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Tokens;

/**
 * The participant import against PostgreSQL's own COPY of the same rows (into the participant and consent tables,
 * and, for scale, of the raw file into a bare scratch table), in one run on one embedded PostgreSQL, at three file
 * sizes, with the JVM's peak heap and resident memory. Not a test: bench/imports/run.sh runs it (the
 * class name keeps it out of the test suite) and bench/imports/README.md says what it measured.
 */
@QuarkusTest
@TestProfile(ImportBench.Limits.class)
class ImportBench {

    /** Files as large as production accepts. */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nastavnik.imports.max-rows", "200000", "nastavnik.imports.max-file-size", "52428800");
        }
    }

    private static final String HEADER = "Внешний код;ФИО;Категория;Наставник;Наставляемый;Дата рождения;"
            + "Класс, группа или должность;Компетенции наставника;С чем нужна помощь;Кто дал согласие;"
            + "ФИО давшего согласие;Дата согласия;Цели и объём обработки;Реквизиты документа согласия\n";

    /** The owner role: the application role may not create tables, and the scratch table is a real one. */
    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    @Test
    void participantsImportNextToCopy() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-8s %12s %14s %14s %10s %12s %13s %11s %12s %12s", "rows", "COPY rows/s",
                "scratch rows/s", "import rows/s", "of COPY", "of scratch", "peak heap MB", "old gen MB",
                "after GC MB", "peak RSS MB"));
        run(2_000, null);
        for (int rows : new int[] { 25_000, 50_000, 100_000 }) {
            run(rows, lines);
        }
        Path out = Path.of(System.getProperty("bench.out", "target/import-bench.txt"));
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
    }

    /** One size: generate, COPY, import through the API; the first, small run only warms the JVM up. */
    private void run(int rows, List<String> lines) throws Exception {
        Path file = generate(rows);
        try {
            UUID school = Api.createSchool(Tokens.region(), Demo.MUNI_A);
            double scratchSeconds = copy(file);
            dropScratch();
            double copySeconds = copyIntoTables(school, rows);
            String token = Tokens.forSchool(school);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            resetPeakRss();
            long start = System.nanoTime();
            JsonPath job = Imports.await(token, upload(token, file));
            double importSeconds = (System.nanoTime() - start) / 1e9;
            if (job.getInt("created") != rows) {
                throw new IllegalStateException("Expected " + rows + " created rows: " + job.prettify());
            }
            long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long oldGen = heap.stream().filter(p -> p.getName().contains("Old")).mapToLong(p -> p.getPeakUsage()
                    .getUsed()).sum();
            long rss = peakRss();
            System.gc();
            long retained = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            if (lines != null) {
                double copyRate = rows / copySeconds;
                double scratchRate = rows / scratchSeconds;
                double importRate = rows / importSeconds;
                lines.add(String.format("%-8d %12.0f %14.0f %14.0f %10.2f %12.2f %13d %11d %12d %12d", rows,
                        copyRate, scratchRate, importRate, importRate / copyRate, importRate / scratchRate,
                        peakHeap >> 20, oldGen >> 20, retained >> 20, rss >> 20));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Streams the file from disk as curl --data-binary would, so that the client holds none of it in memory. */
    private static String upload(String token, Path file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/api/imports/participants?dryRun=false&fileName=bench.csv"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("Upload refused: " + response.body());
        }
        return JsonPath.from(response.body()).getString("id");
    }

    /**
     * COPY of the same file into a scratch table of the same database: a plain logged table with a column per
     * file column and no index, as fast as PostgreSQL takes these rows in.
     */
    private double copy(Path file) throws Exception {
        try (Connection c = owner.getConnection(); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_copy");
            s.execute("CREATE TABLE bench_copy (external_id text, full_name text, kind text, mentor text, "
                    + "mentee text, birth_date text, grade text, competencies text, requests text, given_by text, "
                    + "giver_name text, given_on text, scope text, document_ref text)");
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY bench_copy FROM STDIN (FORMAT csv, HEADER true, DELIMITER ';')", in);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private void dropScratch() throws Exception {
        try (Connection c = owner.getConnection(); var s = c.createStatement()) {
            s.execute("DROP TABLE bench_copy");
        }
    }

    /**
     * COPY of the same participants, and their consents, straight into the tables an import fills, as the owner
     * (no row-level security, no checks, ids made beforehand), then rolled back: loading these rows with
     * PostgreSQL's own bulk path, the yardstick the import is measured against.
     */
    private double copyIntoTables(UUID school, int rows) throws Exception {
        Path participants = Files.createTempFile("bench-participant", ".tsv");
        Path consents = Files.createTempFile("bench-consent", ".tsv");
        try {
            try (Writer p = Files.newBufferedWriter(participants, StandardCharsets.UTF_8);
                    Writer k = Files.newBufferedWriter(consents, StandardCharsets.UTF_8)) {
                for (int i = 0; i < rows; i++) {
                    boolean pupil = i % 3 != 0;
                    String name = "Фамилия" + i + " Имя Отчество";
                    UUID id = UUID.randomUUID();
                    p.write(id + "\t" + school + "\t" + (pupil ? "PUPIL" : "TEACHER") + "\t" + name + "\t"
                            + !pupil + "\t" + pupil + "\tБ-" + i + "\t"
                            + (pupil ? String.format("2011-%02d-%02d", 1 + i % 12, 1 + i % 28)
                                    : String.format("1980-%02d-%02d", 1 + i % 12, 1 + i % 28))
                            + "\t" + (pupil ? (5 + i % 6) + " «А»" : "Учитель математики") + "\t"
                            + (pupil ? "{}" : "{teaching-methods}") + "\t"
                            + (pupil ? "{subject-math,exams}" : "{}") + "\n");
                    k.write(UUID.randomUUID() + "\t" + id + "\t" + school + "\t" + (pupil ? "PARENT" : "SELF") + "\t"
                            + (pupil ? "Родитель " + name : name)
                            + "\t2025-09-01\tУчастие в программе наставничества\tЗаявление № " + i + "\n");
                }
            }
            try (Connection c = owner.getConnection()) {
                c.setAutoCommit(false);
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(participants)) {
                    copy.copyIn("COPY participant (id, school_id, kind, full_name, mentor_candidate, "
                            + "mentee_candidate, external_id, birth_date, grade_or_position, competencies, requests) "
                            + "FROM STDIN", in);
                }
                try (InputStream in = Files.newInputStream(consents)) {
                    copy.copyIn("COPY consent (id, participant_id, school_id, given_by, giver_name, given_on, "
                            + "scope, document_ref) FROM STDIN", in);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                c.rollback();
                return seconds;
            }
        } finally {
            Files.deleteIfExists(participants);
            Files.deleteIfExists(consents);
        }
    }

    private static Path generate(int rows) throws IOException {
        Path file = Files.createTempFile("bench-participants", ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; i < rows; i++) {
                boolean pupil = i % 3 != 0;
                String name = "Фамилия" + i + " Имя Отчество";
                w.write("Б-" + i + ";" + name + ";" + (pupil ? "Обучающийся;нет;да;" : "Педагог;да;нет;")
                        + (pupil ? String.format("%02d.%02d.2011;", 1 + i % 28, 1 + i % 12)
                                : String.format("%02d.%02d.1980;", 1 + i % 28, 1 + i % 12))
                        + (pupil ? (5 + i % 6) + " «А»;" : "Учитель математики;")
                        + (pupil ? ";\"Математика; Подготовка к ОГЭ и ЕГЭ\";" : "Методика преподавания;;")
                        + (pupil ? "Родитель;Родитель " + name : "Сам участник;" + name)
                        + ";01.09.2025;Участие в программе наставничества;Заявление № " + i + "\n");
            }
        }
        return file;
    }

    /** Linux keeps the resident-set high-water mark; writing 5 to clear_refs starts it again from now. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long peakRss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }
}
