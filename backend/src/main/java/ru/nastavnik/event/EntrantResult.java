package ru.nastavnik.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Итог участника: участник, призёр, победитель. Победителю и призёру вносится награда")
public enum EntrantResult {
    PARTICIPANT, PRIZE_WINNER, WINNER;

    public boolean rewarded() {
        return this != PARTICIPANT;
    }
}
