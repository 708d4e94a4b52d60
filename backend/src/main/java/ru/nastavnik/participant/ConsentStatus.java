package ru.nastavnik.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Согласие на обработку персональных данных: действует, не получено, отозвано")
public enum ConsentStatus {
    VALID, NONE, WITHDRAWN
}
