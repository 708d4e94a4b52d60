package ru.nastavnik.feedback;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What feedback did on this instance, for /q/metrics. */
@ApplicationScoped
class FeedbackMetrics {

    @Inject
    MeterRegistry registry;

    /** A delivery handed to its channel: its e-mail queued, or waiting for a sheet. */
    void issued(DeliveryPurpose purpose, DeliveryChannel channel) {
        Counter.builder("nastavnik.feedback.deliveries.issued")
                .description("Feedback deliveries handed to e-mail or to a printable sheet, by purpose and channel")
                .tag("purpose", lower(purpose)).tag("channel", lower(channel)).register(registry).increment();
    }

    /** One e-mail attempt: sent, failed and to be retried, or failed for good (its delivery goes to a sheet). */
    void mail(String outcome) {
        Counter.builder("nastavnik.feedback.mails").description("Feedback e-mail attempts, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    void printed(int cards) {
        Counter.builder("nastavnik.feedback.sheet.cards")
                .description("Feedback links printed on sheets with QR codes").register(registry).increment(cards);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
