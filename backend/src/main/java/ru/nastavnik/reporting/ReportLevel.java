package ru.nastavnik.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportLevel", description = "Чей отчёт: организации или муниципалитета")
public enum ReportLevel {
    SCHOOL, MUNICIPALITY
}
