package ru.nastavnik.imports;

import static ru.nastavnik.common.table.TableColumn.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.table.HeaderMap;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableDates;
import ru.nastavnik.common.table.Vocabulary;
import ru.nastavnik.participant.Competency;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.questionnaire.Question;
import ru.nastavnik.questionnaire.ResponseService;

/**
 * Questionnaire responses collected outside the system (a survey tool, paper forms typed into a sheet): one file
 * answers one questionnaire version, a row per participant found by external code, a column per question. Each
 * row is entered through {@link ResponseService}, checked like a paper questionnaire entered by hand.
 */
@ApplicationScoped
@RowScoped
public class ResponseImport extends RowByRowImport {

    static final String PARTICIPANT_CODE = "Внешний код участника";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    ResponseService responses;

    @Override
    public ImportKind kind() {
        return ImportKind.RESPONSES;
    }

    @Override
    public List<TableColumn<Void>> columns(ImportOptions options) {
        List<TableColumn<Void>> columns = new ArrayList<>();
        columns.add(input("externalId", PARTICIPANT_CODE, true, "Внешний код", "Код участника"));
        List<Question> questions;
        try {
            questions = responses.questionsForEntry(options.questionnaireId());
        } catch (ApiException e) {
            throw e.status() == 404 ? ApiException.invalid("questionnaireId", "Анкета не найдена") : e;
        }
        for (Question q : questions) {
            columns.add(input("q:" + q.id(), q.text(), q.required(), q.id()));
        }
        return columns;
    }

    @Override
    String ref(List<String> row, ImportContext ctx) {
        return ctx.header.get(row, "externalId");
    }

    @Override
    String column(String field, ImportContext ctx) {
        if (field.startsWith("answers.")) {
            String key = "q:" + field.substring("answers.".length());
            return ctx.header.has(key) ? ctx.header.header(key) : field.substring("answers.".length());
        }
        return null;
    }

    @Override
    Applied apply(List<String> row, ImportContext ctx) {
        HeaderMap h = ctx.header;
        String code = h.get(row, "externalId");
        UUID templateId = ctx.options.questionnaireId();
        Participant p = participant(ctx.schoolId, code);
        if (p == null) {
            throw new Rejected(h.header("externalId"), code.isEmpty() ? "Укажите внешний код участника"
                    : "Участник с внешним кодом «" + code + "» не найден в организации");
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Question q : responses.questionsForEntry(templateId)) {
            String cell = h.get(row, "q:" + q.id());
            if (cell.isEmpty()) {
                continue;
            }
            try {
                answers.put(q.id(), answer(q, cell, ctx.schoolId));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(h.header("q:" + q.id()), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return switch (responses.enter(ctx.schoolId, p.id, templateId, answers)) {
            case CREATED -> new Applied(RowAction.CREATED, null);
            case REPLACED -> new Applied(RowAction.UPDATED, "Заменяет прежние ответы участника на эту анкету");
            case UNCHANGED -> new Applied(RowAction.UNCHANGED, null);
        };
    }

    private JsonNode answer(Question q, String cell, UUID schoolId) {
        return switch (q.type()) {
            case SINGLE -> JSON.textNode(options(q).parse(cell));
            case MULTIPLE -> array(options(q).parseList(cell));
            case SCALE -> JSON.numberNode(ParticipantImport.integer(cell));
            case TEXT -> JSON.textNode(cell);
            case DATE -> JSON.textNode(TableDates.parse(cell).toString());
            case COMPETENCIES -> array(catalogue().parseList(cell));
            case RANKING -> {
                List<String> ids = new ArrayList<>();
                for (String ref : cell.split("[;,\\n]+")) {
                    if (ref.isBlank()) {
                        continue;
                    }
                    Participant ranked = participant(schoolId, ref.strip());
                    if (ranked == null) {
                        throw new IllegalArgumentException("Участник с внешним кодом «" + ref.strip()
                                + "» не найден в организации");
                    }
                    ids.add(ranked.id.toString());
                }
                yield array(ids);
            }
        };
    }

    private static Participant participant(UUID schoolId, String externalId) {
        if (externalId.isEmpty()) {
            return null;
        }
        return Participant.<Participant>find("school.id = ?1 and externalId = ?2", schoolId, externalId).firstResult();
    }

    private static Vocabulary<String> options(Question q) {
        Vocabulary<String> options = new Vocabulary<>();
        if (q.options() != null) {
            q.options().forEach(o -> options.add(o.value(), o.label()));
        }
        return options;
    }

    private static Vocabulary<String> catalogue() {
        Vocabulary<String> catalogue = new Vocabulary<>();
        Competency.<Competency>listAll().forEach(c -> catalogue.add(c.code, c.name));
        return catalogue;
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
