package ru.nastavnik.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Кто дал согласие: сам участник, родитель или законный представитель (опекун)")
public enum ConsentGiver {
    SELF, PARENT, GUARDIAN
}
