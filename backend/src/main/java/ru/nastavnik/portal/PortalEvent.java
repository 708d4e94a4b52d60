package ru.nastavnik.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.event.EntrantKind;
import ru.nastavnik.event.EntrantResult;
import ru.nastavnik.event.EventKind;
import ru.nastavnik.event.EventLevel;
import ru.nastavnik.event.EventStatus;

/** An event as the portal shows it: dates, nominations and winners, named only as consents to publish allow. */
public final class PortalEvent {

    private PortalEvent() {
    }

    @Schema(name = "PortalEvent", description = "Мероприятие региона, его муниципалитета или организации")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true) EventLevel level,
            @Schema(required = true) String organiserName,
            UUID municipalityId,
            UUID schoolId,
            @Schema(required = true) EventKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true) LocalDate startsOn,
            @Schema(required = true) LocalDate endsOn,
            @Schema(required = true, description = "ANNOUNCED или COMPLETED; отменённые не показываются")
            EventStatus status,
            @Schema(required = true) List<String> nominations,
            @Schema(required = true, description = "Победители и призёры") List<Winner> winners) {
    }

    @Schema(name = "PortalEventWinner", description = "Победитель или призёр: наставник назван только с его согласием"
            + " на публикацию, в паре несовершеннолетние не названы никогда; практика — своим названием")
    public record Winner(
            @Schema(required = true) EntrantResult result,
            Integer place,
            String nomination,
            @Schema(required = true) EntrantKind kind,
            @Schema(required = true) String schoolName,
            @Schema(description = "ФИО или название; нет — если публиковать нельзя") String title) {
    }

    @Schema(name = "PortalEventPage", description = "Страница мероприятий")
    public record Page(@Schema(required = true) List<View> items, @Schema(required = true) long total,
            @Schema(required = true) int page, @Schema(required = true) int size) {
    }
}
