package ru.nastavnik.audit;

import java.util.List;

import jakarta.ws.rs.core.Response;

import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableExport;
import ru.nastavnik.common.table.TableFormat;

/** The audit trail as an Excel book, one layout for the three levels. */
final class AuditExport {

    static final String SORTING = "Сортировка: at (по умолчанию — сначала новые), action, actorName.";

    private AuditExport() {
    }

    static Response xlsx(String name, List<AuditView> rows) {
        return TableExport.response(TableFormat.XLSX, name, COLUMNS, rows);
    }

    private static final List<TableColumn<AuditView>> COLUMNS = List.of(
            TableColumn.of("Когда", AuditView::at),
            TableColumn.of("Кто", AuditView::actorName),
            TableColumn.of("Учётная запись", AuditView::actorLogin),
            TableColumn.of("Роль", AuditView::actorRole),
            TableColumn.of("Группа", v -> v.category().label()),
            TableColumn.of("Действие", AuditView::actionLabel),
            TableColumn.of("Код действия", AuditView::action),
            TableColumn.of("Объект", AuditView::objectType),
            TableColumn.of("Идентификатор объекта", AuditView::objectId),
            TableColumn.of("Участник", AuditView::participantId),
            TableColumn.of("Изменённые поля", v -> String.join(", ", v.fields())),
            TableColumn.of("Организация", AuditView::schoolId),
            TableColumn.of("Муниципалитет", AuditView::municipalityId),
            TableColumn.of("Запрос", AuditView::requestId));
}
