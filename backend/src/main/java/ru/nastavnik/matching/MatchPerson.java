package ru.nastavnik.matching;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.ParticipantKind;

/** What a curator needs to judge a proposal about a person, and no more. */
@Schema(name = "MatchPerson", description = "Участник подбора: имя, класс или должность, организация")
public record MatchPerson(
        @Schema(required = true) UUID id,
        @Schema(description = "Пусто, если участник больше не виден (например, отозвал согласие)") String fullName,
        ParticipantKind kind,
        @Schema(description = "Класс, курс или должность") String gradeOrPosition,
        UUID schoolId,
        String schoolName) {
}
