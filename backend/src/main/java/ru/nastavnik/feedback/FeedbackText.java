package ru.nastavnik.feedback;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The words the e-mail and the sheet share. */
final class FeedbackText {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private FeedbackText() {
    }

    /** 15.10.2025 10:30, in the region's time. */
    static String until(Instant expiresAt, ZoneId zone) {
        return UNTIL.format(expiresAt.atZone(zone));
    }

    /** The address without its scheme: what a person types when the QR code will not scan. */
    static String shortAddress(String url) {
        return url.replaceFirst("^https?://", "");
    }
}
