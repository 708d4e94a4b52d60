package ru.nastavnik.matching;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchSwapInput", description = "Обменять наставляемых двух предложений: А — x и Б — y станут А — y и "
        + "Б — x")
public record MatchSwapInput(
        @NotNull(message = "Выберите первое предложение") UUID first,
        @NotNull(message = "Выберите второе предложение") UUID second) {
}
