package ru.nastavnik.common.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an .xlsx workbook, streamed row by row from its XML with the JDK's StAX parser.
 *
 * <p>Every part but the workbook and the sheet is optional, as the format allows and as report generators write it:
 * without a shared-strings part text comes inline ({@code t="inlineStr"}); without a styles part no number is a
 * date, except ISO 8601 date cells ({@code t="d"}). Rows and cells without an {@code r} attribute follow the one
 * before. Dates come out as ISO dates, numbers as written, formulas as their last computed value.
 */
final class XlsxTableReader implements TableReader {

    private static final String DAMAGED = "Файл повреждён или это не книга Excel (.xlsx)";
    /** Columns A to XFD, all that a sheet of Excel has. */
    private static final int MAX_COLUMNS = 16_384;

    private final ZipParts zip;
    private final SharedStrings strings;
    private final boolean[] dateStyles;
    private final boolean date1904;
    private final XMLStreamReader sheet;
    private int rowNumber;
    private int lastRow;

    XlsxTableReader(Path file) {
        ZipParts opened = null;
        SharedStrings sst = null;
        try {
            opened = new ZipParts(file);
            String workbook = officeDocument(opened);
            Map<String, String[]> rels = relationships(opened, workbook);
            String firstSheet = null;
            boolean windowing1904 = false;
            XMLStreamReader xml = opened.xml(workbook);
            if (xml.nextTag() != XMLStreamReader.START_ELEMENT || !xml.getLocalName().equals("workbook")) {
                throw new TableException(DAMAGED);
            }
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = ZipParts.attribute(xml, "date1904");
                    windowing1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if (xml.getLocalName().equals("sheet")) {
                    firstSheet = ZipParts.attribute(xml, "id");
                    break;
                }
            }
            xml.close();
            String[] sheetRel = firstSheet == null ? null : rels.get(firstSheet);
            if (sheetRel == null) {
                throw new TableException("В книге Excel нет ни одного листа");
            }
            String styles = target(rels, "/styles");
            String shared = target(rels, "/sharedStrings");
            dateStyles = styles == null || !opened.has(styles) ? new boolean[0] : dateStyles(opened.xml(styles));
            sst = shared == null || !opened.has(shared) ? null : new SharedStrings(opened.xml(shared));
            sheet = opened.xml(sheetRel[1]);
            date1904 = windowing1904;
            zip = opened;
            strings = sst;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(sst, opened);
            throw damaged(e, DAMAGED);
        }
    }

    @Override
    public List<String> next() {
        try {
            while (ZipParts.seekWithin(sheet, "row", "sheetData")) {
                Integer r = integer(ZipParts.attribute(sheet, "r"));
                rowNumber = r != null ? r : lastRow + 1;
                lastRow = rowNumber;
                List<String> cells = row();
                if (!TableReader.blank(cells)) {
                    return cells;
                }
            }
            return null;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw damaged(e, "Строка " + rowNumber + ": книга Excel повреждена");
        }
    }

    private List<String> row() throws IOException, XMLStreamException {
        List<String> cells = new ArrayList<>();
        int column = -1;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamReader.END_ELEMENT && sheet.getLocalName().equals("row")) {
                break;
            }
            if (event != XMLStreamReader.START_ELEMENT || !sheet.getLocalName().equals("c")) {
                continue;
            }
            String ref = ZipParts.attribute(sheet, "r");
            column = ref == null ? column + 1 : column(ref);
            if (column >= MAX_COLUMNS) {
                throw new TableException("Книга Excel повреждена: столбцов больше, чем бывает на листе");
            }
            String text = cell(ZipParts.attribute(sheet, "t"), integer(ZipParts.attribute(sheet, "s")));
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, TableReader.clean(text));
        }
        return cells;
    }

    /** Reads the cell the sheet stands at up to its end, and gives its value as text. */
    private String cell(String type, Integer style) throws IOException, XMLStreamException {
        String value = null;
        String inline = null;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamReader.END_ELEMENT && sheet.getLocalName().equals("c")) {
                break;
            }
            if (event != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            switch (sheet.getLocalName()) {
                case "v" -> value = sheet.getElementText();
                case "is" -> inline = richText(sheet, "is");
                default -> ZipParts.skip(sheet);
            }
        }
        String t = type == null ? "n" : type;
        if (t.equals("inlineStr")) {
            return inline == null ? "" : inline;
        }
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (t) {
            case "s" -> {
                if (strings == null) {
                    throw new TableException(
                            "Книга Excel повреждена: в ней нет таблицы строк, на которую ссылаются ячейки");
                }
                yield strings.get(Integer.parseInt(value.strip()));
            }
            case "str" -> decode(value);
            case "b" -> Cells.bool("1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()));
            case "d" -> Cells.isoDate(value);
            case "e" -> "";
            default -> number(value, style);
        };
    }

    private String number(String value, Integer style) {
        String number = Cells.number(value);
        if (number == null) {
            return value;
        }
        if (style != null && style >= 0 && style < dateStyles.length && dateStyles[style]) {
            return Cells.date(Double.parseDouble(value), date1904);
        }
        return number;
    }

    /**
     * The text of a string item (a shared string or an inline one) the reader stands at: its runs joined, without the
     * phonetic guides of East Asian text.
     */
    static String richText(XMLStreamReader xml, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals(element)) {
                break;
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "t" -> text.append(xml.getElementText());
                    case "rPh", "phoneticPr" -> ZipParts.skip(xml);
                    default -> {
                    }
                }
            }
        }
        return decode(text.toString());
    }

    /**
     * Undoes the escapes OOXML uses for characters XML cannot carry: _x000D_ is a carriage return, and _x005F_
     * escapes an underscore that would otherwise start one.
     */
    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && hex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The column of a cell reference such as "AB12", from 0. */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && column <= MAX_COLUMNS) {
            column = column * 26 + Character.toUpperCase(ref.charAt(i)) - 'A' + 1;
            i++;
        }
        if (i == 0) {
            throw new TableException("Книга Excel повреждена: неверный адрес ячейки " + ref);
        }
        return column - 1;
    }

    /** The workbook part, as the package's root relationships name it. */
    private static String officeDocument(ZipParts zip) throws IOException, XMLStreamException {
        if (zip.has("_rels/.rels")) {
            for (String[] rel : relationships(zip.xml("_rels/.rels"), "").values()) {
                if (rel[0].endsWith("/officeDocument")) {
                    return rel[1];
                }
            }
        }
        return "xl/workbook.xml";
    }

    /** The relationships of a part: id → {type, the target's path in the package}. */
    private static Map<String, String[]> relationships(ZipParts zip, String part)
            throws IOException, XMLStreamException {
        int slash = part.lastIndexOf('/');
        String folder = part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        return zip.has(rels) ? relationships(zip.xml(rels), folder) : Map.of();
    }

    private static Map<String, String[]> relationships(XMLStreamReader xml, String folder) throws XMLStreamException {
        Map<String, String[]> rels = new HashMap<>();
        while (ZipParts.seek(xml, "Relationship")) {
            String target = ZipParts.attribute(xml, "Target");
            String id = ZipParts.attribute(xml, "Id");
            if (target != null && id != null && !"External".equals(ZipParts.attribute(xml, "TargetMode"))) {
                rels.put(id, new String[] { String.valueOf(ZipParts.attribute(xml, "Type")), resolve(folder, target) });
            }
        }
        xml.close();
        return rels;
    }

    private static String target(Map<String, String[]> rels, String typeSuffix) {
        return rels.values().stream().filter(r -> r[0].endsWith(typeSuffix)).map(r -> r[1]).findFirst().orElse(null);
    }

    /** A relationship's target against the folder of its source: absolute, relative, with "../" steps. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** Per cell style (an index into cellXfs), whether its number format shows a date. */
    private static boolean[] dateStyles(XMLStreamReader xml) throws XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> styles = new ArrayList<>();
        boolean cellXfs = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numFmt" -> {
                        Integer id = integer(ZipParts.attribute(xml, "numFmtId"));
                        if (id != null) {
                            formats.put(id, ZipParts.attribute(xml, "formatCode"));
                        }
                    }
                    case "cellXfs" -> cellXfs = true;
                    case "xf" -> {
                        if (cellXfs) {
                            Integer id = integer(ZipParts.attribute(xml, "numFmtId"));
                            styles.add(id == null ? 0 : id);
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                break;
            }
        }
        xml.close();
        boolean[] dates = new boolean[styles.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = Cells.isDateFormat(styles.get(i), formats.get(styles.get(i)));
        }
        return dates;
    }

    private static Integer integer(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new TableException("Книга Excel повреждена: «" + value + "» вместо номера");
        }
    }

    /** The reader's own message when the cause is one, else the given one. */
    static TableException damaged(Exception e, String message) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TableException table) {
                return table;
            }
        }
        return new TableException(message, e);
    }

    private static void closeQuietly(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // Already failing with the reason that matters.
            }
        }
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public String description() {
        return "Excel (.xlsx)";
    }

    @Override
    public void close() {
        try {
            sheet.close();
            if (strings != null) {
                strings.close();
            }
            zip.close();
        } catch (IOException | XMLStreamException e) {
            throw new TableException("Не удалось закрыть файл", e);
        }
    }
}
