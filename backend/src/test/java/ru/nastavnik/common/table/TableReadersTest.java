package ru.nastavnik.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.support.Workbooks.MAIN;
import static ru.nastavnik.support.Workbooks.inline;
import static ru.nastavnik.support.Workbooks.minimalXlsx;
import static ru.nastavnik.support.Workbooks.sample;
import static ru.nastavnik.support.Workbooks.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import ru.nastavnik.support.Workbooks;

/** Each format's reader on the cells that are easy to get wrong, and on files it must refuse. */
class TableReadersTest {

    private static final List<String> HEADER = List.of("Внешний код", "Фамилия", "Имя", "Отчество", "Категория",
            "Роль в программе", "Наставляемый", "Дата рождения", "Класс, группа или должность", "Стаж, лет", "Телефон",
            "С чем нужна помощь", "Кто дал согласие", "ФИО давшего согласие", "Дата согласия",
            "Цели и объём обработки", "Реквизиты документа согласия");

    /** Each row as "number: cells", so that a test sees the row numbers people see in their program. */
    private static List<String> read(byte[] file) {
        return read(file, null);
    }

    private static List<String> read(byte[] file, String[] description) {
        try {
            Path tmp = Files.createTempFile("table", ".bin");
            try {
                Files.write(tmp, file);
                List<String> rows = new ArrayList<>();
                try (TableReader reader = TableReader.open(tmp)) {
                    List<String> row;
                    while ((row = reader.next()) != null) {
                        rows.add(reader.rowNumber() + ": " + row);
                    }
                    if (description != null) {
                        description[0] = reader.description();
                    }
                }
                return rows;
            } finally {
                Files.delete(tmp);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void workbooksLibreOfficeSavedReadCellForCellAsTheSameTable() {
        List<String> expected = List.of(
                "1: " + HEADER,
                "2: [1001, Смирнов, Артём, Олегович, Обучающийся, наставляемый, да, 2012-03-15, 7 «Б», , , "
                        + "Математика; Подготовка к ОГЭ и ЕГЭ, Родитель, Смирнова Ольга Ивановна, 2025-09-01, "
                        + "Участие в программе наставничества, Заявление № 17]",
                "3: [1002, Ёлкина, Дарья, , Педагог, Наставник, нет, 1985-11-02, Учитель математики, 12, "
                        + "+7 916 123-45-67, , Сам участник, Ёлкина Дарья, 2025-09-01, "
                        + "Участие в программе наставничества, Заявление № 18]");
        Map<String, String> formats = Map.of("participants.xlsx", "Excel (.xlsx)", "participants.xls",
                "Excel 97–2003 (.xls)", "participants.ods", "OpenDocument (.ods)");
        formats.forEach((file, format) -> {
            String[] description = new String[1];
            assertThat(read(sample(file), description)).as(file).isEqualTo(expected);
            assertThat(description[0]).isEqualTo(format);
        });
    }

    @Test
    void anXlsxWithInlineStringsAndNeitherStylesNorSharedStringsReads() {
        byte[] file = minimalXlsx("<row r=\"1\">" + inline("A1", "ФИО") + inline("B1", "Стаж") + inline("C1", "Дата")
                + inline("D1", "Да/нет") + "</row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">Ёлкина </t></r><r><rPr><b/>"
                + "</rPr><t>Дарья</t></r><rPh sb=\"0\" eb=\"1\"><t>ヨ</t></rPh></is></c><c r=\"B2\"><v>12</v></c>"
                + "<c r=\"C2\" t=\"d\"><v>1985-11-02T00:00:00</v></c><c r=\"D2\" t=\"b\"><v>1</v></c></row>"
                + "<row r=\"3\">" + inline("A3", " ") + "</row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>  первая_x000D_\nвторая  </t></is></c>"
                + "<c r=\"C5\" t=\"str\"><f>B2&amp;\"\"</f><v>из формулы</v></c><c r=\"D5\" t=\"e\"><v>#N/A</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>без адресов</t></is></c><c><v>3.50</v></c><c><v>1E-3</v></c>"
                + "<c><v>45901</v></c></row>", "");
        assertThat(read(file)).containsExactly(
                "1: [ФИО, Стаж, Дата, Да/нет]",
                "2: [Ёлкина Дарья, 12, 1985-11-02, да]",
                "5: [первая\r\nвторая, , из формулы, ]",
                "6: [без адресов, 3.5, 0.001, 45901]");
    }

    @Test
    void xlsxNumbersAreDatesByTheirStyleAndSharedStringsComeInAnyOrder() {
        int count = 20_000;
        StringBuilder sst = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
        for (int i = 0; i < count; i++) {
            sst.append(i == 7 ? "<si><r><t>Семь </t></r><r><t>и ещё</t></r></si>" : "<si><t>Участник № " + i + "</t></si>");
        }
        sst.append("</sst>");
        String styles = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"DD.MM.YYYY;@\"/></numFmts><cellXfs count=\"4\"><xf numFmtId=\"0\"/>"
                + "<xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"10\"/></cellXfs></styleSheet>";
        String dates = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45901</v></c><c r=\"B1\" s=\"2\"><v>45901.75</v></c>"
                + "<c r=\"C1\" s=\"3\"><v>0.15</v></c><c r=\"D1\" s=\"0\"><v>45901</v></c>"
                + "<c r=\"E1\" t=\"s\"><v>" + (count - 1) + "</v></c><c r=\"F1\" t=\"s\"><v>7</v></c></row>";
        StringBuilder rows = new StringBuilder(dates);
        for (int i = 0; i < count - 1; i += 97) {
            rows.append("<row r=\"").append(i + 2).append("\"><c r=\"A").append(i + 2).append("\" t=\"s\"><v>").append(i)
                    .append("</v></c></row>");
        }
        List<String> read = read(minimalXlsx(rows.toString(), "", "styles.xml", styles, "sharedStrings.xml",
                sst.toString()));
        assertThat(read.get(0)).isEqualTo("1: [2025-09-01, 2025-09-01, 0.15, 45901, Участник № 19999, Семь и ещё]");
        assertThat(read.get(1)).isEqualTo("2: [Участник № 0]");
        int last = (count - 2) / 97 * 97;
        assertThat(read.get(read.size() - 1)).isEqualTo((last + 2) + ": [Участник № " + last + "]");

        List<String> in1904 = read(minimalXlsx("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44439</v></c></row>",
                "<workbookPr date1904=\"1\"/>", "styles.xml", styles));
        assertThat(in1904).containsExactly("1: [2025-09-01]");

        byte[] dangling = minimalXlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>", "", "sharedStrings.xml",
                "<sst xmlns=\"" + MAIN + "\"><si><t>один</t></si></sst>");
        assertThatThrownBy(() -> read(dangling)).isInstanceOf(TableException.class)
                .hasMessageContaining("ссылка на несуществующую строку");
    }

    @Test
    void anOdsRepeatsCellsAndRowsButNotItsPaddingAndKeepsTheTextAsTyped() {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:spreadsheet>
                <table:table table:name="Лист1"><table:table-column table:number-columns-repeated="6"/>
                <table:table-header-rows><table:table-row>
                  <table:table-cell office:value-type="string"><text:p>Текст</text:p></table:table-cell>
                  <table:table-cell office:value-type="string"><text:p>Число</text:p></table:table-cell>
                  <table:table-cell office:value-type="string"><text:p>Дата</text:p></table:table-cell>
                  <table:table-cell office:value-type="string"><text:p>Да/нет</text:p></table:table-cell>
                  <table:table-cell office:value-type="string"><text:p>Доля</text:p></table:table-cell>
                </table:table-row></table:table-header-rows>
                <table:table-row>
                  <table:table-cell office:value-type="string"><text:p>Ёлкина<text:s text:c="2"/><text:span>Дарья</text:span><text:line-break/>Петровна</text:p><text:p>вторая<text:tab/>строка</text:p><office:annotation>
                    <dc:creator>Завуч</dc:creator><text:p>заметка на полях</text:p></office:annotation></table:table-cell>
                  <table:table-cell office:value-type="float" office:value="0.1"><text:p>0,1</text:p></table:table-cell>
                  <table:table-cell office:value-type="date" office:date-value="2025-09-01T10:30:00"><text:p>01.09.25</text:p></table:table-cell>
                  <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>ИСТИНА</text:p></table:table-cell>
                  <table:table-cell office:value-type="percentage" office:value="0.15"><text:p>15%</text:p></table:table-cell>
                </table:table-row>
                <table:table-row table:number-rows-repeated="2">
                  <table:table-cell office:value-type="string"><text:p>повтор</text:p></table:table-cell>
                  <table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell>
                  <table:table-cell table:number-columns-repeated="1020"/>
                </table:table-row>
                <table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                <table:table-row>
                  <table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>объединённая</text:p></table:table-cell>
                  <table:covered-table-cell office:value-type="string"><text:p>под ней</text:p></table:covered-table-cell>
                  <table:table-cell table:number-columns-repeated="2"/>
                  <table:table-cell office:value-type="currency" office:currency="RUB" office:value="1500.50"><text:p>1 500,50 ₽</text:p></table:table-cell>
                  <table:table-cell table:number-columns-repeated="16000"/>
                </table:table-row>
                <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
                </table:table>
                <table:table table:name="Лист2"><table:table-row><table:table-cell office:value-type="string"><text:p>другой лист</text:p></table:table-cell></table:table-row></table:table>
                </office:spreadsheet></office:body></office:document-content>""";
        byte[] file = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", content);
        assertThat(read(file)).containsExactly(
                "1: [Текст, Число, Дата, Да/нет, Доля]",
                "2: [Ёлкина  Дарья\nПетровна\nвторая\tстрока, 0.1, 2025-09-01, да, 0.15]",
                "3: [повтор, 7, 7, 7]",
                "4: [повтор, 7, 7, 7]",
                "1005: [объединённая, , , , 1500.5]");
        byte[] mimetypeNotFirst = zip("content.xml", content, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        assertThat(read(mimetypeNotFirst)).hasSize(5);
    }

    @Test
    void anXlsWorkbookGivesDatesNumbersAndFormulaResultsAsExcelShowsThem() throws IOException {
        byte[] file;
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle russian = book.createCellStyle();
            russian.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle builtIn = book.createCellStyle();
            builtIn.setDataFormat((short) 14);
            Sheet sheet = book.createSheet("Участники");
            Row header = sheet.createRow(0);
            List.of("ФИО", "Стаж", "Дата", "Встроенная дата", "Да/нет", "Сумма", "Склейка", "Сравнение", "Ошибка")
                    .forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("Ёлкина Дарья");
            row.createCell(1).setCellValue(12);
            Cell date = row.createCell(2);
            date.setCellValue(java.time.LocalDate.of(1985, 11, 2));
            date.setCellStyle(russian);
            Cell other = row.createCell(3);
            other.setCellValue(java.time.LocalDate.of(2025, 9, 1));
            other.setCellStyle(builtIn);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellFormula("0.1+0.2");
            row.createCell(6).setCellFormula("\"на\"&\"ставник\"");
            row.createCell(7).setCellFormula("2>1");
            row.createCell(8).setCellErrorValue(FormulaError.NA.getCode());
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.createSheet("Второй").createRow(0).createCell(0).setCellValue("не читается");
            book.write(out);
            file = out.toByteArray();
        }
        String[] description = new String[1];
        assertThat(read(file, description)).containsExactly(
                "1: [ФИО, Стаж, Дата, Встроенная дата, Да/нет, Сумма, Склейка, Сравнение, Ошибка]",
                "4: [Ёлкина Дарья, 12, 1985-11-02, 2025-09-01, да, 0.3, наставник, да, ]");
        assertThat(description[0]).isEqualTo("Excel 97–2003 (.xls)");
    }

    @Test
    void filesWithAPasswordAreRefusedSayingSo() throws IOException {
        byte[] xls;
        Biff8EncryptionKey.setCurrentUserPassword("секрет");
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet().createRow(0).createCell(0).setCellValue("ФИО");
            book.write(out);
            xls = out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        byte[] xlsx = Workbooks.withPassword(sample("participants.xlsx"), "секрет");
        byte[] ods = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "META-INF/manifest.xml",
                "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                        + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\"/>"
                        + "</manifest:file-entry></manifest:manifest>",
                "content.xml", "\u0001\u0002 not xml");
        for (byte[] file : List.of(xls, xlsx, ods)) {
            assertThatThrownBy(() -> read(file)).isInstanceOf(TableException.class)
                    .hasMessageStartingWith("Файл защищён паролем");
        }
    }

    @Test
    void whatIsNotASpreadsheetIsRefusedWithTheReason() throws IOException {
        byte[] word;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            word = out.toByteArray();
        }
        byte[] excel95;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Book");
            fs.writeFilesystem(out);
            excel95 = out.toByteArray();
        }
        byte[] text = zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>");
        byte[] docx = zip("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<w:document xmlns:w=\"urn:w\"/>");
        byte[] bomb = minimalXlsx("<row r=\"1\">" + inline("A1", "ФИО") + "</row>" + " ".repeat(40 * 1024 * 1024), "");
        Map<byte[], String> refused = Map.of(
                word, "не книга Excel (.xls)",
                excel95, "Excel 5.0/95",
                text, "не таблица",
                docx, "не книга Excel (.xlsx)",
                zip("notes.txt", "hello"), "не книга Excel (.xlsx)",
                bomb, "распаковывается в слишком большой объём",
                minimalXlsx("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", ""), "столбцов больше",
                minimalXlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", ""), "нет таблицы строк");
        refused.forEach((file, message) -> assertThatThrownBy(() -> read(file)).as(message)
                .isInstanceOf(TableException.class).hasMessageContaining(message));
    }

    @Test
    void excelSerialDaysAndBinaryNumbersComeOutAsPeopleSeeThem() {
        assertThat(Cells.date(45901, false)).isEqualTo("2025-09-01");
        assertThat(Cells.date(44439, true)).isEqualTo("2025-09-01");
        assertThat(Cells.date(-1, false)).isEqualTo("-1");
        assertThat(Cells.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Cells.number(79161234567d)).isEqualTo("79161234567");
        assertThat(Cells.number("1.50E+2")).isEqualTo("150");
        assertThat(Cells.number("abc")).isNull();
        assertThat(Cells.number("1E+999999999")).isEqualTo("1E+999999999");
        assertThat(Cells.isoDate("2012-03-15T00:00:00Z")).isEqualTo("2012-03-15");
        assertThat(Cells.isDateFormat(164, "[$-419]DD MMMM YYYY")).isTrue();
        assertThat(Cells.isDateFormat(165, "0.00\" дн.\"")).isFalse();
        assertThat(XlsxTableReader.column("AB12")).isEqualTo(27);
        assertThat(XlsxTableReader.resolve("xl/", "../customXml/item1.xml")).isEqualTo("customXml/item1.xml");
        assertThat(XlsxTableReader.resolve("xl/", "/xl/worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxTableReader.decode("a_x005F_x000D_b_x000A_")).isEqualTo("a_x000D_b\n");
    }
}
