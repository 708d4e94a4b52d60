package ru.nastavnik.feedback;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How feedback is issued and sent. */
@ConfigMapping(prefix = "nastavnik.feedback")
public interface FeedbackConfig {

    /** How often the background task looks for feedback that is due and for e-mail to send. */
    @WithDefault("PT1M")
    Duration every();

    /** The region's time zone: due dates are dates there. */
    @WithDefault("Europe/Moscow")
    ZoneId timeZone();

    /** How many days a link sent by e-mail or printed on a sheet stays valid. */
    @WithDefault("14")
    int validDays();

    /**
     * The SMTP server (from MAIL_HOST). Without one, and unless the mailer is the mock mailbox, no e-mail is sent:
     * every delivery waits for a printable sheet.
     */
    Optional<String> smtpHost();

    /** How many times an e-mail is tried before its delivery goes to a printable sheet. */
    @WithDefault("4")
    int mailAttempts();

    /** How long after a failed attempt the next one is made; it doubles with each attempt. */
    @WithDefault("PT5M")
    Duration mailRetryAfter();

    /**
     * How long a message may stay claimed for sending. Longer than any attempt can last (the mailer gives up after
     * its timeout, a minute by default): a message claimed longer ago was being sent by an instance that stopped.
     */
    @WithDefault("PT10M")
    Duration mailStaleAfter();
}
