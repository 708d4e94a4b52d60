package ru.nastavnik.common.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an OpenDocument spreadsheet (.ods, as LibreOffice and Excel save it), streamed from the package's
 * content.xml with the JDK's StAX parser. No maintained Java library reads .ods without building the whole document
 * in memory, and the format needs little: cells carry their type and value in attributes.
 *
 * <p>Repeated columns and rows ({@code number-columns-repeated}, {@code number-rows-repeated}) count as that many, but
 * an empty run is never expanded, because office software pads every sheet with one up to its last column and row.
 * Cells covered by a merged cell are empty, as in Excel. Numbers come out as written, dates as ISO dates, yes/no cells
 * in Russian, text with its spaces ({@code text:s}), tabs, line breaks and paragraphs; comments are left out.
 */
final class OdsTableReader implements TableReader {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String DAMAGED = "Файл повреждён или это не таблица OpenDocument (.ods)";
    /** As many columns as a sheet of LibreOffice or Excel can have; a longer run is padding. */
    private static final int MAX_COLUMNS = 16_384;

    private final ZipParts zip;
    private final XMLStreamReader xml;
    private int rowNumber;
    private List<String> repeated;
    private int repeats;

    OdsTableReader(Path file) {
        ZipParts opened = null;
        try {
            opened = new ZipParts(file);
            if (opened.has("META-INF/manifest.xml")
                    && ZipParts.seek(opened.xml("META-INF/manifest.xml"), "encryption-data")) {
                throw TableException.passwordProtected(null);
            }
            xml = opened.xml("content.xml");
            if (!seekFirstTable(xml)) {
                throw new TableException("В файле нет ни одного листа");
            }
            zip = opened;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (opened != null) {
                try {
                    opened.close();
                } catch (IOException ignored) {
                    // Already failing with the reason that matters.
                }
            }
            throw XlsxTableReader.damaged(e, DAMAGED);
        }
    }

    private static boolean seekFirstTable(XMLStreamReader xml) throws XMLStreamException {
        while (ZipParts.seek(xml, "table")) {
            if (TABLE.equals(xml.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> next() {
        try {
            if (repeats > 0) {
                repeats--;
                rowNumber++;
                return new ArrayList<>(repeated);
            }
            while (seekRow()) {
                int times = count(xml.getAttributeValue(TABLE, "number-rows-repeated"));
                List<String> cells = row();
                rowNumber++;
                if (!TableReader.blank(cells)) {
                    repeated = cells;
                    repeats = times - 1;
                    return new ArrayList<>(cells);
                }
                rowNumber += times - 1;
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw XlsxTableReader.damaged(e, "Строка " + (rowNumber + 1) + ": таблица OpenDocument повреждена");
        }
    }

    /** Moves to the next row of the first sheet, inside row groups and header rows too; false at the sheet's end. */
    private boolean seekRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                    && xml.getLocalName().equals("table-row")) {
                return true;
            }
            if (event == XMLStreamReader.END_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                    && xml.getLocalName().equals("table")) {
                return false;
            }
        }
        return false;
    }

    private List<String> row() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int blanks = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("table-row")) {
                break;
            }
            if (event != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            int times = count(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            String value;
            if (xml.getLocalName().equals("table-cell")) {
                value = TableReader.clean(cell());
            } else {
                ZipParts.skip(xml);
                value = "";
            }
            if (value.isEmpty()) {
                blanks += times;
                continue;
            }
            for (int i = 0; i < blanks && cells.size() < MAX_COLUMNS; i++) {
                cells.add("");
            }
            blanks = 0;
            for (int i = 0; i < times && cells.size() < MAX_COLUMNS; i++) {
                cells.add(value);
            }
        }
        return cells;
    }

    /** The value of the cell the reader stands at, read up to the cell's end. */
    private String cell() throws XMLStreamException {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String value = switch (type == null ? "" : type) {
            case "float", "percentage", "currency" -> {
                String v = xml.getAttributeValue(OFFICE, "value");
                yield v == null ? null : Cells.number(v);
            }
            case "date" -> {
                String v = xml.getAttributeValue(OFFICE, "date-value");
                yield v == null ? null : Cells.isoDate(v);
            }
            case "boolean" -> {
                String v = xml.getAttributeValue(OFFICE, "boolean-value");
                yield v == null ? null : Cells.bool("true".equalsIgnoreCase(v.strip()));
            }
            case "string" -> xml.getAttributeValue(OFFICE, "string-value");
            default -> null;
        };
        String text = paragraphs();
        return value != null ? value : text;
    }

    /** The cell's paragraphs, one per line, read up to the cell's end; comments and pictures left out. */
    private String paragraphs() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (TEXT.equals(xml.getNamespaceURI()) && (name.equals("p") || name.equals("h"))) {
                if (!first) {
                    out.append('\n');
                }
                first = false;
                text(out);
            } else {
                ZipParts.skip(xml);
            }
        }
        return out.toString();
    }

    /**
     * The text of the element the reader stands at, up to its end: runs of white space in the XML count as one
     * space, as OpenDocument says; spaces, tabs and line breaks the author typed are elements of their own.
     */
    private void text(StringBuilder out) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE ->
                    out.append(xml.getText().replaceAll("[ \\t\\r\\n]+", " "));
                case XMLStreamReader.END_ELEMENT -> depth--;
                case XMLStreamReader.START_ELEMENT -> {
                    boolean text = TEXT.equals(xml.getNamespaceURI());
                    String name = xml.getLocalName();
                    if (text && name.equals("s")) {
                        out.append(" ".repeat(Math.min(count(xml.getAttributeValue(TEXT, "c")), 1000)));
                        ZipParts.skip(xml);
                    } else if (text && name.equals("tab")) {
                        out.append('\t');
                        ZipParts.skip(xml);
                    } else if (text && name.equals("line-break")) {
                        out.append('\n');
                        ZipParts.skip(xml);
                    } else if (!text || name.equals("note") || name.equals("ruby-text")) {
                        ZipParts.skip(xml);
                    } else {
                        depth++;
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A repeat count; 1 when absent. */
    private static int count(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new TableException(DAMAGED, e);
        }
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public String description() {
        return "OpenDocument (.ods)";
    }

    @Override
    public void close() {
        try {
            xml.close();
            zip.close();
        } catch (IOException | XMLStreamException e) {
            throw new TableException("Не удалось закрыть файл", e);
        }
    }
}
