package ru.nastavnik.reporting;

import jakarta.ws.rs.core.Response;

import ru.nastavnik.common.document.Document;
import ru.nastavnik.common.document.Downloads;
import ru.nastavnik.common.table.TableExport;
import ru.nastavnik.common.table.TableFormat;

/** A report as the files it downloads as: the figures as a workbook, figures and note as Word. */
final class ReportFiles {

    private ReportFiles() {
    }

    static Response xlsx(ReportView r) {
        return TableExport.response(TableFormat.XLSX, ReportText.fileName(r), ReportText.preamble(r),
                ReportText.COLUMNS, r.figures().indicators());
    }

    static Response docx(ReportView r) {
        return Downloads.attachment(Document.docx(ReportText.fileName(r), ReportText.blocks(r)), "monitoring-report");
    }
}
