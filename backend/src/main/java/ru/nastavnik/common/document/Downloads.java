package ru.nastavnik.common.document;

import jakarta.ws.rs.core.Response;

/** A generated document as an HTTP answer. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * An attachment whose Russian file name survives every browser, with an ASCII fallback named {@code fallback}
     * and the document's extension.
     */
    public static Response attachment(Document document, String fallback) {
        String name = document.fileName();
        String extension = name.substring(name.lastIndexOf('.'));
        String type = extension.equals(".pdf") ? Document.PDF : Document.DOCX;
        return ru.nastavnik.common.Downloads.file(Response.ok(document.content(), type), name, fallback + extension);
    }
}
