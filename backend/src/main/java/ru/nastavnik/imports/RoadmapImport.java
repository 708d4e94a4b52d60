package ru.nastavnik.imports;

import static ru.nastavnik.common.table.TableColumn.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.table.HeaderMap;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.roadmap.Deadline;
import ru.nastavnik.roadmap.DeadlineInput;
import ru.nastavnik.roadmap.ItemInput;
import ru.nastavnik.roadmap.ItemStatus;
import ru.nastavnik.roadmap.RoadmapColumns;
import ru.nastavnik.roadmap.RoadmapService;
import ru.nastavnik.roadmap.Stage;

/**
 * A roadmap's table, as the seeds keep it in Word or Excel, into one roadmap: a row per activity with its stage,
 * content, deadline in words, responsible people, result and document. Each row goes through
 * {@link RoadmapService#importRow}, checked as an item entered by hand; a row of the same stage and activity as an
 * item already there updates it.
 */
@ApplicationScoped
@RowScoped
public class RoadmapImport extends RowByRowImport {

    private static final Map<String, String> COLUMNS_OF_FIELDS = Map.of("stage", "stage", "activity", "activity",
            "content", "content", "deadline", "deadline", "responsible", "responsible", "result", "result",
            "resultDocument", "document", "status", "status", "doneOn", "status");

    @Inject
    RoadmapService roadmaps;

    @Inject
    Validator validator;

    @Override
    public ImportKind kind() {
        return ImportKind.ROADMAP;
    }

    @Override
    public List<TableColumn<Void>> columns(ImportOptions options) {
        return List.of(
                input("stage", RoadmapColumns.STAGE, true, RoadmapColumns.STAGE_SYNONYMS),
                input("activity", RoadmapColumns.ACTIVITY, true, RoadmapColumns.ACTIVITY_SYNONYMS),
                input("content", RoadmapColumns.CONTENT, false, RoadmapColumns.CONTENT_SYNONYMS),
                input("deadline", RoadmapColumns.DEADLINE, true, RoadmapColumns.DEADLINE_SYNONYMS),
                input("responsible", RoadmapColumns.RESPONSIBLE, false, RoadmapColumns.RESPONSIBLE_SYNONYMS),
                input("result", RoadmapColumns.RESULT, false, RoadmapColumns.RESULT_SYNONYMS),
                input("document", RoadmapColumns.DOCUMENT, false, RoadmapColumns.DOCUMENT_SYNONYMS),
                input("status", RoadmapColumns.STATUS, false, RoadmapColumns.STATUS_SYNONYMS));
    }

    @Override
    String ref(List<String> row, ImportContext ctx) {
        String activity = ctx.header.get(row, "activity");
        return activity.isEmpty() ? "" : ctx.header.get(row, "stage") + ": " + activity;
    }

    @Override
    String column(String field, ImportContext ctx) {
        String key = COLUMNS_OF_FIELDS.get(field.replaceFirst("\\..*$", ""));
        return key != null && ctx.header.has(key) ? ctx.header.header(key) : null;
    }

    @Override
    Applied apply(List<String> row, ImportContext ctx) {
        HeaderMap h = ctx.header;
        List<FieldError> errors = new ArrayList<>();
        Integer stage = null;
        try {
            stage = Stage.parse(h.get(row, "stage"));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(h.header("stage"), e.getMessage()));
        }
        String deadline = h.get(row, "deadline");
        try {
            Deadline.parse(deadline, roadmaps.importYear(ctx.options.roadmapId()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(h.header("deadline"), e.getMessage()));
        }
        ItemStatus status = null;
        LocalDate doneOn = null;
        if (h.has("status") && !h.get(row, "status").isEmpty()) {
            try {
                status = RoadmapColumns.status(h.get(row, "status"));
                doneOn = status == ItemStatus.DONE ? RoadmapColumns.doneOn(h.get(row, "status")) : null;
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(h.header("status"), e.getMessage()));
            }
        }
        ItemInput input = new ItemInput(stage, h.get(row, "activity"), h.get(row, "content"),
                new DeadlineInput(null, null, null, deadline), h.get(row, "responsible"), h.get(row, "result"),
                h.get(row, "document"), status, null, null, doneOn, null);
        Set<ConstraintViolation<ItemInput>> violations = validator.validate(input);
        for (ConstraintViolation<ItemInput> v : violations) {
            String field = v.getPropertyPath().toString();
            if (!field.equals("stage") && !field.startsWith("deadline")) {
                errors.add(new FieldError(column(field, ctx), v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return switch (roadmaps.importRow(ctx.options.roadmapId(), input)) {
            case CREATED -> new Applied(RowAction.CREATED, null);
            case UPDATED -> new Applied(RowAction.UPDATED, "Обновляет мероприятие того же этапа с тем же названием");
            case UNCHANGED -> new Applied(RowAction.UNCHANGED, null);
        };
    }
}
