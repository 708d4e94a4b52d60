package ru.nastavnik.portal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

@Path(PortalService.API)
@Tag(name = "Портал", description = PortalIndicatorResource.RULES)
@RolesAllowed(Role.PORTAL)
@Produces(MediaType.APPLICATION_JSON)
public class PortalIndicatorResource {

    static final String RULES = "API регионального портала образования, только чтение, версия 1. Токен — client"
            + " credentials клиента nastavnik-portal. Каждый ответ 200 несёт сильный ETag (SHA-256 байтов тела),"
            + " Cache-Control: private, max-age=300 и Last-Modified; запрос с If-None-Match и текущим ETag получает"
            + " 304 без тела. Списки: page (с нуля) и size (1–100, по умолчанию 50), порядок по неизменному ключу,"
            + " total — всего элементов. Малые числа: число от 1 до 4 скрыто (value нет, suppressed: true,"
            + " display: «менее 5»); если по скрытому числу и итогу его можно вычислить (единственное скрытое в"
            + " разбивке, где итог показан, или скрытый итог при показанных частях), скрывается и наименьшее другое"
            + " положительное число той же разбивки (display: «скрыто»), пока таких разбивок не останется — по"
            + " муниципалитетам региона, организациям муниципалитета и формам наставничества, одинаково во всех"
            + " ответах; доли и средние из скрытых чисел скрыты тоже.";

    @Inject
    PortalIndicatorService service;

    @Inject
    Conditional conditional;

    @Context
    HttpHeaders headers;

    @GET
    @Path("region/indicators")
    @Operation(summary = "Показатели региона за период против целевых значений, с разбивкой по муниципалитетам")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Показатели", content = @Content(
            schema = @Schema(implementation = PortalIndicatorsView.class),
            examples = @ExampleObject(name = "municipality", value = PortalExamples.INDICATORS)))
    public Response region(@BeanParam FiguresQuery q) {
        Dated<PortalIndicatorsView> d = service.region(q);
        return conditional.json(headers, d.body(), d.lastModified());
    }

    @GET
    @Path("municipalities/{municipalityId}/indicators")
    @Operation(summary = "Показатели муниципалитета за период против целевых значений, с разбивкой по организациям")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Показатели", content = @Content(
            schema = @Schema(implementation = PortalIndicatorsView.class),
            examples = @ExampleObject(name = "municipality", value = PortalExamples.INDICATORS)))
    public Response municipality(@PathParam("municipalityId") UUID municipalityId, @BeanParam FiguresQuery q) {
        Dated<PortalIndicatorsView> d = service.municipality(municipalityId, q);
        return conditional.json(headers, d.body(), d.lastModified());
    }

    @GET
    @Path("schools/{schoolId}/indicators")
    @Operation(summary = "Показатели организации за период против целевых значений",
            description = "Без разбивки по формам наставничества: у одной организации такие числа слишком малы.")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Показатели", content = @Content(
            schema = @Schema(implementation = PortalIndicatorsView.class),
            examples = @ExampleObject(name = "municipality", value = PortalExamples.INDICATORS)))
    public Response school(@PathParam("schoolId") UUID schoolId, @BeanParam FiguresQuery q) {
        Dated<PortalIndicatorsView> d = service.school(schoolId, q);
        return conditional.json(headers, d.body(), d.lastModified());
    }
}
