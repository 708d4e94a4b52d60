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

    /** A file name that survives Cyrillic in every browser: RFC 6266 filename* with an ASCII fallback. */
    public static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
