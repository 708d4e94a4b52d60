package ru.nastavnik.common.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A generated document as an HTTP answer. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * An attachment whose Russian file name survives every browser (RFC 6266 with an ASCII fallback named
     * {@code fallback} and the document's extension).
     */
    public static Response attachment(Document document, String fallback) {
        String name = document.fileName();
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        String extension = name.substring(name.lastIndexOf('.'));
        String type = extension.equals(".pdf") ? Document.PDF : Document.DOCX;
        return Response.ok(document.content(), type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + fallback + extension + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
