package ru.nastavnik.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Чья анкета: встроенная (методика), региональная, своя анкета организации")
public enum TemplateOwner {
    BUILT_IN, REGION, SCHOOL
}
