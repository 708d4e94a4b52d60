package ru.nastavnik.common.document;

import java.util.List;

/** One block of a printed document. Sizes and spacing are in typographic points. */
public sealed interface Block {

    /** The body text size of office papers. */
    int TEXT = 14;

    enum Align {
        LEFT, CENTER, RIGHT, JUSTIFY
    }

    /** A piece of a paragraph's text with its own weight. */
    record Span(String text, boolean bold, boolean italic) {

        public static Span plain(String text) {
            return new Span(text, false, false);
        }

        public static Span bold(String text) {
            return new Span(text, true, false);
        }

        public static Span italic(String text) {
            return new Span(text, false, true);
        }
    }

    /**
     * A paragraph. {@code indent} is the 1.25 cm first-line indent of running text; {@code shift} moves the whole
     * paragraph right by that share of the text width in per cent, as the approval stamp in a page's right half;
     * {@code keepWithNext} keeps a heading on the page of what follows it.
     */
    record Line(List<Span> spans, Align align, int size, boolean indent, int before, int after, int shift,
            boolean keepWithNext) implements Block {

        public static Line of(String text) {
            return of(Span.plain(text));
        }

        public static Line of(Span... spans) {
            return new Line(List.of(spans), Align.LEFT, TEXT, false, 0, 0, 0, false);
        }

        /** Running text: justified, with the first-line indent. */
        public static Line text(String text) {
            return of(text).align(Align.JUSTIFY).indented();
        }

        public Line bold() {
            return new Line(spans.stream().map(s -> new Span(s.text(), true, s.italic())).toList(), align, size,
                    indent, before, after, shift, keepWithNext);
        }

        public Line align(Align a) {
            return new Line(spans, a, size, indent, before, after, shift, keepWithNext);
        }

        public Line center() {
            return align(Align.CENTER);
        }

        public Line right() {
            return align(Align.RIGHT);
        }

        public Line size(int points) {
            return new Line(spans, align, points, indent, before, after, shift, keepWithNext);
        }

        public Line indented() {
            return new Line(spans, align, size, true, before, after, shift, keepWithNext);
        }

        public Line space(int beforePoints, int afterPoints) {
            return new Line(spans, align, size, indent, beforePoints, afterPoints, shift, keepWithNext);
        }

        public Line shift(int percent) {
            return new Line(spans, align, size, indent, before, after, percent, keepWithNext);
        }

        public Line keep() {
            return new Line(spans, align, size, indent, before, after, shift, true);
        }
    }

    /** One line with text flush left and flush right, as an order's date and number or a signature stand. */
    record Sides(String left, String right, int size, int before, int after) implements Block {

        public static Sides of(String left, String right) {
            return new Sides(left, right, TEXT, 0, 0);
        }

        public Sides size(int points) {
            return new Sides(left, right, points, before, after);
        }

        public Sides space(int beforePoints, int afterPoints) {
            return new Sides(left, right, size, beforePoints, afterPoints);
        }
    }

    /**
     * A table with a header row repeated on every page; {@code widths} are the columns' shares of the text width in
     * per cent, each cell a list of lines. The first column (a row number) is centred. A table without a header
     * is one of labels and values, all flush left, as the general information of a report.
     */
    record Table(List<String> header, int[] widths, List<List<List<String>>> rows, int size) implements Block {

        public boolean labelled() {
            return header.isEmpty();
        }
    }

    /**
     * Lines that share their columns without any rules, as signatures stand on a sheet of approval: who, the line
     * to sign on, the date; {@code widths} as for a table, the last column flush right. The title lines above them
     * stay on one page with them.
     */
    record Signatures(List<Line> title, int[] widths, List<List<String>> rows, int size) implements Block {
    }

    /** The next block starts a new page. */
    record PageBreak() implements Block {
    }

    /** The next blocks go on landscape pages, starting on a new one: wide tables such as a plan of activities. */
    record Landscape() implements Block {
    }
}
