package ru.nastavnik.diary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Состояние ссылки на дневник: действует, отозвана (также когда пара завершила работу или "
        + "наставник отозвал согласие), срок истёк")
public enum DiaryLinkStatus {
    ACTIVE, REVOKED, EXPIRED
}
