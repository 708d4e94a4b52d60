package ru.nastavnik.common.document;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import ru.nastavnik.common.PdfFonts;
import ru.nastavnik.common.document.Block.Landscape;
import ru.nastavnik.common.document.Block.Line;
import ru.nastavnik.common.document.Block.PageBreak;
import ru.nastavnik.common.document.Block.Sides;
import ru.nastavnik.common.document.Block.Signatures;
import ru.nastavnik.common.document.Block.Span;
import ru.nastavnik.common.document.Block.Table;

/**
 * Blocks as PDF, laid out like {@link Docx}. Cyrillic needs a font that has it embedded: Liberation Serif
 * (metrically the same as Times New Roman) comes from the openpdf-fonts-extra artifact, so no font of the host
 * is ever used.
 */
public final class Pdf {

    private static final BaseFont REGULAR = PdfFonts.load("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = PdfFonts.load("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = PdfFonts.load("LiberationSerif-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = PdfFonts.load("LiberationSerif-BoldItalic.ttf");
    private static final float MM = 72f / 25.4f;
    private static final float MM30 = 30 * MM;
    private static final float MM20 = 20 * MM;
    private static final float MM15 = 15 * MM;

    private Pdf() {
    }

    public static byte[] render(String title, List<Block> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document(PageSize.A4, MM30, MM15, MM20, MM20);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // justified lines stretch the spaces between words only, as word processors do, not the letters
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        doc.addTitle(title);
        doc.open();
        float textWidth = PageSize.A4.getWidth() - MM30 - MM15;
        for (Block block : blocks) {
            if (block instanceof PageBreak) {
                doc.newPage();
            } else if (block instanceof Landscape) {
                // as in Word: on a landscape page the binding margin is at the top
                doc.setPageSize(PageSize.A4.rotate());
                doc.setMargins(MM20, MM20, MM30, MM15);
                doc.newPage();
                textWidth = PageSize.A4.getHeight() - 2 * MM20;
            } else if (block instanceof Line line) {
                doc.add(paragraph(line, textWidth));
            } else if (block instanceof Sides sides) {
                doc.add(sides(sides));
            } else if (block instanceof Table table) {
                doc.add(table(table));
            } else if (block instanceof Signatures signatures) {
                doc.add(signatures(signatures, textWidth));
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(Line line, float textWidth) {
        Paragraph p = new Paragraph();
        p.setFont(new Font(REGULAR, line.size()));
        p.setLeading(line.size() * 1.2f);
        for (Span span : line.spans()) {
            p.add(new Chunk(span.text(), new Font(face(span), line.size())));
        }
        p.setAlignment(switch (line.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        });
        p.setSpacingBefore(line.before());
        p.setSpacingAfter(line.after());
        if (line.indent()) {
            p.setFirstLineIndent(12.5f * MM);
        }
        if (line.shift() > 0) {
            p.setIndentationLeft(textWidth * line.shift() / 100);
        }
        return p;
    }

    private static PdfPTable sides(Sides sides) {
        Font font = new Font(REGULAR, sides.size());
        PdfPTable line = new PdfPTable(2);
        line.setWidthPercentage(100);
        line.setSpacingBefore(sides.before());
        line.setSpacingAfter(sides.after());
        PdfPCell l = new PdfPCell(new Phrase(sides.left(), font));
        l.setBorder(Rectangle.NO_BORDER);
        l.setPadding(0);
        PdfPCell r = new PdfPCell(new Phrase(sides.right(), font));
        r.setBorder(Rectangle.NO_BORDER);
        r.setPadding(0);
        r.setHorizontalAlignment(Element.ALIGN_RIGHT);
        line.addCell(l);
        line.addCell(r);
        return line;
    }

    private static PdfPTable table(Table t) {
        float[] widths = new float[t.widths().length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = t.widths()[c];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(t.labelled() ? 0 : 1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        Font bold = new Font(BOLD, t.size());
        Font regular = new Font(REGULAR, t.size());
        for (String header : t.header()) {
            table.addCell(cell(List.of(header), bold, Element.ALIGN_CENTER));
        }
        for (List<List<String>> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                table.addCell(cell(row.get(c), regular,
                        c == 0 && !t.labelled() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
            }
        }
        return table;
    }

    /** The title lines go into the table's first row, so that the whole sheet stays on one page. */
    private static PdfPTable signatures(Signatures s, float textWidth) {
        float[] widths = new float[s.widths().length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = s.widths()[c];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell title = new PdfPCell();
        title.setColspan(widths.length);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPadding(0);
        s.title().forEach(line -> title.addElement(paragraph(line, textWidth)));
        table.addCell(title);
        Font font = new Font(REGULAR, s.size());
        for (List<String> row : s.rows()) {
            for (int c = 0; c < row.size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(c), font));
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPaddingLeft(0);
                cell.setPaddingRight(c == row.size() - 1 ? 0 : 6);
                cell.setPaddingTop(12);
                cell.setHorizontalAlignment(c == row.size() - 1 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(List<String> lines, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(String.join("\n", lines), font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static BaseFont face(Span span) {
        if (span.bold()) {
            return span.italic() ? BOLD_ITALIC : BOLD;
        }
        return span.italic() ? ITALIC : REGULAR;
    }
}
