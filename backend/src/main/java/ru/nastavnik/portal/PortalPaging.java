package ru.nastavnik.portal;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.PageQuery;

/**
 * Paging of the portal's lists. There is no choice of order: every list is ordered by a key that does not change
 * (named on each operation), so that walking the pages while data changes never shows an item twice or skips one
 * that was there all along.
 */
public class PortalPaging {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Номер страницы, с нуля")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(description = "Размер страницы, от 1 до 100")
    public int size;

    void check() {
        if (page < 0) {
            throw ApiException.invalid("page", "Номер страницы не может быть отрицательным");
        }
        if (size < 1 || size > PageQuery.MAX_SIZE) {
            throw ApiException.invalid("size", "Размер страницы должен быть от 1 до " + PageQuery.MAX_SIZE);
        }
    }
}
