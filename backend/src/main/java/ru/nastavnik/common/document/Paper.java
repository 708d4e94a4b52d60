package ru.nastavnik.common.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document written once as a list of blocks and rendered alike as Word ({@link PaperDocx}) and PDF
 * ({@link PaperPdf}), so that both say the same, laid out as Russian office papers are (ГОСТ Р 7.0.97): A4,
 * margins 30/15/20/20 mm, a serif face at 14 pt, justified paragraphs with a 1.25 cm first-line indent. Sizes and
 * spacing are in points; a table cell's lines are separated by {@code \n}.
 */
public final class Paper {

    public static final int TEXT = 14;
    public static final int SMALL = 12;
    public static final int CELL = 11;

    public enum Align {
        LEFT, CENTER, RIGHT, JUSTIFY
    }

    public sealed interface Block permits Text, TwoSides, Table {
    }

    public record Text(String text, Align align, boolean bold, int size, boolean indent, int before, int after)
            implements Block {
    }

    /** One line with text flush left and flush right, as a date and a number, or a position and a name, stand. */
    public record TwoSides(String left, String right, int size, int before, int after) implements Block {
    }

    /** A table across the text width; widths are shares in per cent; no header when it is null. */
    public record Table(int[] widths, List<String> header, List<List<String>> rows) implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public Paper(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public Paper add(Block block) {
        blocks.add(block);
        return this;
    }

    public Paper centered(String text, boolean bold, int size, int before, int after) {
        return add(new Text(text, Align.CENTER, bold, size, false, before, after));
    }

    /** A section heading: bold, flush left, set off from the text before it. */
    public Paper heading(String text) {
        return add(new Text(text, Align.LEFT, true, TEXT, false, 12, 6));
    }

    /** Running text: justified, with the first-line indent. */
    public Paper paragraph(String text) {
        return add(new Text(text, Align.JUSTIFY, false, TEXT, true, 0, 0));
    }

    public Paper line(String text, int size, int before, int after) {
        return add(new Text(text, Align.LEFT, false, size, false, before, after));
    }

    public Paper twoSides(String left, String right, int before, int after) {
        return add(new TwoSides(left, right, TEXT, before, after));
    }

    public Paper table(int[] widths, List<String> header, List<List<String>> rows) {
        return add(new Table(widths, header, rows));
    }
}
