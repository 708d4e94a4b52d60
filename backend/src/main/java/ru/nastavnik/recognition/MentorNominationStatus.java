package ru.nastavnik.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * DRAFT → SUBMITTED → INCLUDED into the municipal registry → RECOMMENDED to the region → REGIONAL (in the regional
 * registry) or DECLINED (stays in the municipal one); SUBMITTED → RETURNED → SUBMITTED again; WITHDRAWN by the school
 * from any of them.
 */
@Schema(description = "Статус выдвижения наставника: черновик, на рассмотрении в муниципалитете, возвращено на "
        + "доработку, в муниципальном реестре, рекомендован в региональный реестр, в региональном реестре, регион "
        + "отклонил (остаётся в муниципальном), отозвано школой")
public enum MentorNominationStatus {
    DRAFT("Черновик"),
    SUBMITTED("На рассмотрении"),
    RETURNED("Возвращено на доработку"),
    INCLUDED("В муниципальном реестре"),
    RECOMMENDED("Рекомендован в региональный реестр"),
    REGIONAL("В региональном реестре"),
    DECLINED("Регион отклонил: в муниципальном реестре"),
    WITHDRAWN("Отозвано");

    public final String label;

    MentorNominationStatus(String label) {
        this.label = label;
    }

    /** The school may change the nomination and submit it: it has not been submitted, or it came back. */
    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** In the published municipal registry (the regional one is REGIONAL alone). */
    boolean inRegistry() {
        return this == INCLUDED || this == RECOMMENDED || this == REGIONAL || this == DECLINED;
    }

    /** The decisions above the school, from the status each one starts at; the same as decide_mentor_nomination. */
    boolean decidableTo(MentorNominationStatus next) {
        return switch (next) {
            case INCLUDED, RETURNED -> this == SUBMITTED;
            case RECOMMENDED -> this == INCLUDED;
            case REGIONAL, DECLINED -> this == RECOMMENDED;
            case DRAFT, SUBMITTED, WITHDRAWN -> false;
        };
    }
}
