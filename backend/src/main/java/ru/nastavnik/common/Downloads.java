package ru.nastavnik.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Answers that a browser saves as a file. */
public final class Downloads {

    private Downloads() {
    }

    /** The file under its name, with the type the answer already has and that browsers must not second-guess. */
    public static Response file(Response.ResponseBuilder builder, String fileName) {
        return builder.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The same, with the plain ASCII name given for the clients that read only that one. */
    public static Response file(Response.ResponseBuilder builder, String fileName, String asciiName) {
        return builder.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName, asciiName))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** A file name that survives Cyrillic in every browser: RFC 6266 filename* with an ASCII fallback. */
    public static String disposition(String fileName) {
        return disposition(fileName, fileName.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    private static String disposition(String fileName, String asciiName) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
