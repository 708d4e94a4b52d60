package ru.nastavnik.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two tabular formats people actually send: Excel workbooks and delimited text. */
public enum TableFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

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
     * Decides by the content, never by the name: a zip container is a workbook, readable text is CSV, anything else
     * (an old binary .xls, a picture, an archive) is refused.
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
            return XLSX;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new TableException("Файл в старом формате Excel (.xls). Сохраните его как «Книга Excel (.xlsx)» "
                    + "или как CSV и загрузите снова");
        }
        if (!Text.looksLikeText(head, n)) {
            throw new TableException("Файл не похож на таблицу: загрузите книгу Excel (.xlsx) или текстовый файл CSV");
        }
        return CSV;
    }
}
