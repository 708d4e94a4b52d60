package ru.nastavnik.common.document;

import java.util.List;

/** A generated file and the name to save it under. */
public record Document(String fileName, byte[] content) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    /** A document as Word, under the name without its extension. */
    public static Document docx(String name, List<Block> blocks) {
        return new Document(safe(name) + ".docx", Docx.render(blocks));
    }

    /** The same document as PDF, titled as it is named. */
    public static Document pdf(String name, List<Block> blocks) {
        return new Document(safe(name) + ".pdf", Pdf.render(name, blocks));
    }

    /** "Приказ № 112-о_д от 01.09.2025": order numbers often hold a slash, which no file name may. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }
}
