package ru.nastavnik.event;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

/**
 * The endpoints of events, the same at each level: a school's, a municipality's and the region's resources differ
 * only in their path and level. The caller acts at the level of the address (403 otherwise); who may change what is
 * the service's rule.
 */
public abstract class EventEndpoints {

    @Inject
    EventService service;

    abstract EventLevel level();

    @GET
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Мероприятия: свои и уровней выше (организации — её, муниципалитета и региона)",
            description = "Фильтры: вид, состояние, период (from, to: мероприятие, хотя бы один день которого в"
                    + " периоде), поиск q по названию и описанию. Сортировка: startsOn (по умолчанию новые сначала),"
                    + " endsOn, title, createdAt.")
    public EventView.Page list(@PathParam("id") UUID placeId, @QueryParam("kind") EventKind kind,
            @QueryParam("status") EventStatus status,
            @Parameter(description = "С даты (ГГГГ-ММ-ДД)") @QueryParam("from") LocalDate from,
            @Parameter(description = "По дату (ГГГГ-ММ-ДД)") @QueryParam("to") LocalDate to,
            @QueryParam("q") String q, @BeanParam PageQuery paging) {
        return service.list(level(), placeId, new EventService.Filter(kind, status, from, to, q), paging);
    }

    @POST
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Объявить мероприятие с номинациями")
    public RestResponse<EventView> create(@PathParam("id") UUID placeId,
            @Valid @NotNull(message = "Передайте мероприятие") EventInput input, @Context UriInfo uri) {
        EventView created = service.create(level(), placeId, input);
        return Created.in(uri, created.id(), created);
    }

    @GET
    @Path("{eventId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Мероприятие")
    public EventView get(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId) {
        return service.get(level(), placeId, eventId);
    }

    @PUT
    @Path("{eventId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Изменить мероприятие и его номинации", description = "Только организатор; с версией."
            + " Номинацию, в которой есть участники, удалить нельзя.")
    public EventView update(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull(message = "Передайте мероприятие") EventInput input) {
        return service.update(level(), placeId, eventId, input);
    }

    @POST
    @Path("{eventId}/cancel")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Отменить мероприятие", description = "Только объявленное, без итогов; с версией.")
    public EventView cancel(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull(message = "Передайте версию") VersionInput input) {
        return service.cancel(level(), placeId, eventId, input);
    }

    @DELETE
    @Path("{eventId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Удалить мероприятие с заявками", description = "Только без итогов (иначе 409).")
    public void delete(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId) {
        service.delete(level(), placeId, eventId);
    }

    @GET
    @Path("{eventId}/entrants")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Участники мероприятия с итогами: победители, призёры, остальные",
            description = "Вне своей организации имя наставника — только с согласием на публикацию.")
    public EntrantView.Listing entrants(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId) {
        return service.entrants(level(), placeId, eventId);
    }

    @POST
    @Path("{eventId}/entrants")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Audited(AuditAction.EVENT_ENTRANT_ADDED)
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Заявить участника: наставника, пару или практику",
            description = "Организация заявляет своих; организатор-муниципалитет или регион — опубликованные практики"
                    + " своих организаций. Пока мероприятие объявлено.")
    public RestResponse<EntrantView> addEntrant(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull(message = "Передайте участника") EntrantInput input, @Context UriInfo uri) {
        EntrantView created = service.addEntrant(level(), placeId, eventId, input);
        return Created.in(uri, created.id(), created);
    }

    @GET
    @Path("{eventId}/entrants/{entrantId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Участник мероприятия")
    public EntrantView entrant(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId,
            @PathParam("entrantId") UUID entrantId) {
        return service.entrant(level(), placeId, eventId, entrantId);
    }

    @DELETE
    @Path("{eventId}/entrants/{entrantId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Audited(AuditAction.EVENT_ENTRANT_REMOVED)
    @Operation(summary = "Отозвать заявку", description = "Организация участника или организатор; только без итога.")
    public void removeEntrant(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId,
            @PathParam("entrantId") UUID entrantId) {
        service.removeEntrant(level(), placeId, eventId, entrantId);
    }

    @PUT
    @Path("{eventId}/results")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Audited(AuditAction.EVENT_RESULTS_RECORDED)
    @Operation(summary = "Подвести итоги: итог, место и номинация каждого названного участника",
            description = "Только организатор, после начала мероприятия; с версией мероприятия и каждого участника."
                    + " Победителю и призёру вносится награда в его организации (у пары — наставнику и"
                    + " наставляемым); другой итог заменяет её.")
    public EntrantView.Listing results(@PathParam("id") UUID placeId, @PathParam("eventId") UUID eventId,
            @Valid @NotNull(message = "Передайте итоги") ResultsInput input) {
        return service.recordResults(level(), placeId, eventId, input);
    }
}
