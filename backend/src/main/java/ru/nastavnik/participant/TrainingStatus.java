package ru.nastavnik.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Подготовка наставника: не обучен, обучается, обучен, сертифицирован")
public enum TrainingStatus {
    NONE, IN_PROGRESS, TRAINED, CERTIFIED
}
