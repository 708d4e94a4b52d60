package ru.nastavnik.matching;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchExclusionInput", description = "Пара, которую подбор не должен предлагать")
public record MatchExclusionInput(
        @NotNull(message = "Выберите наставника") UUID mentorId,
        @NotNull(message = "Выберите наставляемого") UUID menteeId,
        @Size(max = 500, message = "Не длиннее 500 символов") String reason) {
}
