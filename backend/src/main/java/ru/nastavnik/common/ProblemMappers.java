package ru.nastavnik.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into RFC 9457 problem+json; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return Problems.response(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return Problems.response(400, "validation", "Проверьте заполнение полей", null, path(uri), errors);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.response(400, "validation", "Проверьте заполнение полей", null, path(uri),
                    List.of(new FieldError(JsonFields.path(mapping), JsonFields.message(mapping))));
        }
        return Problems.response(400, "malformed-request", "Некорректный запрос",
                "Тело запроса не является корректным JSON.", path(uri), null);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(Exception e, UriInfo uri) {
        return Problems.response(ApiException.staleVersion().toProblem(path(uri)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(Exception e, UriInfo uri) {
        return Response.fromResponse(Problems.response(401, "unauthorized", "Требуется вход в систему",
                "Передайте действующий токен доступа в заголовке Authorization.", path(uri), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "forbidden", "Недостаточно прав",
                "Ваша роль не позволяет выполнить это действие.", path(uri), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().getEntity() instanceof Problem problem) {
            return Problems.response(new Problem(problem.type(), problem.title(), status, problem.detail(),
                    path(uri), problem.errors()));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e instanceof NotFoundException) {
            return Problems.response(404, "not-found", "Не найдено", null, path(uri), null);
        }
        if (e instanceof NotAllowedException) {
            return Problems.response(405, "method-not-allowed", "Метод не поддерживается", null, path(uri), null);
        }
        if (e instanceof NotSupportedException) {
            return Problems.response(415, "unsupported-media-type", "Неподдерживаемый формат запроса",
                    "Передавайте данные в формате application/json.", path(uri), null);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return Problems.response(status, "internal", "Внутренняя ошибка сервера", null, path(uri), null);
        }
        return Problems.response(status, "http-" + status, "Запрос отклонён", e.getMessage(), path(uri), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseErrors.unreachable(e)) {
            return databaseUnavailable(e, uri);
        }
        LOG.error("Unexpected failure", e);
        return Problems.response(500, "internal", "Внутренняя ошибка сервера",
                "Запрос не выполнен, данные не изменены. Попробуйте позже.", path(uri), null);
    }

    /**
     * The database could not be reached (down, restarting, or no connection free in time): the request changed
     * nothing, and the same request will succeed once the database is back, so the client is told to retry.
     */
    @ServerExceptionMapper(JDBCConnectionException.class)
    public Response databaseUnavailable(Exception e, UriInfo uri) {
        LOG.warnf("Request %s failed, the database is unreachable: %s", path(uri), e.getMessage());
        return Response.fromResponse(Problems.response(503, "database-unavailable", "Сервис временно недоступен",
                "Нет связи с базой данных. Запрос не выполнен, данные не изменены; повторите его через несколько "
                        + "секунд.", path(uri), null))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * The field as the request names it: properties below the body parameter, dotted, with the index of a list's
     * element ("consent.givenBy", "goals[1].title"). A node inside a list carries the index of the element it is in.
     */
    private static String fieldName(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null && !properties.isEmpty()) {
                int last = properties.size() - 1;
                properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                properties.add(node.getName());
            } else if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? "body" : parameter;
    }
}
