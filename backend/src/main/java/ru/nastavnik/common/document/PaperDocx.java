package ru.nastavnik.common.document;

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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** A {@link Paper} as a Word document in Times New Roman. */
public final class PaperDocx {

    private static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point, and the text width left between the margins. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int LEFT = 1701;
    private static final int RIGHT = 850;
    private static final int VERTICAL = 1134;
    public static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    private static final int INDENT = 709;

    private PaperDocx() {
    }

    public static byte[] render(Paper paper) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(paper.title());
            page(doc);
            for (Paper.Block block : paper.blocks()) {
                if (block instanceof Paper.Text t) {
                    text(doc, t);
                } else if (block instanceof Paper.TwoSides t) {
                    twoSides(doc, t);
                } else if (block instanceof Paper.Table t) {
                    table(doc, t);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 with the margins of Russian office papers. */
    public static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setTop(BigInteger.valueOf(VERTICAL));
        margins.setBottom(BigInteger.valueOf(VERTICAL));
    }

    private static void text(XWPFDocument doc, Paper.Text t) {
        XWPFParagraph p = paragraph(doc, t.before(), t.after());
        p.setAlignment(switch (t.align()) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        });
        if (t.indent()) {
            p.setIndentationFirstLine(INDENT);
        }
        run(p, t.text(), t.bold(), t.size());
    }

    /** A tab stop at the right margin puts the right-hand text flush right on the same line. */
    private static void twoSides(XWPFDocument doc, Paper.TwoSides t) {
        XWPFParagraph p = paragraph(doc, t.before(), t.after());
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop stop = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(TEXT_WIDTH));
        run(p, t.left(), false, t.size());
        p.createRun().addTab();
        run(p, t.right(), false, t.size());
    }

    private static void table(XWPFDocument doc, Paper.Table t) {
        int header = t.header() == null ? 0 : 1;
        XWPFTable table = doc.createTable(t.rows().size() + header, t.widths().length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        if (header == 1) {
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < t.widths().length; c++) {
                cell(head.getCell(c), t.widths()[c], t.header().get(c), true);
            }
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + header);
            row.setCantSplitRow(true);
            for (int c = 0; c < t.widths().length; c++) {
                cell(row.getCell(c), t.widths()[c], t.rows().get(r).get(c), false);
            }
        }
        // Word joins a table to the paragraph that follows; an empty line keeps the next text apart.
        paragraph(doc, 0, 0);
    }

    private static void cell(XWPFTableCell cell, int width, String text, boolean bold) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(TEXT_WIDTH * width / 100));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        p.setSpacingAfter(0);
        List<String> lines = List.of(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = p.createRun();
            font(run, bold, Paper.CELL);
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(before * 20);
        p.setSpacingAfter(after * 20);
        p.setSpacingBetween(1.0);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        font(run, bold, size);
        run.setText(text);
    }

    private static void font(XWPFRun run, boolean bold, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
