package ru.nastavnik.common;

import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The paging and sorting parameters every list endpoint takes. */
public class PageQuery {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Номер страницы, с нуля")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Размер страницы, от 1 до 100")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Поле и направление сортировки, например name,asc")
    public String sort;

    public Page toPage() {
        if (page < 0) {
            throw ApiException.invalid("page", "Номер страницы не может быть отрицательным");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.invalid("size", "Размер страницы должен быть от 1 до " + MAX_SIZE);
        }
        return Page.of(page, size);
    }

    /**
     * Resolves the requested sort against the fields a list allows (API name to JPQL path), so a client can never
     * sort by an arbitrary column. The id is always the last key, which keeps pages stable.
     */
    public Sort toSort(Map<String, String> allowed, String defaultField) {
        return toSort(allowed, defaultField, "id");
    }

    /** As {@link #toSort(Map, String)}, for queries whose root has an alias: the id path names it. */
    public Sort toSort(Map<String, String> allowed, String defaultField, String idPath) {
        String field = defaultField;
        Sort.Direction direction = Sort.Direction.Ascending;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].trim();
            if (parts.length > 2 || !allowed.containsKey(field)) {
                throw ApiException.invalid("sort", "Сортировка возможна по полям: " + String.join(", ", new java.util.TreeSet<>(allowed.keySet())));
            }
            if (parts.length == 2) {
                String dir = parts[1].trim().toLowerCase();
                if (dir.equals("desc")) {
                    direction = Sort.Direction.Descending;
                } else if (!dir.equals("asc")) {
                    throw ApiException.invalid("sort", "Направление сортировки: asc или desc");
                }
            }
        }
        return Sort.by(allowed.get(field), direction).and(idPath, Sort.Direction.Ascending);
    }
}
