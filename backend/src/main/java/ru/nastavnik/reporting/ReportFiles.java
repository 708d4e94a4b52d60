package ru.nastavnik.reporting;

import java.util.List;

import jakarta.ws.rs.core.Response;

import ru.nastavnik.common.document.Document;
import ru.nastavnik.common.document.Downloads;
import ru.nastavnik.common.table.TableExport;
import ru.nastavnik.common.table.TableFormat;

/** A report as the files it downloads as: the figures as a workbook, figures and note as Word. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** A school's figures on one sheet; a municipality's also its schools, one row each, on a second. */
    static Response xlsx(ReportView r) {
        if (r.schools() == null) {
            return TableExport.response(TableFormat.XLSX, ReportText.fileName(r), ReportText.preamble(r),
                    ReportText.COLUMNS, r.figures().indicators());
        }
        return TableExport.xlsx(ReportText.fileName(r), List.of(
                new TableExport.Sheet<>("Показатели", ReportText.preamble(r), ReportText.COLUMNS,
                        r.figures().indicators()),
                new TableExport.Sheet<>("Организации", ReportText.preamble(r), ReportText.schoolColumns(r),
                        ReportText.schoolLines(r))));
    }

    static Response docx(ReportView r) {
        return Downloads.attachment(Document.docx(ReportText.fileName(r), ReportText.blocks(r)), "monitoring-report");
    }
}
