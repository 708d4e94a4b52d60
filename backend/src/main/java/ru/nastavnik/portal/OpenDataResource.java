package ru.nastavnik.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.monitoring.FiguresQuery;

/** The indicators as an open-data set (набор открытых данных): the file, its passport and its structure. */
@Path(PortalService.API + "/opendata")
@Tag(name = "Портал")
@RolesAllowed(Role.PORTAL)
public class OpenDataResource {

    static final MediaType CSV = MediaType.valueOf("text/csv; charset=UTF-8");

    @Inject
    OpenData openData;

    @Inject
    Conditional conditional;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("indicators.csv")
    @Produces("text/csv")
    @Operation(summary = "Набор открытых данных: показатели региона, муниципалитетов и организаций за период",
            description = "CSV в UTF-8 без BOM, разделитель — запятая, поля с запятой, кавычкой или переводом строки"
                    + " — в двойных кавычках, первая строка — имена полей (structure.csv), числа с точкой, строки"
                    + " CRLF. Период — как у показателей (year, half, asOf). Малые числа скрыты так же, как в ответах"
                    + " портала: пустое значение, suppressed = true, note = «менее 5» или «скрыто».")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Набор данных", content = @Content(mediaType = "text/csv",
            schema = @Schema(implementation = String.class),
            examples = @ExampleObject(name = "rows", value = PortalExamples.CSV)))
    public Response indicators(@BeanParam FiguresQuery q) {
        Dated<byte[]> d = openData.indicators(q);
        return conditional.bytes(headers, d.body(), CSV, d.lastModified());
    }

    @GET
    @Path("structure.csv")
    @Produces("text/csv")
    @Operation(summary = "Структура набора открытых данных: поле, описание по-английски и по-русски, формат")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Структура", content = @Content(mediaType = "text/csv",
            schema = @Schema(implementation = String.class), examples = @ExampleObject(name = "structure",
                    value = "field name,english description,russian description,format\r\n"
                            + "indicator,Indicator code,Код показателя,Строка\r\n")))
    public Response structure() {
        Dated<byte[]> d = openData.structure();
        return conditional.bytes(headers, d.body(), CSV, d.lastModified());
    }

    @GET
    @Path("passport")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Паспорт набора открытых данных")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Паспорт", content = @Content(
            schema = @Schema(implementation = OpenDataPassport.class),
            examples = @ExampleObject(name = "passport", value = PortalExamples.PASSPORT)))
    public Response passport() {
        Dated<OpenDataPassport> d = openData.passport(base());
        return conditional.json(headers, d.body(), d.lastModified());
    }

    @GET
    @Path("passport.csv")
    @Produces("text/csv")
    @Operation(summary = "Паспорт набора открытых данных таблицей «свойство — значение» (meta.csv методики)")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Паспорт", content = @Content(mediaType = "text/csv",
            schema = @Schema(implementation = String.class), examples = @ExampleObject(name = "passport",
                    value = "property,value\r\nidentifier,6905000000-mentoring-indicators\r\n")))
    public Response passportCsv() {
        Dated<byte[]> d = openData.passportCsv(base());
        return conditional.bytes(headers, d.body(), CSV, d.lastModified());
    }

    private String base() {
        return uri.getBaseUri().resolve(PortalService.API.substring(1)).toString();
    }
}
