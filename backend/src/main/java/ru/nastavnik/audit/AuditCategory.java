package ru.nastavnik.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an entry of the audit trail is about. The group decides who above the school reads it: a municipality reads
 * its schools' transitions, never their personal data.
 */
@Schema(description = "Группа действия: персональные данные, согласие, выгрузка файла, переход отчёта или реестра")
public enum AuditCategory {
    PERSONAL_DATA("Персональные данные"),
    CONSENT("Согласие"),
    EXPORT("Выгрузка"),
    TRANSITION("Переход отчёта или реестра");

    private final String label;

    AuditCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
