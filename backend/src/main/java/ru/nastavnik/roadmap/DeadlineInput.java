package ru.nastavnik.roadmap;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineInput", description = "Срок мероприятия: вид и значение (kind, value, from) либо текст, как в"
        + " дорожной карте (text: «до 01.10.2026», «сентябрь», «в течение года»), но не то и другое сразу")
public record DeadlineInput(
        DeadlineKind kind,
        @Schema(description = "Для DATE — день (2026-10-01), для MONTH — месяц (2026-09); для других видов не указывается")
        @Size(max = 10, message = "Не длиннее 10 символов") String value,
        @Schema(description = "Только для MONTH: первый месяц промежутка (2026-09 для «сентябрь – октябрь 2026»)")
        @Size(max = 7, message = "Не длиннее 7 символов") String from,
        @Schema(description = "Срок словами; месяц без года — в учебном году дорожной карты")
        @Size(max = 100, message = "Не длиннее 100 символов") String text) {
}
