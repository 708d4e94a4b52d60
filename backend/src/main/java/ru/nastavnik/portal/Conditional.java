package ru.nastavnik.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The portal's answers as exact bytes with their validators: a strong ETag (SHA-256 of the body, so the same bytes
 * always give the same tag, on any instance), {@code If-None-Match} answered with 304 and no body, Last-Modified
 * from the latest recorded change of the data included, and a Cache-Control that lets the portal keep an answer for
 * {@value #MAX_AGE} seconds. {@code If-Modified-Since} is not evaluated: deletions and contingent corrections keep
 * no time, so only the ETag reliably tells a change.
 */
@ApplicationScoped
public class Conditional {

    static final int MAX_AGE = 300;

    /** Answers depend on the client's region, which the token names, not the address: only its own cache keeps them. */
    static final String CACHE_CONTROL = "private, max-age=" + MAX_AGE;

    @Inject
    ObjectMapper json;

    public Response json(HttpHeaders request, Object body, Instant lastModified) {
        try {
            return bytes(request, json.writeValueAsBytes(body), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"),
                    lastModified);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A portal answer could not be written", e);
        }
    }

    public Response bytes(HttpHeaders request, byte[] body, MediaType type, Instant lastModified) {
        String tag = tag(body);
        Response.ResponseBuilder answer = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)
                ? Response.notModified()
                : Response.ok(body, type);
        answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (lastModified != null) {
            answer.lastModified(Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS)));
        }
        return answer.build();
    }

    static String tag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110 §13.1.2: "*" or a list of tags, compared weakly (a W/ prefix does not matter for GET). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
