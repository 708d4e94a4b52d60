package ru.nastavnik.matching.solver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.ortools.Loader;

import ru.nastavnik.participant.MentoringForm;

/**
 * Matches a generated municipality (2 000 mentors, 6 000 mentees by default) with the exact solver, with the full
 * network for comparison, with the stable proposal (deferred acceptance) and with the greedy baseline. Each method runs in its own JVM so that its peak memory
 * is its own; the parent prints one table.
 *
 * <p>Usage: {@code MatchingBenchmark [--mentors N] [--mentees N] [--seed S] [--form TEACHER_PUPIL|PUPIL_PUPIL]
 * [--skip-full]}; with {@code --method exact|stable|full|greedy} it runs one method and prints one line of
 * {@code key=value} pairs (what the parent reads).
 */
public final class MatchingBenchmark {

    /** The methods also measured in a JVM that first ran the API's start-up warm-up, and how that run is named. */
    private static final Set<String> WARMED_UP = Set.of("exact", "stable");
    private static final String AFTER_WARM_UP = "-after-warm-up";

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int mentors = Integer.parseInt(options.getOrDefault("mentors", "2000"));
        int mentees = Integer.parseInt(options.getOrDefault("mentees", "6000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20260901"));
        MentoringForm form = MentoringForm.valueOf(options.getOrDefault("form", "TEACHER_PUPIL"));
        String method = options.get("method");
        if (method != null) {
            System.out.println(runOne(method, mentors, mentees, seed, form));
            return;
        }
        List<String> methods = new ArrayList<>(List.of("exact", "stable", "greedy"));
        if (!options.containsKey("skip-full")) {
            methods.add("full");
        }
        System.out.printf(Locale.ROOT, "Match run benchmark: %s, %d mentors, %d mentees, seed %d, %d cores, %s%n",
                form, mentors, mentees, seed, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String m : methods) {
            Map<String, String> row = parse(child(m, mentors, mentees, seed, form));
            if (WARMED_UP.contains(m)) {
                Map<String, String> warmed = parse(child(m + AFTER_WARM_UP, mentors, mentees, seed, form));
                row.put("afterWarmUpSeconds", warmed.get("coldSeconds"));
                row.put("warmUpSeconds", warmed.get("warmUpSeconds"));
            }
            rows.add(row);
        }
        Map<String, String> first = rows.get(0);
        System.out.printf(Locale.ROOT, "candidate pairs (pass every hard constraint): %s; mentor places: %s; "
                + "eligible mentees: %s%n", first.get("candidatePairs"), first.get("places"), first.get("mentees"));
        String format = "%-8s %10s %18s %10s %9s %12s %9s %13s %8s %7s%n";
        System.out.printf(Locale.ROOT, format, "method", "cold s", "after warm-up s", "warm s", "matched",
                "total score", "blocking", "peak RSS MB", "arcs", "rounds");
        for (Map<String, String> row : rows) {
            System.out.printf(Locale.ROOT, format, row.get("method"), row.get("coldSeconds"),
                    row.getOrDefault("afterWarmUpSeconds", "-"), row.get("warmSeconds"), row.get("matched"),
                    row.get("totalScore"), row.get("blocking"), row.get("peakRssMb"), row.get("arcs"),
                    row.get("rounds"));
        }
        rows.stream().filter(r -> r.containsKey("warmUpSeconds")).findFirst().ifPresent(r -> System.out.printf(
                Locale.ROOT, "the API's start-up warm-up (SolverWarmUp, off the request path): %s s%n",
                r.get("warmUpSeconds")));
        System.out.printf(Locale.ROOT, "OR-Tools native library load (once per process, not in the times): %s s%n",
                first.get("nativeLoadSeconds"));
        Map<String, String> exact = rows.get(0);
        for (Map<String, String> row : rows.subList(1, rows.size())) {
            String name = row.get("method");
            if (name.equals("full")) {
                boolean same = row.get("matched").equals(exact.get("matched"))
                        && row.get("totalScore").equals(exact.get("totalScore"));
                System.out.println("exact vs full network: " + (same ? "same optimum" : "DIFFERENT OPTIMUM"));
                if (!same) {
                    System.exit(1);
                }
            } else {
                System.out.printf(Locale.ROOT, "%s vs exact: %+d matched, %+d total score%n", name,
                        Long.parseLong(row.get("matched")) - Long.parseLong(exact.get("matched")),
                        Long.parseLong(row.get("totalScore")) - Long.parseLong(exact.get("totalScore")));
                if (name.equals("stable") && !row.get("blocking").equals("0")) {
                    System.out.println("the stable proposal has BLOCKING PAIRS");
                    System.exit(1);
                }
            }
        }
    }

    private static String runOne(String requested, int mentors, int mentees, long seed, MentoringForm form)
            throws IOException {
        boolean warmUp = requested.endsWith(AFTER_WARM_UP);
        String method = warmUp ? requested.substring(0, requested.length() - AFTER_WARM_UP.length()) : requested;
        long loadStart = System.nanoTime();
        Loader.loadNativeLibraries();
        double nativeLoad = seconds(System.nanoTime() - loadStart);
        double warmUpSeconds = warmUp ? SolverWarmUp.run() / 1000.0 : 0;
        MatchingProblem problem = BenchInstance.generate(seed, mentors, mentees, form);
        System.gc();
        long rssBefore = status("VmRSS");
        MatchResult result = null;
        double[] times = new double[2];
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            result = switch (method) {
                case "exact" -> new MatchingSolver().solve(problem);
                case "full" -> new MatchingSolver(MatchingSolver.Method.FULL_NETWORK).solve(problem);
                case "stable" -> new MatchingSolver().solveStable(problem);
                case "greedy" -> {
                    Instance instance = new Instance(problem);
                    int[] mentorOf = GreedyBaseline.assign(instance);
                    yield MatchingSolver.result(instance, mentorOf,
                            new SolverStats(instance.candidatePairs, instance.candidatePairs, 0, 0));
                }
                default -> throw new IllegalArgumentException("Unknown method " + method);
            };
            times[run] = seconds(System.nanoTime() - start);
        }
        long places = result.mentors().stream().mapToLong(MentorOutcome::capacity).sum();
        long eligibleMentees = problem.mentees().size() - result.unmatched().stream()
                .filter(u -> u.reason() == UnmatchedReason.FORM_DOES_NOT_FIT
                        || u.reason() == UnmatchedReason.ALREADY_IN_MENTORSHIP).count();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("method", method);
        line.put("coldSeconds", String.format(Locale.ROOT, "%.2f", times[0]));
        line.put("warmSeconds", String.format(Locale.ROOT, "%.2f", times[1]));
        line.put("matched", result.matchedCount());
        line.put("totalScore", result.totalScore());
        line.put("blocking", result.blockingPairCount());
        line.put("rssBeforeMb", rssBefore / 1024);
        line.put("peakRssMb", status("VmHWM") / 1024);
        boolean flow = method.equals("exact") || method.equals("full");
        line.put("arcs", flow ? result.stats().arcsSolved() : "-");
        line.put("rounds", flow ? result.stats().rounds() : "-");
        line.put("candidatePairs", result.stats().candidatePairs());
        line.put("places", places);
        line.put("mentees", eligibleMentees);
        line.put("nativeLoadSeconds", String.format(Locale.ROOT, "%.2f", nativeLoad));
        line.put("warmUpSeconds", String.format(Locale.ROOT, "%.2f", warmUpSeconds));
        StringBuilder out = new StringBuilder();
        line.forEach((k, v) -> out.append(out.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return out.toString();
    }

    private static String child(String method, int mentors, int mentees, long seed, MentoringForm form)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MatchingBenchmark.class.getName());
        command.addAll(List.of("--method", method, "--mentors", String.valueOf(mentors), "--mentees",
                String.valueOf(mentees), "--seed", String.valueOf(seed), "--form", form.name()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                last = line;
            }
        }
        if (process.waitFor() != 0 || last == null) {
            throw new IllegalStateException("The " + method + " run failed");
        }
        return last;
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int k = 0; k < args.length; k++) {
            if (!args[k].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[k]);
            }
            String name = args[k].substring(2);
            if (name.equals("skip-full")) {
                options.put(name, "true");
            } else {
                options.put(name, args[++k]);
            }
        }
        return options;
    }

    /** A memory figure of this process from /proc/self/status, in kB. */
    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
