package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.feedback.FeedbackFixture.address;
import static ru.nastavnik.feedback.FeedbackFixture.curator;
import static ru.nastavnik.feedback.FeedbackFixture.name;
import static ru.nastavnik.support.Api.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import ru.nastavnik.support.TestClock;

/**
 * The real mailer against an SMTP server that cannot be reached: each attempt fails, is retried, and after the last
 * one the delivery waits for a printable sheet, with the reason shown to the curator.
 */
@QuarkusTest
@TestProfile(FeedbackMailFailureTest.SmtpDown.class)
class FeedbackMailFailureTest {

    /** A port nothing listens on, so that every connection is refused at once. */
    public static class SmtpDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(port), "quarkus.mailer.start-tls", "DISABLED",
                    "nastavnik.feedback.smtp-host", "127.0.0.1", "nastavnik.feedback.mail-attempts", "2",
                    "nastavnik.feedback.mail-retry-after", "PT0S");
        }
    }

    @Inject
    TestClock clock;

    @Inject
    FeedbackTask task;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMessageThatCannotBeSentIsRetriedAndThenGoesOnASheet() throws Exception {
        LocalDate today = LocalDate.now();
        String family = address("smirnov-family");
        UUID mentee = FeedbackFixture.pupil(name("Смирнов Артём"), family);
        clock.set(today);
        UUID pair = FeedbackFixture.active(FeedbackFixture.teacher(name("Котова Вера"), null), List.of(mentee), 6);

        task.run();
        Map<String, Object> first = entry(pair, mentee);
        assertThat(first.get("status")).isEqualTo("PENDING");
        assertThat(first.get("channel")).isEqualTo("EMAIL");
        assertThat(first.get("email")).isEqualTo(family);
        assertThat((String) first.get("mailError")).startsWith("Почтовый сервер не принял письмо");

        task.run();
        Map<String, Object> failed = entry(pair, mentee);
        assertThat(failed.get("status")).isEqualTo("TO_PRINT");
        assertThat(failed.get("channel")).isEqualTo("SHEET");
        assertThat((String) failed.get("mailError")).startsWith("Почтовый сервер не принял письмо");
        assertThat(FeedbackFixture.links(mentee, "Входная самооценка")).as("one link per attempt").isEqualTo(2);
        task.run();
        assertThat(FeedbackFixture.links(mentee, "Входная самооценка")).as("no attempt after the last").isEqualTo(2);

        byte[] sheet = as(curator()).post(FeedbackFixture.path(pair) + "/feedback/sheet").then().statusCode(200)
                .extract().asByteArray();
        List<String> codes = Sheets.qrCodes(sheet);
        assertThat(codes).hasSize(1);
        assertThat(FeedbackIssuingTest.fillForm(FeedbackIssuingTest.token(codes.get(0))).getString("title"))
                .isEqualTo("Входная самооценка");
        assertThat(entry(pair, mentee).get("status")).isEqualTo("PRINTED");
    }

    private static Map<String, Object> entry(UUID pair, UUID mentee) {
        return FeedbackFixture.overview(pair).getMap("deliveries.find { it.participantId == '" + mentee
                + "' && it.purpose == 'ENTRY' }");
    }
}
