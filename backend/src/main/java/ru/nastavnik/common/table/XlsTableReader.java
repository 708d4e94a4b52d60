package ru.nastavnik.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The first worksheet of an Excel 97–2003 workbook (.xls, BIFF8), read with Apache POI's event model: the records of
 * the workbook stream are pulled one at a time from the record stream POI's {@code HSSFEventFactory} itself reads,
 * so memory does not grow with the sheet. The shared-string table is the one part held whole: BIFF keeps it in a
 * single record, and a sheet in this format has at most 65 536 rows.
 *
 * <p>Workbooks encrypted with Excel's default password (a book only protected from changes) are decrypted by POI; any
 * other password is refused with a message that says so, as is an .xlsx saved with a password, which Excel stores
 * in the same container format.
 */
final class XlsTableReader implements TableReader {

    private static final String DAMAGED = "Файл повреждён или это не книга Excel (.xls)";

    private final POIFSFileSystem fs;
    private final InputStream stream;
    private final RecordFactoryInputStream records;
    /** Per cell style (XF), its number format; and the workbook's own format codes by format index. */
    private final List<Integer> styleFormats = new ArrayList<>();
    private final Map<Integer, String> formatCodes = new HashMap<>();
    private SSTRecord strings;
    private boolean date1904;
    /** 0 before the first worksheet, 1 inside it, 2 after it. */
    private int stage;
    /** How many substreams (BOF … EOF) the record read last is inside. */
    private int depth;
    private List<String> cells;
    private int cellsRow = -1;
    private int[] pendingFormula;
    private int rowNumber;

    XlsTableReader(Path file) {
        POIFSFileSystem opened = null;
        try {
            opened = new POIFSFileSystem(file.toFile(), true);
            DirectoryNode root = opened.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw TableException.passwordProtected(null);
            }
            String book = root.hasEntryCaseInsensitive("Workbook") ? "Workbook" : null;
            if (book == null) {
                throw new TableException(root.hasEntryCaseInsensitive("Book")
                        ? "Файл в формате Excel 5.0/95. Откройте его в Excel или LibreOffice, сохраните как "
                                + "«Книга Excel (.xlsx)» и загрузите снова"
                        : DAMAGED);
            }
            stream = root.createDocumentInputStream(root.getEntryCaseInsensitive(book));
            records = new RecordFactoryInputStream(stream, false);
            fs = opened;
        } catch (EncryptedDocumentException e) {
            close(opened);
            throw TableException.passwordProtected(e);
        } catch (IOException | RuntimeException e) {
            close(opened);
            throw XlsxTableReader.damaged(e, DAMAGED);
        }
    }

    @Override
    public List<String> next() {
        try {
            List<String> row;
            while ((row = nextRow()) != null) {
                if (!TableReader.blank(row)) {
                    return row;
                }
            }
            return null;
        } catch (EncryptedDocumentException e) {
            throw TableException.passwordProtected(e);
        } catch (RuntimeException e) {
            throw XlsxTableReader.damaged(e, "Строка " + rowNumber + ": книга Excel повреждена");
        }
    }

    /** The next row that has a cell, blank or not; null after the first worksheet. */
    private List<String> nextRow() {
        while (stage < 2) {
            Record record = records.nextRecord();
            if (record == null) {
                stage = 2;
                break;
            }
            if (record instanceof BOFRecord bof) {
                depth++;
                if (stage == 0 && depth == 1 && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                    stage = 1;
                }
            } else if (record instanceof EOFRecord) {
                depth--;
                if (stage == 1 && depth == 0) {
                    stage = 2;
                }
            } else if (stage == 0) {
                globals(record);
            } else if (depth == 1) {
                List<String> done = cell(record);
                if (done != null) {
                    return done;
                }
            }
        }
        return finish();
    }

    /** What the workbook's globals say about cells: the shared strings, the number formats, the calendar. */
    private void globals(Record record) {
        if (record instanceof SSTRecord sst) {
            strings = sst;
        } else if (record instanceof ExtendedFormatRecord xf) {
            styleFormats.add((int) xf.getFormatIndex());
        } else if (record instanceof FormatRecord format) {
            formatCodes.put(format.getIndexCode(), format.getFormatString());
        } else if (record instanceof DateWindow1904Record window) {
            date1904 = window.getWindowing() == 1;
        }
    }

    /** Puts the record's value in its row; gives the previous row when this record starts a new one. */
    private List<String> cell(Record record) {
        if (record instanceof StringRecord text && pendingFormula != null) {
            int[] at = pendingFormula;
            pendingFormula = null;
            return put(at[0], at[1], text.getString());
        }
        if (record instanceof MulRKRecord many) {
            List<String> done = null;
            for (int i = 0; i < many.getNumColumns(); i++) {
                List<String> d = put(many.getRow(), many.getFirstColumn() + i,
                        number(many.getRKNumberAt(i), many.getXFAt(i)));
                done = done == null ? d : done;
            }
            return done;
        }
        if (!(record instanceof CellValueRecordInterface cell)) {
            return null;
        }
        String value = "";
        if (record instanceof NumberRecord n) {
            value = number(n.getValue(), cell.getXFIndex());
        } else if (record instanceof RKRecord rk) {
            value = number(rk.getRKNumber(), cell.getXFIndex());
        } else if (record instanceof LabelSSTRecord label) {
            value = strings == null ? "" : strings.getString(label.getSSTIndex()).getString();
        } else if (record instanceof LabelRecord label) {
            value = label.getValue();
        } else if (record instanceof BoolErrRecord b) {
            value = b.isBoolean() ? Cells.bool(b.getBooleanValue()) : "";
        } else if (record instanceof FormulaRecord formula) {
            switch (formula.getCachedResultTypeEnum()) {
                case NUMERIC -> value = number(formula.getValue(), cell.getXFIndex());
                case BOOLEAN -> value = Cells.bool(formula.getCachedBooleanValue());
                case STRING -> {
                    // The text follows in a record of its own, unless the result is an empty string.
                    if (formula.hasCachedResultString()) {
                        pendingFormula = new int[] { cell.getRow(), cell.getColumn() };
                    }
                }
                default -> {
                }
            }
        }
        return put(cell.getRow(), cell.getColumn(), value);
    }

    private List<String> put(int row, int column, String value) {
        List<String> done = null;
        if (row != cellsRow) {
            done = finish();
            cells = new ArrayList<>();
            cellsRow = row;
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, TableReader.clean(value));
        return done;
    }

    /** The row collected so far, numbered as Excel shows it; null when there is none. */
    private List<String> finish() {
        List<String> done = cells;
        if (done != null) {
            rowNumber = cellsRow + 1;
        }
        cells = null;
        cellsRow = -1;
        return done;
    }

    private String number(double value, short style) {
        int format = style >= 0 && style < styleFormats.size() ? styleFormats.get(style) : 0;
        return Cells.isDateFormat(format, formatCodes.get(format)) ? Cells.date(value, date1904) : Cells.number(value);
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public String description() {
        return "Excel 97–2003 (.xls)";
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // Nothing was written; closing the file system below releases the file.
        }
        close(fs);
    }

    private static void close(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // Read-only: there is nothing to lose.
            }
        }
    }
}
