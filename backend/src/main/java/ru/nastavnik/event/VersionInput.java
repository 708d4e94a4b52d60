package ru.nastavnik.event;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventVersionInput", description = "Версия мероприятия, которую видел пользователь")
public record VersionInput(@NotNull(message = "Укажите версию мероприятия") Integer version) {
}
