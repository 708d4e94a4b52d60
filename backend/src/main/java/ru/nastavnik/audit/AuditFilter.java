package ru.nastavnik.audit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import ru.nastavnik.common.ApiException;

/** The filters of the audit trail, shared by its list and its export. */
public class AuditFilter {

    @QueryParam("person")
    @Parameter(description = "Участник, которого касаются записи")
    public UUID person;

    @QueryParam("action")
    @Parameter(description = "Код действия")
    public AuditAction action;

    @QueryParam("category")
    @Parameter(description = "Группа действий")
    public AuditCategory category;

    @QueryParam("from")
    @Parameter(description = "С даты (включительно), ГГГГ-ММ-ДД")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "По дату (включительно), ГГГГ-ММ-ДД")
    public LocalDate to;

    void check() {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("to", "Дата «по» не может быть раньше даты «с»");
        }
    }
}
