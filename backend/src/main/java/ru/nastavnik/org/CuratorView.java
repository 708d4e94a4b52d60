package ru.nastavnik.org;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Curator", description = "Куратор программы наставничества")
public record CuratorView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) String fullName,
        @Schema(required = true) String position,
        String email,
        String phone,
        @Schema(required = true, description = "Номер приказа о назначении") String orderNumber,
        @Schema(required = true, description = "Дата приказа о назначении") LocalDate orderDate,
        @Schema(description = "Логин куратора в системе") String username,
        @Schema(required = true) int version) {

    static CuratorView of(Curator c) {
        return new CuratorView(c.id, c.school.id, c.fullName, c.position, c.email, c.phone, c.orderNumber,
                c.orderDate, c.username, c.version);
    }
}
