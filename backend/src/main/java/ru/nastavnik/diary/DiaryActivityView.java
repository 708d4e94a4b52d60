package ru.nastavnik.diary;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.plan.ActivityDirection;
import ru.nastavnik.plan.ActivityStatus;
import ru.nastavnik.plan.Performer;
import ru.nastavnik.plan.ProgrammeActivity;

@Schema(name = "DiaryActivity", description = "Мероприятие программы пары, как его видит дневник")
public record DiaryActivityView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ActivityDirection direction,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) LocalDate dueOn,
        @Schema(required = true) Performer performer,
        @Schema(required = true) ActivityStatus status,
        @Schema(required = true) String result,
        LocalDate doneOn,
        @Schema(required = true) int version) {

    static DiaryActivityView of(ProgrammeActivity a) {
        return new DiaryActivityView(a.id, a.direction, a.title, a.description, a.dueOn, a.performer, a.status,
                a.result, a.doneOn, a.version);
    }
}
