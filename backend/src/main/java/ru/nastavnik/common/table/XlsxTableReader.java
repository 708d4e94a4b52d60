package ru.nastavnik.common.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The first sheet of an .xlsx workbook, streamed row by row. Dates come out as ISO dates, numbers as written. */
final class XlsxTableReader implements TableReader {

    /** Excel's built-in date formats, which workbooks reference by id only. */
    private static final Set<Integer> DATE_FORMAT_IDS = Set.of(14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57);

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private int rowNumber;

    XlsxTableReader(Path file) {
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            rows = workbook.getFirstSheet().openStream();
            iterator = rows.iterator();
        } catch (IOException | RuntimeException e) {
            throw new TableException("Файл повреждён или это не книга Excel (.xlsx)", e);
        }
    }

    @Override
    public List<String> next() {
        try {
            while (iterator.hasNext()) {
                Row row = iterator.next();
                rowNumber = row.getRowNum();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (!TableReader.blank(cells)) {
                    return cells;
                }
            }
            return null;
        } catch (UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw new TableException("Строка " + (rowNumber + 1) + ": книга Excel повреждена", e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : number(cell.asNumber());
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "да" : "нет";
            case STRING, FORMULA -> TableReader.clean(cell.getText());
            case ERROR, EMPTY -> "";
        };
    }

    private static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMAT_IDS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return bare.contains("d") || bare.contains("y");
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
        rows.close();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
