package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Completed pairs, best practices through their review, and files to attach, set up through the API. */
public final class Recognition {

    private Recognition() {
    }

    public static String practices(UUID school) {
        return "/api/schools/" + school + "/best-practices";
    }

    public static String practice(UUID school, UUID id) {
        return practices(school) + "/" + id;
    }

    public static String municipal(UUID municipality) {
        return "/api/municipalities/" + municipality + "/best-practices";
    }

    public static String regional(UUID region) {
        return "/api/regions/" + region + "/best-practices";
    }

    public static String rewards(UUID school) {
        return "/api/schools/" + school + "/rewards";
    }

    /** A pair that was approved, worked and was completed today. */
    public static UUID completedPair(String token, UUID school) {
        UUID id = Pairs.approvedPair(token, school);
        finish(token, school, id);
        return id;
    }

    /** Activates and completes an approved pair. */
    public static void finish(String token, UUID school, UUID id) {
        String path = Pairs.mentorships(school) + "/" + id;
        as(token).body(Map.of("version", Pairs.version(token, school, id))).post(path + "/activate").then()
                .statusCode(200);
        Pairs.complete(token, school, id, Map.of());
    }

    public static Map<String, Object> proposal(UUID mentorship, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("mentorshipId", mentorship.toString());
        body.put("title", title);
        body.put("description", "Наставник и ученик вместе готовили проект по геометрии.");
        body.put("results", "Проект занял второе место на муниципальной конференции.");
        return body;
    }

    /** A draft practice of a fresh completed pair. */
    public static UUID draft(String token, UUID school) {
        UUID pair = completedPair(token, school);
        return UUID.fromString(as(token).body(proposal(pair, "Практика " + UUID.randomUUID().toString().substring(0, 6)))
                .post(practices(school)).then().statusCode(201).extract().path("id"));
    }

    public static JsonPath get(String token, UUID school, UUID id) {
        return as(token).get(practice(school, id)).then().statusCode(200).extract().jsonPath();
    }

    public static Map<String, Object> consentBody(String publication, String givenBy, String giverName) {
        return Map.of("publication", publication, "givenBy", givenBy, "giverName", giverName, "givenOn",
                LocalDate.now().toString(), "documentRef", "Согласие на публикацию № " + UUID.randomUUID().toString()
                        .substring(0, 4));
    }

    public static Response recordConsent(String token, UUID school, UUID id, String participant,
            Map<String, Object> body) {
        return as(token).body(body).put(practice(school, id) + "/consents/" + participant);
    }

    /** Every participant consents as the rules want it: a minor through a parent, an adult personally. */
    public static void consentAll(String token, UUID school, UUID id, String publication) {
        JsonPath practice = get(token, school, id);
        List<Map<String, Object>> participants = practice.getList("participants");
        for (Map<String, Object> p : participants) {
            boolean minor = Boolean.TRUE.equals(p.get("minor"));
            recordConsent(token, school, id, (String) p.get("participantId"), consentBody(publication,
                    minor ? "PARENT" : "SELF", minor ? "Родитель " + p.get("fullName") : (String) p.get("fullName")))
                    .then().statusCode(200);
        }
    }

    public static Response submit(String token, UUID school, UUID id) {
        int version = get(token, school, id).getInt("version");
        return as(token).body(Map.of("version", version)).post(practice(school, id) + "/submit");
    }

    /** A draft with everyone's consent, submitted to the municipality. */
    public static UUID submitted(String token, UUID school, String publication) {
        UUID id = draft(token, school);
        consentAll(token, school, id, publication);
        submit(token, school, id).then().statusCode(200);
        return id;
    }

    /** The coordinator of the school's municipality decides: accept, return or recommend. */
    public static Response review(String coordinator, UUID municipality, UUID id, String action, String comment) {
        int version = as(coordinator).get(municipal(municipality) + "/" + id).then().statusCode(200).extract()
                .path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return as(coordinator).body(body).post(municipal(municipality) + "/" + id + "/" + action);
    }

    /** Attaches a file as the SPA and curl do: the bytes as the body, the name as a query parameter. */
    public static Response attach(String token, UUID school, UUID id, byte[] content, String fileName,
            String... people) {
        var spec = RestAssured.given().auth().oauth2(token).contentType("application/octet-stream").body(content)
                .queryParam("fileName", fileName);
        if (people.length > 0) {
            spec.queryParam("people", (Object[]) people);
        }
        return spec.post(practice(school, id) + "/attachments");
    }

    public static byte[] pdf(int size) {
        return padded("%PDF-1.7\n", size);
    }

    public static byte[] png(int size) {
        byte[] head = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
        byte[] content = new byte[Math.max(size, head.length)];
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    public static byte[] jpeg(int size) {
        byte[] content = new byte[Math.max(size, 4)];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        content[3] = (byte) 0xE0;
        return content;
    }

    /** A ZIP package with the given entries: a .docx when it has a Word document part. */
    public static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    private static byte[] padded(String head, int size) {
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[Math.max(size, start.length)];
        System.arraycopy(start, 0, content, 0, start.length);
        return content;
    }
}
