package ru.nastavnik.feedback;

import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.participant.Participant;
import ru.nastavnik.questionnaire.QuestionnaireTemplate;
import ru.nastavnik.questionnaire.TemplateStatus;

/** The built-in questionnaires that feedback sends (V5), by family: a region may publish newer versions of them. */
final class Questionnaires {

    static final UUID FEEDBACK = UUID.fromString("60000000-0000-0000-0000-000000000004");
    static final UUID SATISFACTION_MENTEE = UUID.fromString("60000000-0000-0000-0000-000000000005");
    static final UUID SATISFACTION_MENTOR = UUID.fromString("60000000-0000-0000-0000-000000000006");
    static final UUID QUALITY = UUID.fromString("60000000-0000-0000-0000-000000000007");
    static final UUID ENTRY = UUID.fromString("60000000-0000-0000-0000-000000000008");

    private Questionnaires() {
    }

    /**
     * The version to send now: the newest published one of the family among those the region uses, its own newer
     * versions of a built-in questionnaire included.
     */
    static Optional<QuestionnaireTemplate> current(UUID family, UUID region) {
        return QuestionnaireTemplate.<QuestionnaireTemplate>find("familyId = ?1 and status = ?2 and schoolId is null"
                + " and (regionId is null or regionId = ?3) order by versionNo desc", family, TemplateStatus.PUBLISHED,
                region).firstResultOptional();
    }

    /** Whether the questionnaire is for this participant's side of the programme. */
    static boolean fits(Participant p, QuestionnaireTemplate t) {
        return switch (t.audience) {
            case MENTOR -> p.mentorCandidate;
            case MENTEE -> p.menteeCandidate;
            case BOTH -> p.mentorCandidate || p.menteeCandidate;
            case CURATOR -> false;
        };
    }
}
