package ru.nastavnik.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

@Schema(name = "BestPractice", description = "Лучшая практика, как её видит своя организация: с участниками пары, их "
        + "согласиями на публикацию и материалами")
public record BestPracticeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) Pair mentorship,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) String results,
        @Schema(required = true) BestPracticeStatus status,
        @Schema(description = "Что просил исправить муниципалитет, пока практика возвращена") String returnComment,
        Instant submittedAt,
        Instant acceptedAt,
        Instant recommendedAt,
        @Schema(required = true, description = "Наставник и наставляемые пары: без согласия каждого практику не отправить")
        List<Member> participants,
        @Schema(required = true) List<Attachment> attachments,
        @Schema(required = true, description = "Сколько байт занимают все материалы") long attachmentsSize,
        @Schema(required = true) Limits limits,
        @Schema(required = true, description = "Что с практикой можно сделать сейчас") List<BestPracticeAction> allowedActions,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) int version) {

    @Schema(name = "BestPracticePair", description = "Пара или группа, которую предлагают как лучшую практику")
    public record Pair(
            @Schema(required = true) UUID id,
            @Schema(required = true) MentoringForm form,
            @Schema(required = true) MentorshipKind kind,
            LocalDate startedOn,
            LocalDate endedOn,
            @Schema(required = true) String mentorName,
            @Schema(required = true) List<String> menteeNames) {
    }

    @Schema(name = "BestPracticeParticipant", description = "Участник пары и его согласие на публикацию")
    public record Member(
            @Schema(required = true) UUID participantId,
            @Schema(required = true) String fullName,
            @Schema(required = true) ParticipantKind kind,
            @Schema(required = true) PracticeRole role,
            @Schema(description = "Несовершеннолетний сегодня: согласие даёт родитель или законный представитель")
            Boolean minor,
            @Schema(required = true, description = "Действует ли согласие на обработку персональных данных")
            boolean processingConsent,
            @Schema(description = "Согласие на публикацию, если оформлено") ConsentRecord consent) {
    }

    @Schema(name = "PublicationConsent", description = "Согласие на публикацию практики")
    public record ConsentRecord(
            @Schema(required = true) Publication publication,
            @Schema(required = true) ConsentGiver givenBy,
            @Schema(required = true) String giverName,
            @Schema(required = true) LocalDate givenOn,
            @Schema(required = true) String documentRef,
            LocalDate withdrawnOn,
            String withdrawalReason,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) Instant recordedAt) {

        static ConsentRecord of(PublicationConsent c) {
            return new ConsentRecord(c.publication, c.givenBy, c.giverName, c.givenOn, c.documentRef, c.withdrawnOn,
                    c.withdrawalReason, c.recordedBy, c.recordedAt);
        }
    }

    @Schema(name = "BestPracticeAttachment", description = "Материал практики")
    public record Attachment(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "Имя файла в организации; наружу не публикуется") String fileName,
            @Schema(description = "Подпись, под которой материал публикуется") String caption,
            @Schema(required = true, description = "Тип, определённый по содержимому") String contentType,
            @Schema(required = true) long size,
            @Schema(required = true, description = "Участники, которые видны или названы в материале") List<UUID> people,
            @Schema(required = true, description = "Опубликуется ли материал при нынешних согласиях") boolean published,
            @Schema(required = true) String uploadedBy,
            @Schema(required = true) Instant uploadedAt) {
    }

    @Schema(name = "AttachmentLimits", description = "Сколько байт можно прикрепить: к одному файлу и ко всем вместе")
    public record Limits(
            @Schema(required = true) long maxFileSize,
            @Schema(required = true) long maxTotalSize) {
    }
}
