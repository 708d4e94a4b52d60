package ru.nastavnik.common;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id that comes back in the X-Request-Id header and in every problem+json answer, and marks
 * every log line written while serving it, so that a user's report of a failure leads to its lines in the log. A
 * caller's own id (a proxy's or a script's) is kept when it is a plain token.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ContextLocals.put(KEY, id);
        MDC.put(KEY, id);
        context.response().putHeader(HEADER, id);
        context.addEndHandler(done -> MDC.remove(KEY));
        context.next();
    }

    /** The id of the request being served, or null outside a request (a background job). */
    public static String current() {
        Object logged = MDC.get(KEY);
        if (logged != null) {
            return logged.toString();
        }
        try {
            return ContextLocals.<String>get(KEY).orElse(null);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            return null;
        }
    }
}
