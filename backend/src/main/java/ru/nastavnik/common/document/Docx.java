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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import ru.nastavnik.common.document.Block.Landscape;
import ru.nastavnik.common.document.Block.Line;
import ru.nastavnik.common.document.Block.PageBreak;
import ru.nastavnik.common.document.Block.Sides;
import ru.nastavnik.common.document.Block.Signatures;
import ru.nastavnik.common.document.Block.Span;
import ru.nastavnik.common.document.Block.Table;

/**
 * Blocks as a Word document laid out as Russian office papers are (ГОСТ Р 7.0.97): A4, margins 30/15/20/20 mm
 * (on landscape pages the 30 mm binding margin is at the top), Times New Roman, single line spacing.
 */
public final class Docx {

    private static final String FONT = "Times New Roman";
    /** A4 and its margins in twentieths of a point. */
    private static final int SHORT_SIDE = 11906;
    private static final int LONG_SIDE = 16838;
    private static final int MM30 = 1701;
    private static final int MM20 = 1134;
    private static final int MM15 = 850;
    /** 1.25 cm. */
    private static final int INDENT = 709;
    private static final int TWIPS = 20;

    private final XWPFDocument doc;
    private boolean landscape;
    private boolean pageBreak;

    private Docx(XWPFDocument doc) {
        this.doc = doc;
    }

    public static byte[] render(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx docx = new Docx(doc);
            blocks.forEach(docx::add);
            docx.page(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Block block) {
        if (block instanceof PageBreak) {
            pageBreak = true;
            return;
        }
        if (block instanceof Landscape) {
            // A section ends with the paragraph that carries its settings; the next one starts on a new page.
            page(ppr(paragraph(ParagraphAlignment.LEFT, 0, 0)).addNewSectPr());
            landscape = true;
            pageBreak = false;
            return;
        }
        if (block instanceof Line line) {
            line(line);
        } else if (block instanceof Sides sides) {
            sides(sides);
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Signatures signatures) {
            signatures(signatures);
        }
    }

    private int textWidth() {
        return landscape ? LONG_SIDE - 2 * MM20 : SHORT_SIDE - MM30 - MM15;
    }

    private void page(CTSectPr section) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? LONG_SIDE : SHORT_SIDE));
        size.setH(BigInteger.valueOf(landscape ? SHORT_SIDE : LONG_SIDE));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(landscape ? MM20 : MM30));
        margins.setRight(BigInteger.valueOf(landscape ? MM20 : MM15));
        margins.setTop(BigInteger.valueOf(landscape ? MM30 : MM20));
        margins.setBottom(BigInteger.valueOf(landscape ? MM15 : MM20));
    }

    private void line(Line line) {
        XWPFParagraph p = paragraph(alignment(line.align()), line.before(), line.after());
        if (line.indent()) {
            p.setIndentationFirstLine(INDENT);
        }
        if (line.shift() > 0) {
            p.setIndentationLeft(textWidth() * line.shift() / 100);
        }
        for (Span span : line.spans()) {
            run(p, span, line.size());
        }
        if (line.keepWithNext()) {
            ppr(p).addNewKeepNext();
        }
    }

    /** A tab stop at the right margin, so that the right side stands flush right on the line. */
    private void sides(Sides sides) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, sides.before(), sides.after());
        CTPPr pPr = ppr(p);
        CTTabStop stop = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(textWidth()));
        run(p, Span.plain(sides.left()), sides.size());
        p.createRun().addTab();
        run(p, Span.plain(sides.right()), sides.size());
    }

    private void table(Table t) {
        int[] widths = t.widths();
        int first = t.labelled() ? 0 : 1;
        XWPFTable table = grid(t.rows().size() + first, widths.length);
        if (!t.labelled()) {
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < widths.length; c++) {
                cell(head.getCell(c), widths[c], List.of(t.header().get(c)), true, ParagraphAlignment.CENTER,
                        t.size());
            }
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + first);
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                cell(row.getCell(c), widths[c], t.rows().get(r).get(c), false,
                        c == 0 && !t.labelled() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, t.size());
            }
        }
        afterTable();
    }

    /** Every paragraph but the last row's keeps with the next, so that the sheet stays on one page. */
    private void signatures(Signatures s) {
        s.title().forEach(line -> line(line.keep()));
        int[] widths = s.widths();
        XWPFTable table = grid(s.rows().size(), widths.length);
        table.removeBorders();
        for (int r = 0; r < s.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell(cell, widths[c], List.of(s.rows().get(r).get(c)), false,
                        c == widths.length - 1 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, s.size());
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setSpacingBefore(12 * TWIPS);
                if (r < s.rows().size() - 1) {
                    ppr(p).addNewKeepNext();
                }
            }
        }
        afterTable();
    }

    private XWPFTable grid(int rows, int columns) {
        if (pageBreak) {
            paragraph(ParagraphAlignment.LEFT, 0, 0).setPageBreak(true);
        }
        XWPFTable table = doc.createTable(rows, columns);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(textWidth()));
        return table;
    }

    /** Word joins a paragraph that follows a table to it; an empty one keeps the next block apart. */
    private void afterTable() {
        paragraph(ParagraphAlignment.LEFT, 0, 0);
    }

    private void cell(XWPFTableCell cell, int width, List<String> lines, boolean bold, ParagraphAlignment align,
            int size) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(textWidth() * width / 100));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = p.createRun();
            font(run, bold, false, size);
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
    }

    /** A new paragraph, on a new page if a page break came before it. */
    private XWPFParagraph paragraph(ParagraphAlignment alignment, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before * TWIPS);
        p.setSpacingAfter(after * TWIPS);
        p.setSpacingBetween(1.0);
        p.setPageBreak(pageBreak);
        pageBreak = false;
        return p;
    }

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static void run(XWPFParagraph p, Span span, int size) {
        XWPFRun run = p.createRun();
        font(run, span.bold(), span.italic(), size);
        run.setText(span.text());
    }

    private static void font(XWPFRun run, boolean bold, boolean italic, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static ParagraphAlignment alignment(Block.Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }
}
