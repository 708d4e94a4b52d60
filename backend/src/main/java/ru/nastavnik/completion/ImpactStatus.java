package ru.nastavnik.completion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Есть ли что сравнивать: входное и итоговое измерения, только одно измерение, ни одного")
public enum ImpactStatus {
    MEASURED, SINGLE_MEASUREMENT, NO_DATA
}
