package ru.nastavnik.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a mentorship stopped before its normal completion, as school regulations list the grounds. CONSENT_WITHDRAWN
 * is never chosen by hand: it is recorded when a member withdraws consent to the processing of their data, because
 * from that moment the school may not go on with the mentorship at all.
 */
@Schema(description = "Основание прекращения: досрочное выполнение плана, по инициативе наставника, по инициативе "
        + "наставляемого, по взаимному решению, по решению куратора (невыполнение плана), отзыв согласия на обработку "
        + "персональных данных (ставится автоматически)")
public enum TerminationReason {
    PLAN_FULFILLED("досрочное выполнение персонализированной программы"),
    MENTOR_INITIATIVE("по инициативе наставника"),
    MENTEE_INITIATIVE("по инициативе наставляемого"),
    MUTUAL_DECISION("по взаимному решению наставника и наставляемого"),
    CURATOR_DECISION("по решению куратора (невыполнение программы)"),
    CONSENT_WITHDRAWN("отзыв согласия на обработку персональных данных");

    final String label;

    TerminationReason(String label) {
        this.label = label;
    }
}
