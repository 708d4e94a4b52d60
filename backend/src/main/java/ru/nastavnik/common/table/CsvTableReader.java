package ru.nastavnik.common.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV in UTF-8 (with or without BOM) or Windows-1251, delimited by ';', ',' or a tab, detected from the file. */
final class CsvTableReader implements TableReader {

    private static final int SAMPLE = 64 * 1024;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String description;
    private int rowNumber;

    CsvTableReader(Path file) {
        try {
            byte[] head = new byte[SAMPLE];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            boolean bom = Text.hasUtf8Bom(head, n);
            int skip = bom ? 3 : 0;
            Charset charset = bom ? java.nio.charset.StandardCharsets.UTF_8 : Text.guessCharset(head, n);
            String sample = Text.decode(head, skip, n - skip, charset);
            int lineEnd = sample.indexOf('\n');
            char delimiter = Text.guessDelimiter(lineEnd < 0 ? sample : sample.substring(0, lineEnd));
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(skip);
            var reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    SAMPLE);
            parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(true)
                    .get().parse(reader);
            records = parser.iterator();
            description = "CSV, " + (charset.equals(Text.WINDOWS_1251) ? "Windows-1251" : "UTF-8")
                    + (bom ? " с BOM" : "") + ", разделитель " + switch (delimiter) {
                        case '\t' -> "табуляция";
                        case ',' -> "«,»";
                        default -> "«;»";
                    };
        } catch (IOException e) {
            throw new TableException("Не удалось прочитать файл", e);
        }
    }

    @Override
    public List<String> next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rowNumber = (int) record.getRecordNumber();
                List<String> row = new ArrayList<>(record.size());
                for (String value : record) {
                    row.add(TableReader.clean(value));
                }
                if (!TableReader.blank(row)) {
                    return row;
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new TableException("Строка " + (rowNumber + 1) + ": файл повреждён — вероятно, не закрыты кавычки",
                    e);
        }
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
