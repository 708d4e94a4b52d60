package ru.nastavnik.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "Запись журнала действий: кто, когда, что сделал; у персональных данных — "
        + "названия изменённых полей, без значений")
public record AuditView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "regional, municipal, school, portal; link — по персональной ссылке; "
                + "system — фоновая работа системы") String actorRole,
        @Schema(required = true) String actorLogin,
        @Schema(required = true) String actorName,
        UUID regionId,
        UUID municipalityId,
        UUID schoolId,
        @Schema(required = true) AuditCategory category,
        @Schema(required = true, description = "Код действия (AuditAction)") String action,
        @Schema(required = true, description = "Название действия по-русски") String actionLabel,
        @Schema(required = true) String objectType,
        UUID objectId,
        @Schema(description = "Участник, которого касается запись") UUID participantId,
        @Schema(required = true, description = "Изменённые поля персональных данных (только названия)")
        List<String> fields,
        @Schema(description = "Идентификатор запроса (X-Request-Id)") String requestId) {

    static AuditView of(AuditEvent e) {
        return new AuditView(e.id, e.at, e.actorRole, e.actorLogin, e.actorName, e.regionId, e.municipalityId,
                e.schoolId, e.category, e.action, label(e.action), e.objectType, e.objectId, e.participantId,
                e.fields == null ? List.of() : List.copyOf(e.fields), e.requestId);
    }

    static String label(String code) {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(code)).findFirst()
                .map(AuditAction::label).orElse(code);
    }
}
