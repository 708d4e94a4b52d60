package ru.nastavnik.completion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Что стало с целью программы: достигнута, достигнута частично, не достигнута")
public enum GoalResult {
    ACHIEVED("достигнута"), PARTLY_ACHIEVED("достигнута частично"), NOT_ACHIEVED("не достигнута");

    public final String label;

    GoalResult(String label) {
        this.label = label;
    }
}
