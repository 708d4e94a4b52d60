package ru.nastavnik.imports;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableExport;
import ru.nastavnik.common.table.TableFormat;
import ru.nastavnik.common.table.TableWriter;

/** Empty files with the header row an import expects, to fill in Excel and upload. */
@ApplicationScoped
@Transactional
@RowScoped
public class ImportTemplates {

    @Inject
    ImportService jobs;

    Response response(ImportKind kind, TableFormat format, UUID questionnaireId) {
        if (kind == ImportKind.RESPONSES && questionnaireId == null) {
            throw ApiException.invalid("questionnaireId", "Выберите анкету: её вопросы станут столбцами шаблона");
        }
        List<TableColumn<Void>> columns = jobs.importer(kind)
                .columns(new ImportOptions(kind, true, false, questionnaireId, null));
        List<String> headers = columns.stream().filter(c -> !c.alternative()).map(TableColumn::header).toList();
        StreamingOutput body = out -> {
            try (TableWriter writer = TableWriter.open(format, out, title(kind), headers)) {
                // The header row is the whole template.
            }
        };
        return TableExport.attachment(Response.ok(body), format, "Шаблон — " + title(kind).toLowerCase());
    }

    private static String title(ImportKind kind) {
        return switch (kind) {
            case PARTICIPANTS -> "Участники";
            case SCHOOLS -> "Организации";
            case RESPONSES -> "Анкеты";
            case ROADMAP -> "Дорожная карта";
        };
    }
}
