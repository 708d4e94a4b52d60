package ru.nastavnik.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** The API's own contract as it serves it, for tests that need to know what an input accepts. */
public final class Contract {

    private static volatile Map<String, Object> schemas;

    private Contract() {
    }

    /** A copy of the value keeping only what the named schema declares, nested objects and lists included. */
    public static Map<String, Object> cut(String schema, Map<String, Object> value) {
        return new HashMap<>(castMap(cutValue(Map.of("$ref", "#/components/schemas/" + schema), value)));
    }

    private static Object cutValue(Map<String, Object> schema, Object value) {
        Map<String, Object> resolved = resolve(schema);
        if (value instanceof Map<?, ?> map && resolved.get("properties") instanceof Map<?, ?> properties) {
            Map<String, Object> kept = new HashMap<>();
            map.forEach((k, v) -> {
                Object property = properties.get(k);
                if (property != null) {
                    kept.put((String) k, cutValue(castMap(property), v));
                }
            });
            return kept;
        }
        if (value instanceof List<?> list && resolved.get("items") instanceof Map<?, ?> items) {
            List<Object> kept = new ArrayList<>();
            list.forEach(v -> kept.add(cutValue(castMap(items), v)));
            return kept;
        }
        return value;
    }

    private static Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema;
        while (current.get("$ref") instanceof String ref) {
            current = castMap(schemas().get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        if (current.get("allOf") instanceof List<?> parts && current.get("properties") == null) {
            for (Object part : parts) {
                Map<String, Object> p = resolve(castMap(part));
                if (p.get("properties") != null || p.get("items") != null) {
                    return p;
                }
            }
        }
        return current;
    }

    private static Map<String, Object> schemas() {
        if (schemas == null) {
            JsonPath spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                    .jsonPath();
            schemas = spec.getMap("components.schemas");
        }
        return schemas;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
