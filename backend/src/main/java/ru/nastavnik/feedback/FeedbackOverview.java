package ru.nastavnik.feedback;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackOverview", description = "Обратная связь пары: расписание, ближайшие даты и все анкеты")
public record FeedbackOverview(
        @Schema(required = true) FeedbackScheduleView schedule,
        @Schema(required = true, description = "Даты промежуточной анкеты, которые ещё впереди") List<LocalDate> nextDates,
        @Schema(required = true) List<DeliveryView> deliveries) {
}
