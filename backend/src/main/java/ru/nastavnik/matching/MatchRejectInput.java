package ru.nastavnik.matching;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchRejectInput", description = "Отклонить предложения")
public record MatchRejectInput(
        @NotEmpty(message = "Выберите хотя бы одно предложение")
        @Size(max = 500, message = "Не больше 500 предложений за раз")
        List<@NotNull(message = "Выберите предложение") UUID> proposalIds,
        @Schema(description = "И не предлагать эти пары в следующих подборах") boolean exclude,
        @Size(max = 500, message = "Не длиннее 500 символов") String reason) {
}
