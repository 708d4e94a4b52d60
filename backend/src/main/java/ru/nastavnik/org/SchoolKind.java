package ru.nastavnik.org;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Тип организации: общеобразовательная, СПО, дополнительного образования, дошкольная")
public enum SchoolKind {
    GENERAL, COLLEGE, ADDITIONAL, PRESCHOOL
}
