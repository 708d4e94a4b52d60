package ru.nastavnik.completion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorshipImpact", description = "Влияние программы на каждого наставляемого: входная и итоговая "
        + "самооценка по одним и тем же шкалам")
public record MentorshipImpactView(
        @Schema(required = true) UUID mentorshipId,
        @Schema(required = true, description = "Анкета, по которой сравнивают") String questionnaire,
        @Schema(required = true) List<Mentee> mentees) {

    @Schema(name = "MenteeImpact")
    public record Mentee(
            @Schema(required = true) UUID participantId,
            @Schema(required = true) String fullName,
            @Schema(required = true) ImpactStatus status,
            @Schema(description = "Когда заполнена входная самооценка") Instant entryTakenAt,
            @Schema(description = "Когда заполнена итоговая самооценка") Instant finalTakenAt,
            @Schema(required = true) List<Question> questions,
            @Schema(description = "Среднее изменение по вопросам, где есть оба ответа; пусто — нет данных")
            Double overallChange) {
    }

    @Schema(name = "QuestionImpact", description = "Один вопрос-шкала: вход, итог, изменение")
    public record Question(
            @Schema(required = true) String questionId,
            @Schema(required = true) String text,
            @Schema(required = true) int min,
            @Schema(required = true) int max,
            Integer entryScore,
            Integer finalScore,
            @Schema(description = "Итог минус вход; пусто, если одного из ответов нет") Integer change) {
    }
}
