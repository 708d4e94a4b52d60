package ru.nastavnik.common.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A generated document handed to the browser as a download. */
public final class Attachment {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    private Attachment() {
    }

    /**
     * An attachment whose Russian file name survives every browser (RFC 6266), with {@code fallback} and the
     * file's extension for the clients that read only the plain ASCII name.
     */
    public static Response of(byte[] content, String type, String fileName, String fallback) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String extension = fileName.substring(fileName.lastIndexOf('.'));
        return Response.ok(content, type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + fallback + extension + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
