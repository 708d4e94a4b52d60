package ru.nastavnik.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * The tabular formats people actually send: Excel workbooks old and new, OpenDocument spreadsheets and delimited
 * text. Exports write .xlsx and CSV; imports read all four.
 */
public enum TableFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLS("xls", "application/vnd.ms-excel"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private static final String ODF = "application/vnd.oasis.opendocument.";
    private static final String ODF_SPREADSHEET = ODF + "spreadsheet";

    private final String extension;
    private final String mediaType;

    TableFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * Decides by the content, never by the name: a zip package is an OpenDocument spreadsheet when its mimetype says
     * so and an .xlsx workbook otherwise; an OLE2 compound file is an .xls workbook (or an encrypted .xlsx, which the
     * reader recognises); readable text is CSV; anything else (a picture, an archive) is refused.
     */
    public static TableFormat sniff(Path file) {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new TableException("Не удалось прочитать файл", e);
        }
        if (n == 0) {
            throw new TableException("Файл пуст");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zip(file, head, n);
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1 && (head[5] & 0xFF) == 0xB1
                && head[6] == 0x1A && (head[7] & 0xFF) == 0xE1) {
            return XLS;
        }
        if (!Text.looksLikeText(head, n)) {
            throw new TableException("Файл не похож на таблицу: загрузите книгу Excel (.xlsx или .xls), таблицу "
                    + "OpenDocument (.ods) или текстовый файл CSV");
        }
        return CSV;
    }

    /**
     * OpenDocument puts its media type first in the package, stored uncompressed, so that it can be read from the
     * first bytes; a package written otherwise is recognised by its content.xml beside no [Content_Types].xml.
     */
    private static TableFormat zip(Path file, byte[] head, int n) {
        String mimetype = firstStoredEntry(head, n, "mimetype");
        if (mimetype == null) {
            try (ZipParts zip = new ZipParts(file)) {
                if (zip.has("[Content_Types].xml") || !zip.has("content.xml")) {
                    return XLSX;
                }
                mimetype = zip.has("mimetype") ? new String(zip.bytes("mimetype", 200), StandardCharsets.US_ASCII)
                        : ODF_SPREADSHEET;
            } catch (ZipException e) {
                // Not even a zip's table of contents: the workbook reader says the file is damaged.
                return XLSX;
            } catch (IOException e) {
                throw new TableException("Не удалось прочитать файл", e);
            }
        }
        String type = mimetype.strip();
        if (type.equals(ODF_SPREADSHEET) || type.equals(ODF_SPREADSHEET + "-template")) {
            return ODS;
        }
        if (type.startsWith(ODF)) {
            throw new TableException("Это документ OpenDocument, но не таблица: загрузите таблицу (.ods), книгу "
                    + "Excel или CSV");
        }
        return XLSX;
    }

    /** The content of the zip's first entry when it has this name and is stored uncompressed; null otherwise. */
    private static String firstStoredEntry(byte[] head, int n, String name) {
        if (n < 30) {
            return null;
        }
        int method = u16(head, 8);
        long size = u16(head, 18) | (long) u16(head, 20) << 16;
        int nameLength = u16(head, 26);
        int extraLength = u16(head, 28);
        int data = 30 + nameLength + extraLength;
        if (method != 0 || nameLength != name.length() || size == 0 || size > 200 || data + size > n
                || !new String(head, 30, nameLength, StandardCharsets.US_ASCII).equals(name)) {
            return null;
        }
        return new String(head, data, (int) size, StandardCharsets.US_ASCII);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
