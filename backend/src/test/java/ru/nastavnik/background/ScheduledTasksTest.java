package ru.nastavnik.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Scheduled tasks claimed through the database: however many instances poll, each due run happens once. */
@QuarkusTest
class ScheduledTasksTest {

    @Inject
    ScheduledTasks scheduler;

    /** Notes when each of its runs started and ended, and whether two ever overlapped. */
    static final class CountingTask implements ScheduledTask {

        final String name = "test-" + UUID.randomUUID();
        final Duration period;
        final Duration length;
        final List<Instant[]> runs = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger active = new AtomicInteger();
        final AtomicInteger overlaps = new AtomicInteger();

        CountingTask(Duration period, Duration length) {
            this.period = period;
            this.length = length;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Duration period() {
            return period;
        }

        @Override
        public void run() {
            Instant start = Instant.now();
            if (active.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(length.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                active.decrementAndGet();
                runs.add(new Instant[] { start, Instant.now() });
            }
        }
    }

    @Test
    void twoClaimersPollingTogetherRunEachDueRunOnceAndNeverTwoAtATime() {
        CountingTask task = new CountingTask(Duration.ofMillis(300), Duration.ofMillis(40));
        scheduler.register(task);
        List<Instant> runs = Collections.synchronizedList(new ArrayList<>());
        Instant end = Instant.now().plusSeconds(3);
        Runnable claimer = () -> {
            String owner = "claimer-" + UUID.randomUUID();
            while (Instant.now().isBefore(end)) {
                scheduler.runIfDue(task, owner).ifPresent(runs::add);
            }
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(claimer), CompletableFuture.runAsync(claimer)).join();

        // 3 s at one run per 300 ms from the first claim: 10 runs, give or take the last one, none twice.
        assertThat(runs).hasSizeBetween(9, 11).doesNotHaveDuplicates();
        assertThat(task.runs).hasSameSizeAs(runs);
        assertThat(task.overlaps).hasValue(0);
        List<Instant> sorted = runs.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(Duration.between(sorted.get(i - 1), sorted.get(i))).isGreaterThanOrEqualTo(task.period);
        }
    }

    @Test
    void aRunThatOutlastsItsPeriodDelaysTheNextInsteadOfOverlappingIt() {
        CountingTask task = new CountingTask(Duration.ofMillis(50), Duration.ofMillis(400));
        scheduler.register(task);
        CompletableFuture<Optional<Instant>> first = CompletableFuture
                .supplyAsync(() -> scheduler.runIfDue(task, "claimer-a"));
        while (task.active.get() == 0) {
            Thread.onSpinWait();
        }
        Optional<Instant> second = Optional.empty();
        while (second.isEmpty()) {
            second = scheduler.runIfDue(task, "claimer-b");
        }

        assertThat(first.join()).isPresent();
        assertThat(task.runs).hasSize(2);
        Instant firstEnded = task.runs.get(0)[1];
        Instant secondStarted = task.runs.get(1)[0];
        assertThat(secondStarted).isAfterOrEqualTo(firstEnded);
        assertThat(task.overlaps).hasValue(0);
    }
}
