package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.feedback.FeedbackFixture.address;
import static ru.nastavnik.feedback.FeedbackFixture.name;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.background.ScheduledTask;
import ru.nastavnik.background.ScheduledTasks;
import ru.nastavnik.support.TestClock;

/**
 * Two instances on one database, in one JVM: each due delivery is issued, and its e-mail sent, once, whether the
 * instances share the task through its lease or run it at the very same time without one.
 */
@QuarkusTest
class FeedbackConcurrencyTest {

    private static final int PAIRS = 4;

    @Inject
    TestClock clock;

    @Inject
    FeedbackTask task;

    @Inject
    ScheduledTasks scheduler;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Pairs whose mentor and mentee both have an address, started today with an intermediate date today. */
    private List<String> pairsDueToday(LocalDate today) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            String mentorMail = address("mentor");
            String menteeMail = address("mentee");
            UUID pair = FeedbackFixture.active(FeedbackFixture.teacher(name("Наставник"), mentorMail),
                    List.of(FeedbackFixture.pupil(name("Наставляемый"), menteeMail)), 6);
            FeedbackFixture.schedule(pair, Map.of("mode", "DATES", "dates", List.of(today.toString()),
                    "includeMentor", true));
            addresses.add(mentorMail);
            addresses.add(menteeMail);
        }
        return addresses;
    }

    private void assertEachSentOnce(List<String> addresses) {
        for (String address : addresses) {
            boolean mentee = address.startsWith("mentee");
            assertThat(mailbox.getMailsSentTo(address).stream().map(m -> m.getSubject()).toList()).as(address)
                    .containsExactlyInAnyOrderElementsOf(mentee
                            ? List.of("Анкета «Входная самооценка» — программа наставничества",
                                    "Анкета «Промежуточная обратная связь» — программа наставничества")
                            : List.of("Анкета «Промежуточная обратная связь» — программа наставничества"));
        }
    }

    @Test
    void twoClaimersPollingTheTaskTogetherIssueEachDeliveryOnce() {
        LocalDate today = LocalDate.now();
        clock.set(today);
        List<String> addresses = pairsDueToday(today);
        ScheduledTask shared = new ScheduledTask() {
            final String name = "feedback-test-" + UUID.randomUUID();

            @Override
            public String name() {
                return name;
            }

            @Override
            public Duration period() {
                return Duration.ofMillis(200);
            }

            @Override
            public void run() {
                task.run();
            }
        };
        scheduler.register(shared);
        // A few runs, however long each takes on a busy machine: the first issues everything, the others find it done.
        Instant deadline = Instant.now().plusSeconds(120);
        List<Instant> runs = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable claimer = () -> {
            String owner = "instance-" + UUID.randomUUID();
            while (runs.size() < 4 && Instant.now().isBefore(deadline)) {
                scheduler.runIfDue(shared, owner).ifPresent(runs::add);
            }
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(claimer), CompletableFuture.runAsync(claimer)).join();

        assertThat(runs).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
        assertEachSentOnce(addresses);
    }

    @Test
    void twoRunsAtTheVerySameMomentWithoutTheLeaseStillIssueEachDeliveryOnce() throws Exception {
        LocalDate today = LocalDate.now();
        clock.set(today);
        List<String> addresses = pairsDueToday(today);
        CyclicBarrier together = new CyclicBarrier(3);
        Runnable run = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            task.run();
        };
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.runAsync(run));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();

        assertEachSentOnce(addresses);
    }
}
