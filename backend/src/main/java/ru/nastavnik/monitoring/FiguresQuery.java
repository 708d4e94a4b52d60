package ru.nastavnik.monitoring;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The period a figures request asks for; see {@link Period}. */
public class FiguresQuery {

    @QueryParam("year")
    @Parameter(description = "Учебный год по году начала: 2026 — это 2026/27")
    public Integer year;

    @QueryParam("half")
    @Parameter(description = "Полугодие: 2026-1 — I полугодие 2026/27 (1 сентября — 31 января), 2026-2 — II"
            + " (1 февраля — 31 августа). Без year и half — учебный год даты среза", example = "2026-1")
    public String half;

    @QueryParam("asOf")
    @Parameter(description = "Дата среза (ГГГГ-ММ-ДД): период заканчивается этой датой; по умолчанию сегодня")
    public LocalDate asOf;
}
