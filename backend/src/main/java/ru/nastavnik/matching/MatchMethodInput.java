package ru.nastavnik.matching;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchMethodInput", description = "Какое из двух предложений подбора рассматривать")
public record MatchMethodInput(@NotNull(message = "Выберите предложение: оптимальное или устойчивое") MatchMethod method) {
}
