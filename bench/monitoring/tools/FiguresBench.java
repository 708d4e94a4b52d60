import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint next to the bare SQL behind it, in the same run and timed the same way.
 *
 * <p>The bare side is not written by hand: during one request PostgreSQL logs every statement the application role
 * runs, with its parameters ({@code log_statement = all}, set and reset through {@code ALTER SYSTEM} by the embedded
 * server's superuser), and exactly those statements — the scope's {@code set_config}, the look-ups, every call of the
 * figures' functions, the transaction's begin and commit — are replayed over plain JDBC as the tables' owner. Whatever
 * the endpoint comes to run, the comparison follows it.
 *
 * <p>After a warm-up of both, requests and replays alternate one by one, so that the machine's other load hits both
 * alike, up to --requests of each or, once --seconds have passed, at least five. Appends "name, statements, requests,
 * endpoint p50, p95, bare p50, p95 (ms), load average" to figures.tsv in the output
 * folder and writes the statements with their mean replay time to statements-NAME.txt.
 *
 * <p>Arguments: --name, --url, --token, --db (JDBC URL), --log (the server's log), --out, --requests, --warmup (each
 * side warms up for at most a quarter of --seconds), --seconds, and
 * --explain FILE to write the plans of one more replay there (see {@link #explain}).
 */
public class FiguresBench {

    /** Starts every line PostgreSQL logs while capturing: user, process and line number, then the message. */
    private static final String PREFIX = "@@bench@@%u@@%p@@%l@@ ";
    private static final Pattern ENTRY = Pattern.compile("@@bench@@([^@]*)@@(\\d+)@@(\\d+)@@ (.*)");
    private static final Pattern STATEMENT = Pattern.compile("LOG:  (?:execute [^:]*|statement): (.*)", Pattern.DOTALL);
    private static final Pattern PARAMETERS = Pattern.compile("DETAIL:  Parameters: (.*)", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");
    private static final String APP_ROLE = "nastavnik_app";
    /** Measured requests however long they take, so that a slow endpoint still gets a median and a p95. */
    private static final int MINIMUM = 5;

    record Captured(String sql, List<String> parameters) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String name = a.get("name");
        String url = a.get("url");
        String token = a.get("token");
        String db = a.get("db");
        Path log = Path.of(a.get("log"));
        Path out = Path.of(a.get("out"));
        int requests = Integer.parseInt(a.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "50"));
        long budget = Long.parseLong(a.getOrDefault("seconds", "300")) * 1_000_000_000L;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();

        long started = System.nanoTime();
        for (int i = 0; i < warmup && (i == 0 || System.nanoTime() - started < budget / 4); i++) {
            call(http, request);
        }
        List<Captured> statements = capture(db, log, () -> call(http, request));
        if (statements.stream().noneMatch(s -> !isTransactionControl(s.sql()))) {
            throw new IllegalStateException("no statement of " + APP_ROLE + " was captured from " + log);
        }

        try (Connection owner = DriverManager.getConnection(db + "?stringtype=unspecified", "nastavnik", "nastavnik")) {
            Replay replay = new Replay(owner, statements);
            started = System.nanoTime();
            for (int i = 0; i < warmup && (i == 0 || System.nanoTime() - started < budget / 4); i++) {
                replay.run();
            }
            replay.resetTimes();
            long[] endpoint = new long[requests];
            long[] bare = new long[requests];
            started = System.nanoTime();
            int done = 0;
            for (int i = 0; i < requests && (i < MINIMUM || System.nanoTime() - started < budget); i++, done++) {
                long t0 = System.nanoTime();
                call(http, request);
                endpoint[i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                replay.run();
                bare[i] = System.nanoTime() - t0;
            }
            endpoint = Arrays.copyOf(endpoint, done);
            bare = Arrays.copyOf(bare, done);
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            String line = String.join("\t", name, String.valueOf(replay.size()), String.valueOf(done),
                    ms(percentile(endpoint, 50)),
                    ms(percentile(endpoint, 95)), ms(percentile(bare, 50)), ms(percentile(bare, 95)), load) + "\n";
            Files.writeString(out.resolve("figures.tsv"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.writeString(out.resolve("statements-" + slug(name) + ".txt"), replay.report(done));
            if (a.containsKey("explain")) {
                Files.writeString(Path.of(a.get("explain")), explain(db, statements));
            }
            System.out.printf("  %d requests: endpoint p50 %s ms, p95 %s ms; bare SQL (%d statements) p50 %s ms, p95 %s ms%n",
                    done, ms(percentile(endpoint, 50)), ms(percentile(endpoint, 95)), replay.size(),
                    ms(percentile(bare, 50)), ms(percentile(bare, 95)));
        }
    }

    /**
     * The plans of the captured statements, the statements inside functions included (auto_explain with
     * log_nested_statements and ANALYZE), from one more replay in a session of the superuser, which alone may load
     * auto_explain; like the owner, it is not subject to row-level security.
     */
    private static String explain(String db, List<Captured> statements) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection su = DriverManager.getConnection(db + "?stringtype=unspecified", "postgres", "")) {
            try (Statement s = su.createStatement()) {
                s.execute("LOAD 'auto_explain'");
                for (String setting : List.of("log_min_duration = 0", "log_analyze = on", "log_buffers = on",
                        "log_timing = on", "log_nested_statements = on", "log_level = notice")) {
                    s.execute("SET auto_explain." + setting);
                }
                s.execute("SET client_min_messages = notice");
            }
            Replay replay = new Replay(su, statements);
            replay.run();
            for (int i = 0; i < statements.size(); i++) {
                b.append("== ").append(statements.get(i).sql().replaceAll("\\s+", " ")).append('\n');
                for (java.sql.SQLWarning w = replay.warnings(i); w != null; w = w.getNextWarning()) {
                    b.append(w.getMessage()).append("\n\n");
                }
            }
        }
        return b.toString();
    }

    private static void call(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The application role's statements, in order, while {@code action} runs with every statement logged. */
    private static List<Captured> capture(String db, Path log, Runnable action) throws Exception {
        try (Connection su = DriverManager.getConnection(db, "postgres", ""); Statement s = su.createStatement()) {
            s.execute("ALTER SYSTEM SET log_line_prefix = '" + PREFIX + "'");
            s.execute("ALTER SYSTEM SET log_statement = 'all'");
            s.execute("ALTER SYSTEM SET log_parameter_max_length = -1");
            s.execute("SELECT pg_reload_conf()");
            // The postmaster passes the reload on to the backends, each applies it before its next command.
            Thread.sleep(1000);
            long from = Files.size(log);
            try {
                action.run();
            } finally {
                s.execute("ALTER SYSTEM RESET log_statement");
                s.execute("ALTER SYSTEM RESET log_line_prefix");
                s.execute("ALTER SYSTEM RESET log_parameter_max_length");
                s.execute("SELECT pg_reload_conf()");
            }
            // The server's output reaches the log through the launcher's logger: let it catch up.
            Thread.sleep(1000);
            return parse(read(log, from));
        }
    }

    private static String read(Path log, long from) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) (f.length() - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * The log's entries of the application role: a line with the prefix starts an entry, the lines after it without
     * one (a statement's further lines) continue it. The launcher may put a prefix of its own before every line of
     * the server's output; it is the text before our prefix, and is taken off the continuation lines too.
     */
    static List<Captured> parse(String text) {
        List<String[]> entries = new ArrayList<>();
        String launcher = null;
        StringBuilder current = null;
        String[] head = null;
        for (String line : text.split("\n", -1)) {
            int at = line.indexOf("@@bench@@");
            Matcher m = at < 0 ? null : ENTRY.matcher(line.substring(at));
            if (m != null && m.matches()) {
                if (head != null) {
                    entries.add(new String[] { head[0], head[1], current.toString() });
                }
                launcher = line.substring(0, at);
                head = new String[] { m.group(1), m.group(2) };
                current = new StringBuilder(m.group(4));
            } else if (head != null) {
                String rest = launcher != null && !launcher.isEmpty() && line.startsWith(launcher)
                        ? line.substring(launcher.length()) : line;
                current.append('\n').append(rest);
            }
        }
        if (head != null) {
            entries.add(new String[] { head[0], head[1], current.toString() });
        }

        // Each connection's statements in its own order, connection after connection: one connection's COMMIT
        // must not end another's transaction in the replay.
        Map<String, List<String[]>> byProcess = new java.util.LinkedHashMap<>();
        for (String[] e : entries) {
            if (APP_ROLE.equals(e[0])) {
                byProcess.computeIfAbsent(e[1], k -> new ArrayList<>()).add(e);
            }
        }
        List<Captured> statements = new ArrayList<>();
        for (String[] e : byProcess.values().stream().flatMap(List::stream).toList()) {
            Matcher st = STATEMENT.matcher(e[2]);
            Matcher pa = PARAMETERS.matcher(e[2]);
            if (st.matches()) {
                statements.add(new Captured(st.group(1).strip(), List.of()));
            } else if (pa.matches() && !statements.isEmpty()) {
                Captured last = statements.remove(statements.size() - 1);
                statements.add(new Captured(last.sql(), parameters(pa.group(1).strip())));
            }
        }
        return statements;
    }

    /** "$1 = 'a', $2 = NULL, $3 = 'it''s'" as its values, in order. */
    static List<String> parameters(String text) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int eq = text.indexOf(" = ", i);
            if (eq < 0) {
                break;
            }
            i = eq + 3;
            if (text.startsWith("NULL", i)) {
                values.add(null);
                i += 4;
            } else if (text.charAt(i) == '\'') {
                StringBuilder v = new StringBuilder();
                i++;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        v.append('\'');
                        i += 2;
                    } else if (c == '\'') {
                        i++;
                        break;
                    } else {
                        v.append(c);
                        i++;
                    }
                }
                values.add(v.toString());
            }
            int comma = text.indexOf(", $", i);
            i = comma < 0 ? text.length() : comma + 2;
        }
        return values;
    }

    static boolean isTransactionControl(String sql) {
        String s = sql.strip().toUpperCase();
        return s.equals("BEGIN") || s.startsWith("BEGIN ") || s.equals("COMMIT") || s.equals("ROLLBACK")
                || s.startsWith("START TRANSACTION");
    }

    /** The captured statements on one owner connection, each prepared once, every row read. */
    static final class Replay {
        private final Connection connection;
        private final List<Captured> statements;
        private final List<PreparedStatement> prepared = new ArrayList<>();
        private final List<int[]> placeholders = new ArrayList<>();
        private final long[] nanos;

        Replay(Connection connection, List<Captured> statements) throws SQLException {
            this.connection = connection;
            this.statements = statements;
            this.nanos = new long[statements.size()];
            for (Captured c : statements) {
                prepared.add(isTransactionControl(c.sql()) ? null : connection.prepareStatement(jdbc(c.sql())));
                placeholders.add(PLACEHOLDER.matcher(c.sql()).results()
                        .mapToInt(r -> Integer.parseInt(r.group(1))).toArray());
            }
        }

        int size() {
            return (int) statements.stream().filter(s -> !isTransactionControl(s.sql())).count();
        }

        void run() throws SQLException {
            for (int i = 0; i < statements.size(); i++) {
                long t0 = System.nanoTime();
                Captured c = statements.get(i);
                String control = c.sql().strip().toUpperCase();
                if (control.startsWith("BEGIN") || control.startsWith("START TRANSACTION")) {
                    connection.setAutoCommit(false);
                } else if (control.equals("COMMIT")) {
                    connection.commit();
                    connection.setAutoCommit(true);
                } else if (control.equals("ROLLBACK")) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } else {
                    PreparedStatement ps = prepared.get(i);
                    int[] numbers = placeholders.get(i);
                    for (int p = 0; p < numbers.length; p++) {
                        ps.setObject(p + 1, c.parameters().get(numbers[p] - 1));
                    }
                    if (ps.execute()) {
                        try (ResultSet rs = ps.getResultSet()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int col = 1; col <= columns; col++) {
                                    rs.getObject(col);
                                }
                            }
                        }
                    }
                }
                nanos[i] += System.nanoTime() - t0;
            }
        }

        java.sql.SQLWarning warnings(int i) throws SQLException {
            return prepared.get(i) == null ? null : prepared.get(i).getWarnings();
        }

        void resetTimes() {
            Arrays.fill(nanos, 0);
        }

        String report(int runs) {
            StringBuilder b = new StringBuilder("mean ms per replay, then the statement as the endpoint ran it\n\n");
            for (int i = 0; i < statements.size(); i++) {
                Captured c = statements.get(i);
                b.append(String.format("%9.3f  %s%n", nanos[i] / 1e6 / runs, c.sql().replaceAll("\\s+", " ")));
                if (!c.parameters().isEmpty()) {
                    b.append("           parameters: ").append(c.parameters()).append('\n');
                }
            }
            return b.toString();
        }

        /** PostgreSQL's $n placeholders as JDBC's; each ? is bound to the value its $n named. */
        private static String jdbc(String sql) {
            return PLACEHOLDER.matcher(sql).replaceAll("?");
        }
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
