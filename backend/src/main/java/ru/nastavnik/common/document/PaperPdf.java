package ru.nastavnik.common.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
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

/**
 * A {@link Paper} as PDF. Cyrillic needs a font that has it embedded: Liberation Serif (metrically the same as
 * Times New Roman) comes from the openpdf-fonts-extra artifact, so no font of the host is ever used.
 */
public final class PaperPdf {

    public static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
    public static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");
    public static final float MM = 72f / 25.4f;

    private PaperPdf() {
    }

    public static byte[] render(Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = document(out);
        doc.addTitle(paper.title());
        doc.open();
        for (Paper.Block block : paper.blocks()) {
            if (block instanceof Paper.Text t) {
                doc.add(text(t));
            } else if (block instanceof Paper.TwoSides t) {
                doc.add(twoSides(t.left(), t.right(), new Font(REGULAR, t.size()), t.before(), t.after()));
            } else if (block instanceof Paper.Table t) {
                doc.add(table(t));
            }
        }
        doc.close();
        return out.toByteArray();
    }

    /** An A4 document with the margins of Russian office papers, writing into {@code out}; not yet opened. */
    public static Document document(ByteArrayOutputStream out) {
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // justified lines stretch the spaces between words only, as word processors do, not the letters
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        return doc;
    }

    private static Paragraph text(Paper.Text t) {
        Paragraph p = new Paragraph(t.text(), new Font(t.bold() ? BOLD : REGULAR, t.size()));
        p.setAlignment(switch (t.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        });
        p.setSpacingBefore(t.before());
        p.setSpacingAfter(t.after());
        if (t.indent()) {
            p.setFirstLineIndent(12.5f * MM);
        }
        return p;
    }

    /** One line with text flush left and flush right, as the date and number of an order stand. */
    public static PdfPTable twoSides(String left, String right, Font font, float before, float after) {
        PdfPTable line = new PdfPTable(2);
        line.setWidthPercentage(100);
        line.setSpacingBefore(before);
        line.setSpacingAfter(after);
        PdfPCell l = new PdfPCell(new Phrase(left, font));
        l.setBorder(Rectangle.NO_BORDER);
        l.setPadding(0);
        PdfPCell r = new PdfPCell(new Phrase(right, font));
        r.setBorder(Rectangle.NO_BORDER);
        r.setPadding(0);
        r.setHorizontalAlignment(Element.ALIGN_RIGHT);
        line.addCell(l);
        line.addCell(r);
        return line;
    }

    private static PdfPTable table(Paper.Table t) {
        float[] widths = new float[t.widths().length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = t.widths()[c];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        Font regular = new Font(REGULAR, Paper.CELL);
        if (t.header() != null) {
            table.setHeaderRows(1);
            Font bold = new Font(BOLD, Paper.CELL);
            t.header().forEach(h -> table.addCell(cell(h, bold, Element.ALIGN_CENTER)));
        }
        t.rows().forEach(row -> row.forEach(c -> table.addCell(cell(c, regular, Element.ALIGN_LEFT))));
        return table;
    }

    public static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PaperPdf.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
