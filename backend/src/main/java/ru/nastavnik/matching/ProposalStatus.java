package ru.nastavnik.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchProposalStatus", description = "Предложение ждёт решения куратора, принято (стало "
        + "предложенной парой), отклонено или недействительно (участник отозвал согласие)")
public enum ProposalStatus {
    PROPOSED, ACCEPTED, REJECTED, VOID
}
