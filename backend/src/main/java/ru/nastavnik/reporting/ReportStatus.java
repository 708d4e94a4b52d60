package ru.nastavnik.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportStatus", description = "Состояние отчёта: черновик, отправлен, возвращён на доработку, принят")
public enum ReportStatus {
    DRAFT("черновик"), SUBMITTED("отправлен"), RETURNED("возвращён на доработку"), ACCEPTED("принят");

    /** The label documents and files show; the SPA keeps its own in its locale file. */
    public final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    /** Not (yet) in the hands of whoever accepts it: what a passed due date makes late. */
    boolean pending() {
        return this == DRAFT || this == RETURNED;
    }
}
