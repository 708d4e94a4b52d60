package ru.nastavnik.support;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import ru.nastavnik.common.table.TableFormat;
import ru.nastavnik.common.table.TableReader;
import ru.nastavnik.common.table.TableWriter;

/** Files as people make them (encodings, delimiters, workbooks), uploaded and watched through the API. */
public final class Imports {

    private Imports() {
    }

    /** A CSV file: rows joined with the delimiter, in the charset, with a UTF-8 byte order mark if asked. */
    public static byte[] csv(List<List<String>> rows, char delimiter, Charset charset, boolean bom) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(String.valueOf(delimiter), row.stream().map(cell -> quote(cell, delimiter))
                    .toList())).append("\r\n");
        }
        byte[] body = text.toString().getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    public static byte[] csv(List<List<String>> rows) {
        return csv(rows, ';', StandardCharsets.UTF_8, false);
    }

    /** An .xlsx workbook written by the same writer the exports use. */
    public static byte[] xlsx(List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableFormat.XLSX, out, "Лист1",
                rows.get(0).stream().map(String::valueOf).toList())) {
            for (List<?> row : rows.subList(1, rows.size())) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The rows of a file, read the way an upload is read. */
    public static List<List<String>> read(byte[] file) {
        try {
            Path tmp = Files.createTempFile("table", ".bin");
            try {
                Files.write(tmp, file);
                List<List<String>> rows = new ArrayList<>();
                try (TableReader reader = TableReader.open(tmp)) {
                    List<String> row;
                    while ((row = reader.next()) != null) {
                        rows.add(row);
                    }
                }
                return rows;
            } finally {
                Files.delete(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private static String quote(String cell, char delimiter) {
        if (cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static Response upload(String token, String kind, byte[] file, Map<String, ?> query) {
        return as(token).contentType("application/octet-stream").body(file).queryParams(query)
                .post("/api/imports/" + kind);
    }

    /** Uploads and waits for the job to finish; returns the finished job. */
    public static JsonPath run(String token, String kind, byte[] file, Map<String, ?> query) {
        Response r = upload(token, kind, file, query);
        r.then().statusCode(202);
        return await(token, r.jsonPath().getString("id"));
    }

    public static JsonPath await(String token, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = as(token).get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return job;
            }
            sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish in time");
    }

    public static JsonPath rows(String token, String id, String action) {
        RequestSpecification spec = as(token).queryParam("size", 100);
        if (action != null) {
            spec = spec.queryParam("action", action);
        }
        return spec.get("/api/imports/" + id + "/rows").then().statusCode(200).extract().jsonPath();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
