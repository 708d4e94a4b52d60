package ru.nastavnik.mentorship;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;

import ru.nastavnik.common.document.PaperPdf;

/**
 * The order as PDF, laid out like {@link OrderDocx}, in the embedded fonts of {@link PaperPdf}.
 */
final class OrderPdf {

    private static final BaseFont REGULAR = PaperPdf.REGULAR;
    private static final BaseFont BOLD = PaperPdf.BOLD;
    private static final float MM = PaperPdf.MM;

    private OrderPdf() {
    }

    static byte[] render(SchoolOrder order) {
        OrderText text = new OrderText(order);
        Font regular = new Font(REGULAR, 14);
        Font bold = new Font(BOLD, 14);
        Font small = new Font(REGULAR, 12);
        Font smallBold = new Font(BOLD, 12);
        Font cellFont = new Font(REGULAR, 11);
        Font cellBold = new Font(BOLD, 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = PaperPdf.document(out);
        doc.addTitle(text.title() + " " + text.number());
        doc.open();
        doc.add(paragraph(text.schoolName(), smallBold, Element.ALIGN_CENTER, 0, 0));
        doc.add(paragraph("ПРИКАЗ", new Font(BOLD, 16), Element.ALIGN_CENTER, 12, 12));
        doc.add(PaperPdf.twoSides(text.date(), text.number(), regular, 0, 12));
        doc.add(paragraph(text.title(), bold, Element.ALIGN_LEFT, 0, 12));
        doc.add(indented(text.preamble(), regular));
        doc.add(paragraph("ПРИКАЗЫВАЮ:", bold, Element.ALIGN_LEFT, 6, 6));
        for (String point : text.points()) {
            doc.add(indented(point, regular));
        }
        Paragraph gap = new Paragraph(" ", regular);
        gap.setSpacingAfter(12);
        doc.add(gap);
        doc.add(PaperPdf.twoSides(text.headPosition(), text.headName(), regular, 0, 18));
        doc.add(paragraph("С приказом ознакомлены:", regular, Element.ALIGN_LEFT, 0, 0));
        for (String name : text.acquainted()) {
            doc.add(paragraph(text.acquaintanceLine(name), small, Element.ALIGN_LEFT, 4, 0));
        }

        doc.newPage();
        for (String line : text.appendixHeader()) {
            doc.add(paragraph(line, small, Element.ALIGN_RIGHT, 0, 0));
        }
        doc.add(paragraph(text.appendixTitle(), bold, Element.ALIGN_CENTER, 12, 12));
        float[] widths = new float[OrderText.COLUMN_WIDTHS.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = OrderText.COLUMN_WIDTHS[c];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : OrderText.TABLE_HEADER) {
            table.addCell(PaperPdf.cell(header, cellBold, Element.ALIGN_CENTER));
        }
        for (List<List<String>> row : text.rows()) {
            for (int c = 0; c < row.size(); c++) {
                table.addCell(PaperPdf.cell(String.join("\n", row.get(c)), cellFont,
                        c == 0 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
            }
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font, int alignment, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static Paragraph indented(String text, Font font) {
        Paragraph p = paragraph(text, font, Element.ALIGN_JUSTIFIED, 0, 0);
        p.setFirstLineIndent(12.5f * MM);
        return p;
    }
}
