package ru.nastavnik.audit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Holds an audited endpoint in one transaction, which the services it calls join, and writes its entry at the end
 * of it: a call that fails leaves neither its change nor its entry, and one that succeeds leaves both. Runs before
 * {@code @Transactional} (PLATFORM_BEFORE + 200) so that it owns the transaction.
 *
 * <p>The address says where the entry belongs ({@code /api/schools/{id}}, {@code /api/municipalities/{id}},
 * {@code /api/regions/{id}}; otherwise the caller's own scope), the object (a resource just created, or the last
 * identifier in the address) and the person ({@code /participants/{id}}).
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuditInterceptor {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SCHOOL = Pattern.compile("^/api/schools/\\{(\\w+)}");
    private static final Pattern MUNICIPALITY = Pattern.compile("^/api/municipalities/\\{(\\w+)}");
    private static final Pattern REGION = Pattern.compile("^/api/regions/\\{(\\w+)}");
    private static final Pattern PARTICIPANT = Pattern.compile("/participants/\\{(\\w+)}");

    @Inject
    TransactionManager tm;

    @Inject
    AuditLog log;

    @AroundInvoke
    Object record(InvocationContext ctx) throws Exception {
        Audited audited = ctx.getMethod().getAnnotation(Audited.class);
        boolean owner = tm.getStatus() == Status.STATUS_NO_TRANSACTION;
        if (owner) {
            tm.begin();
        }
        try {
            Object result = ctx.proceed();
            if (succeeded(result)) {
                log.write(entry(ctx, audited, result));
            }
            if (owner) {
                if (tm.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    tm.rollback();
                } else {
                    tm.commit();
                }
            }
            return result;
        } catch (Exception | Error e) {
            if (owner && tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tm.rollback();
            }
            throw e;
        }
    }

    private static boolean succeeded(Object result) {
        int status = result instanceof Response r ? r.getStatus()
                : result instanceof RestResponse<?> r ? r.getStatus() : 200;
        return status < 400;
    }

    private static AuditLog.Entry entry(InvocationContext ctx, Audited audited, Object result) {
        Method method = ctx.getMethod();
        String template = template(method);
        Map<String, Object> params = pathParameters(method, ctx.getParameters());
        UUID created = createdId(result);
        UUID object = created;
        if (object == null) {
            Matcher names = PARAMETER.matcher(template);
            while (names.find()) {
                if (params.get(names.group(1)) instanceof UUID id) {
                    object = id;
                }
            }
        }
        AuditAction action = audited.value();
        UUID person = uuid(params, PARTICIPANT, template);
        if (person == null && action.objectType().equals("participant")) {
            person = object;
        }
        return new AuditLog.Entry(action, uuid(params, REGION, template), uuid(params, MUNICIPALITY, template),
                uuid(params, SCHOOL, template), object, person, audited.holder());
    }

    private static UUID uuid(Map<String, Object> params, Pattern where, String template) {
        Matcher m = where.matcher(template);
        return m.find() && params.get(m.group(1)) instanceof UUID id ? id : null;
    }

    private static String template(Method method) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String path = (type == null ? "" : type.value()) + (own == null ? "" : "/" + own.value());
        return path.replaceAll("/+", "/");
    }

    private static Map<String, Object> pathParameters(Method method, Object[] values) {
        Map<String, Object> params = new LinkedHashMap<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof PathParam p) {
                    params.put(p.value(), values[i]);
                }
            }
        }
        return params;
    }

    /** The id of what a creation answered with, if the answer is one (201) and names it. */
    private static UUID createdId(Object result) {
        Object entity = result instanceof Response r && r.getStatus() == 201 ? r.getEntity()
                : result instanceof RestResponse<?> r && r.getStatus() == 201 ? r.getEntity() : null;
        if (entity == null) {
            return null;
        }
        try {
            return entity.getClass().getMethod("id").invoke(entity) instanceof UUID id ? id : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
