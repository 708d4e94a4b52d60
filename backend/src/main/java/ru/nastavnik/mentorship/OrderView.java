package ru.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;

@Schema(name = "SchoolOrder", description = "Приказ организации с тем, что в нём написано")
public record OrderView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) SchoolOrder.Kind kind,
        @Schema(required = true) String number,
        @Schema(required = true) LocalDate date,
        @Schema(required = true) String title,
        String curatorName,
        @Schema(required = true) String headPosition,
        String headName,
        @Schema(required = true, description = "Приложение: закреплённые пары и группы") List<Row> rows,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt) {

    @Schema(name = "SchoolOrderRow", description = "Строка приложения к приказу")
    public record Row(
            @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) String mentor,
            @Schema(required = true) List<String> mentees,
            @Schema(required = true) MentoringForm form,
            @Schema(required = true) MentorshipKind kind,
            @Schema(required = true) LocalDate plannedStart,
            @Schema(required = true) LocalDate plannedEnd) {
    }

    static OrderView of(SchoolOrder o) {
        OrderContent c = o.content;
        List<Row> rows = c.rows().stream().map(r -> new Row(r.mentorshipId(), r.mentor(), r.mentees(), r.form(),
                r.kind(), LocalDate.parse(r.plannedStart()), LocalDate.parse(r.plannedEnd()))).toList();
        return new OrderView(o.id, o.school.id, o.kind, o.number, o.date, o.title, c.curatorName(), c.headPosition(),
                c.headName(), rows, o.createdBy, o.createdAt);
    }
}
