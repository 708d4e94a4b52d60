package ru.nastavnik.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Состояние ссылки: действует, анкета заполнена, отозвана, срок истёк")
public enum FillLinkStatus {
    ACTIVE, USED, REVOKED, EXPIRED
}
