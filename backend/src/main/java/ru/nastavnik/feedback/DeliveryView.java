package ru.nastavnik.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FeedbackDelivery", description = "Анкета, назначенная участнику пары, и что с ней стало")
public record DeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID mentorshipId,
        @Schema(required = true, description = "Наставник пары") String mentorName,
        @Schema(required = true) UUID participantId,
        @Schema(required = true) String participantName,
        @Schema(required = true) DeliveryPurpose purpose,
        @Schema(required = true, description = "С какого дня анкета положена участнику") LocalDate dueOn,
        @Schema(required = true) DeliveryStatus status,
        @Schema(description = "Письмом или на листе; пока анкета не передана, не указан") DeliveryChannel channel,
        @Schema(description = "Анкета, по которой выдана ссылка") String questionnaireTitle,
        @Schema(description = "Адрес, на который ушло или уходит письмо") String email,
        @Schema(description = "Почему письмо не дошло: ошибка почтового сервера") String mailError,
        @Schema(description = "Когда анкета передана на отправку") Instant issuedAt,
        @Schema(description = "Когда письмо отправлено или лист напечатан в последний раз") Instant sentAt,
        @Schema(description = "До какого момента действует ссылка") Instant expiresAt,
        @Schema(description = "Когда анкету заполнили") Instant filledAt,
        @Schema(description = "Почему анкета отменена") String cancelReason) {

    static DeliveryView of(DeliveryRow r) {
        return new DeliveryView(r.id, r.mentorshipId, r.mentorName, r.participantId, r.participantName, r.purpose,
                r.dueOn, r.status, r.channel, r.templateTitle, r.recipient, r.mailError, r.issuedAt, r.sentAt,
                r.expiresAt, r.filledAt, r.cancelReason);
    }
}
