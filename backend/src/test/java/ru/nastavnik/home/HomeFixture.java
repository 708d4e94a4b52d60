package ru.nastavnik.home;

import java.util.UUID;

import ru.nastavnik.support.Diaries;

/** What only time or a person outside the school would do to a pair's questionnaires, done straight in the database. */
final class HomeFixture {

    /** The built-in entry self-assessment's first version (V5). */
    private static final String ENTRY = "61000000-0000-0000-0000-000000000008";

    private HomeFixture() {
    }

    /**
     * The entry self-assessments of the pair's mentees as e-mailed {@code sentDaysAgo} days ago with a link that
     * expires {@code expiresInDays} from now (negative: it has expired), and filled when {@code filled}.
     */
    static void entrySent(UUID mentorship, int sentDaysAgo, int expiresInDays, boolean filled) {
        Diaries.asSystem("""
                WITH l AS (
                    INSERT INTO fill_link (id, token_hash, school_id, participant_id, template_id, created_by, created_at,
                                           expires_at, used_at)
                    SELECT gen_random_uuid(), md5(random()::text) || md5(random()::text), d.school_id, d.participant_id,
                           CAST(?2 AS uuid), 'Куратор', now() - make_interval(days => ?3),
                           now() + make_interval(days => ?4), CASE WHEN ?5 THEN now() END
                    FROM feedback_delivery d WHERE d.mentorship_id = ?1 AND d.purpose = 'ENTRY'
                    RETURNING id, participant_id
                )
                UPDATE feedback_delivery d
                SET state = 'MAILED', channel = 'EMAIL', fill_link_id = l.id, template_id = CAST(?2 AS uuid),
                    issued_at = now() - make_interval(days => ?3), sent_at = now() - make_interval(days => ?3)
                FROM l WHERE d.mentorship_id = ?1 AND d.purpose = 'ENTRY' AND d.participant_id = l.participant_id
                """, mentorship, ENTRY, sentDaysAgo, expiresInDays, filled);
    }
}
