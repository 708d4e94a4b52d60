package ru.nastavnik.mentorship;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import ru.nastavnik.common.document.PaperDocx;

/**
 * The order as a Word document laid out as Russian office papers are (ГОСТ Р 7.0.97): A4, margins 30/15/20/20 mm,
 * Times New Roman 14 pt, justified text with a 1.25 cm first-line indent.
 */
final class OrderDocx {

    private static final String FONT = "Times New Roman";
    private static final int TEXT = 14;
    private static final int SMALL = 12;
    private static final int TEXT_WIDTH = PaperDocx.TEXT_WIDTH;
    private static final int INDENT = 709;
    private static final int[] COLUMNS = OrderText.COLUMN_WIDTHS;
    private static final int CELL = 11;

    private OrderDocx() {
    }

    static byte[] render(SchoolOrder order) {
        OrderText text = new OrderText(order);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PaperDocx.page(doc);
            paragraph(doc, ParagraphAlignment.CENTER, 0).run(text.schoolName(), true, SMALL);
            paragraph(doc, ParagraphAlignment.CENTER, 0).space(240, 240).run("ПРИКАЗ", true, 16);
            Para dateLine = paragraph(doc, ParagraphAlignment.LEFT, 0).space(0, 240).rightTab();
            dateLine.run(text.date(), false, TEXT).tab().run(text.number(), false, TEXT);
            paragraph(doc, ParagraphAlignment.LEFT, 0).space(0, 240).run(text.title(), true, TEXT);
            paragraph(doc, ParagraphAlignment.BOTH, INDENT).run(text.preamble(), false, TEXT);
            paragraph(doc, ParagraphAlignment.LEFT, 0).space(120, 120).run("ПРИКАЗЫВАЮ:", true, TEXT);
            for (String point : text.points()) {
                paragraph(doc, ParagraphAlignment.BOTH, INDENT).run(point, false, TEXT);
            }
            Para signature = paragraph(doc, ParagraphAlignment.LEFT, 0).space(480, 480).rightTab();
            signature.run(text.headPosition(), false, TEXT).tab().run(text.headName(), false, TEXT);
            paragraph(doc, ParagraphAlignment.LEFT, 0).run("С приказом ознакомлены:", false, TEXT);
            for (String name : text.acquainted()) {
                paragraph(doc, ParagraphAlignment.LEFT, 0).space(120, 0).run(text.acquaintanceLine(name), false, SMALL);
            }

            Para first = paragraph(doc, ParagraphAlignment.RIGHT, 0);
            first.paragraph.setPageBreak(true);
            List<String> header = text.appendixHeader();
            first.run(header.get(0), false, SMALL);
            header.stream().skip(1).forEach(line -> paragraph(doc, ParagraphAlignment.RIGHT, 0).run(line, false, SMALL));
            paragraph(doc, ParagraphAlignment.CENTER, 0).space(240, 240).run(text.appendixTitle(), true, TEXT);
            table(doc, text.rows());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<List<List<String>>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, COLUMNS.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < COLUMNS.length; c++) {
            cell(head.getCell(c), c, List.of(OrderText.TABLE_HEADER[c]), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < COLUMNS.length; c++) {
                cell(row.getCell(c), c, rows.get(r).get(c), false);
            }
        }
    }

    private static void cell(XWPFTableCell cell, int column, List<String> lines, boolean bold) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(TEXT_WIDTH * COLUMNS[column] / 100));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(bold || column == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        p.setSpacingAfter(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = p.createRun();
            font(run, bold, CELL);
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
    }

    private static Para paragraph(XWPFDocument doc, ParagraphAlignment alignment, int firstLineIndent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        if (firstLineIndent > 0) {
            p.setIndentationFirstLine(firstLineIndent);
        }
        return new Para(p);
    }

    private static void font(XWPFRun run, boolean bold, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }

    /** A paragraph being written, run by run. */
    private record Para(XWPFParagraph paragraph) {

        Para run(String text, boolean bold, int size) {
            XWPFRun run = paragraph.createRun();
            font(run, bold, size);
            run.setText(text);
            return this;
        }

        Para tab() {
            XWPFRun run = paragraph.createRun();
            run.addTab();
            return this;
        }

        Para space(int before, int after) {
            paragraph.setSpacingBefore(before);
            paragraph.setSpacingAfter(after);
            return this;
        }

        /** A tab stop at the right margin, so that a number or a name can stand flush right on the line. */
        Para rightTab() {
            var pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            CTTabStop stop = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
            stop.setVal(STTabJc.RIGHT);
            stop.setPos(BigInteger.valueOf(TEXT_WIDTH));
            return this;
        }
    }
}
