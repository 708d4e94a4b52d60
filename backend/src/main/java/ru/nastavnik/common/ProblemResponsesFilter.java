package ru.nastavnik.common;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem+json answers that every operation can give, so clients can type their error handling. The
 * public operations of personal links (fill links, the mentor's diary) need no account, so they never answer 401 (and
 * 403 only to the regional portal's token, which reaches nothing but its own API), but a link may be gone (410). Any
 * operation answers 503 with a Retry-After header while the database is unreachable.
 * Operations marked {@link #CREATED} are documented as they answer: 201 with the new resource, and its address in
 * Location unless the mark says the resource has none the caller may read.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** The mark of an operation that creates; its value is {@link #WITH_LOCATION} or {@link #WITHOUT_LOCATION}. */
    public static final String CREATED = "x-created";
    public static final String WITH_LOCATION = "location";
    public static final String WITHOUT_LOCATION = "no-location";

    /**
     * The mark of a read answered conditionally (ru.nastavnik.portal.Conditional): a strong ETag, Cache-Control and
     * Last-Modified on 200, and 304 without a body when If-None-Match names the current ETag.
     */
    public static final String CONDITIONAL = "x-conditional";

    /** The public link operations by their path's start, with what their 410 means. */
    private static final Map<String, String> GONE = Map.of(
            "/api/fill/", "Ссылка использована, отозвана или её срок истёк",
            "/api/diary/", "Ссылка отозвана, её срок истёк или работа пары завершена");

    private static final Map<String, String> ALWAYS = new TreeMap<>(Map.of(
            "400", "Ошибка в данных запроса",
            "401", "Нет действующего токена доступа",
            "403", "Роль не позволяет это действие",
            "404", "Не найдено или вне области доступа",
            "503", "База данных недоступна, ничего не изменено: повторите запрос позже"));

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    /**
     * Declares the address's parameters an operation does not: endpoints inherited from a shared class (the roadmaps
     * of a school, a municipality and the region) take {id} from the class's path, which the scan leaves out.
     */
    private static void pathParameters(String path, PathItem item, Operation operation) {
        Matcher m = TEMPLATE.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            if (!declared(item.getParameters(), name) && !declared(operation.getParameters(), name)) {
                operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")));
            }
        }
    }

    private static boolean declared(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream()
                .anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.PATH);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            String gone = GONE.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            boolean open = gone != null;
            item.getOperations().forEach((method, operation) -> {
                pathParameters(path, item, operation);
                created(operation);
                conditional(operation);
                ALWAYS.forEach((code, description) -> {
                    if (!(open && (code.equals("401") || code.equals("403")))) {
                        problem(operation, code, description);
                    }
                });
                if (open) {
                    problem(operation, "403", "С токеном регионального портала: он читает только /api/portal/v1 и"
                            + " /api/me");
                    problem(operation, "410", gone);
                }
                if (method != PathItem.HttpMethod.GET) {
                    problem(operation, "409", "Конфликт: данные изменились или действие недопустимо");
                }
                operation.getResponses().getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                        .description("Через сколько секунд повторить запрос")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
                sortByCode(operation);
            });
        });
    }

    private static void created(Operation operation) {
        Object mark = operation.getExtensions() == null ? null : operation.getExtensions().get(CREATED);
        if (mark == null) {
            return;
        }
        operation.removeExtension(CREATED);
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        APIResponse created = OASFactory.createAPIResponse().description("Создано")
                .content(ok == null ? null : ok.getContent());
        if (WITH_LOCATION.equals(mark)) {
            created.addHeader("Location", OASFactory.createHeader().required(true)
                    .description("Адрес созданного ресурса: GET по нему возвращает то же, что этот ответ")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        }
        operation.getResponses().removeAPIResponse("200");
        operation.getResponses().addAPIResponse("201", created);
    }

    private static void conditional(Operation operation) {
        if (operation.getExtensions() == null || operation.getExtensions().get(CONDITIONAL) == null) {
            return;
        }
        operation.removeExtension(CONDITIONAL);
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        ok.addHeader("ETag", OASFactory.createHeader().required(true)
                .description("Сильный ETag: SHA-256 точных байтов тела ответа. Тот же ответ — тот же ETag")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        ok.addHeader("Cache-Control", OASFactory.createHeader().required(true)
                .description("private, max-age=300: ответ зависит от региона клиента")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        ok.addHeader("Last-Modified", OASFactory.createHeader()
                .description("Последнее записанное изменение данных ответа; нет, если изменений не записано")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Не изменилось: If-None-Match содержит текущий ETag. Без тела")
                .addHeader("ETag", OASFactory.createHeader().required(true)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
    }

    /** Success first, then the problems in the order of their codes, however the annotations listed them. */
    private static void sortByCode(Operation operation) {
        Map<String, APIResponse> sorted = new TreeMap<>(operation.getResponses().getAPIResponses());
        sorted.keySet().forEach(operation.getResponses()::removeAPIResponse);
        sorted.forEach(operation.getResponses()::addAPIResponse);
    }

    private static void problem(Operation operation, String code, String description) {
        var existing = operation.getResponses().getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }
}
