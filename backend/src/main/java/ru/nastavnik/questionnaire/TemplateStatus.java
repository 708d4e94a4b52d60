package ru.nastavnik.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Черновик, опубликована (заморожена), заменена новой версией")
public enum TemplateStatus {
    DRAFT, PUBLISHED, RETIRED
}
