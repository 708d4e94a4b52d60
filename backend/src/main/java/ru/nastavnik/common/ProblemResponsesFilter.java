package ru.nastavnik.common;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the problem+json answers that every operation can give, so clients can type their error handling. The
 * public fill-link operations need no account, so they never answer 401 or 403, but a link may be gone (410). Any
 * operation answers 503 with a Retry-After header while the database is unreachable.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> ALWAYS = new TreeMap<>(Map.of(
            "400", "Ошибка в данных запроса",
            "401", "Нет действующего токена доступа",
            "403", "Роль не позволяет это действие",
            "404", "Не найдено или вне области доступа",
            "503", "База данных недоступна, ничего не изменено: повторите запрос позже"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean open = path.startsWith("/api/fill/");
            item.getOperations().forEach((method, operation) -> {
                ALWAYS.forEach((code, description) -> {
                    if (!(open && (code.equals("401") || code.equals("403")))) {
                        problem(operation, code, description);
                    }
                });
                if (open) {
                    problem(operation, "410", "Ссылка использована, отозвана или её срок истёк");
                }
                if (method != PathItem.HttpMethod.GET) {
                    problem(operation, "409", "Конфликт: данные изменились или действие недопустимо");
                }
                operation.getResponses().getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                        .description("Через сколько секунд повторить запрос")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            });
        });
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
