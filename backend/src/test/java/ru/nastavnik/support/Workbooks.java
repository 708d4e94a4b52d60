package ru.nastavnik.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Spreadsheet files for tests: the samples office software saved, and packages put together part by part. */
public final class Workbooks {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static final Pattern RUSSIAN_DATE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");

    private Workbooks() {
    }

    /** A sample file from src/test/resources/imports. */
    public static byte[] sample(String name) {
        try (InputStream in = Workbooks.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip of the given parts, in order: name, content, name, content… A part named "mimetype" is stored
     * uncompressed, as OpenDocument wants it first in the package.
     */
    public static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (entry.getName().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The smallest .xlsx Excel opens, as report generators write it: a workbook and one sheet with the given
     * {@code <sheetData>} content, no shared strings, no styles, no document properties. Extra parts (name, XML)
     * are added with their relationship from the workbook.
     */
    public static byte[] minimalXlsx(String sheetData, String workbookPr, String... extraParts) {
        StringBuilder rels = new StringBuilder("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        String[] parts = new String[10 + extraParts.length];
        for (int i = 0; i < extraParts.length; i += 2) {
            String name = extraParts[i];
            String type = name.contains("sharedStrings") ? "sharedStrings" : "styles";
            rels.append("<Relationship Id=\"rId").append(i + 2).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/").append(type).append("\" Target=\"").append(name)
                    .append("\"/>");
            parts[10 + i] = "xl/" + name;
            parts[11 + i] = extraParts[i + 1];
        }
        String[] base = {
            "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>",
            "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "xl/workbook.xml\"/></Relationships>",
            "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + workbookPr
                    + "<sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>",
            "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
                    + "\"><sheetData>" + sheetData + "</sheetData></worksheet>" };
        System.arraycopy(base, 0, parts, 0, base.length);
        return zip(parts);
    }

    /**
     * A table as a minimal .xlsx with typed cells and no styles: dd.mm.yyyy as ISO 8601 date cells ({@code t="d"}),
     * digits as numbers, ИСТИНА/ЛОЖЬ as booleans and everything else as inline strings.
     */
    public static byte[] inlineXlsx(List<List<String>> rows) {
        StringBuilder sheet = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String value = rows.get(r).get(c);
                if (c >= 26) {
                    throw new IllegalArgumentException("Up to 26 columns, A to Z");
                }
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                Matcher date = RUSSIAN_DATE.matcher(value);
                if (value.isEmpty()) {
                    continue;
                } else if (date.matches()) {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"d\"><v>").append(date.group(3)).append('-')
                            .append(date.group(2)).append('-').append(date.group(1)).append("T00:00:00</v></c>");
                } else if (value.matches("\\d+")) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
                } else if (value.equals("ИСТИНА") || value.equals("ЛОЖЬ")) {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"b\"><v>").append(value.equals("ИСТИНА") ? 1 : 0)
                            .append("</v></c>");
                } else {
                    sheet.append(inline(ref, value.replace("&", "&amp;").replace("<", "&lt;")));
                }
            }
            sheet.append("</row>");
        }
        return minimalXlsx(sheet.toString(), "");
    }

    /** An .xlsx saved with a password, as Excel does it: encrypted inside an OLE2 container. */
    public static byte[] withPassword(byte[] xlsx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An inline-string cell, the way generators without a shared-strings table write text. */
    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }
}
