package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.participant.MentoringForm;

@Path("/api/questionnaires")
@Tag(name = "Анкеты")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class QuestionnaireResource {

    @Inject
    QuestionnaireService service;

    @GET
    @Operation(summary = "Анкеты: встроенные, региональные и свои", description = "По умолчанию — последняя версия "
            + "каждой анкеты (latest=false — все версии). Сортировка: title, purpose, createdAt.")
    public TemplatePage list(@QueryParam("q") String q, @QueryParam("audience") Audience audience,
            @QueryParam("purpose") Purpose purpose, @QueryParam("form") MentoringForm form,
            @QueryParam("status") TemplateStatus status,
            @QueryParam("latest") @DefaultValue("true") boolean latest, @BeanParam PageQuery paging) {
        return service.list(q, audience, purpose, form, status, latest, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Версия анкеты")
    public TemplateView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Все версии анкеты, новые сначала")
    public List<TemplateView> versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }

    @POST
    @RolesAllowed({ Role.REGIONAL, Role.SCHOOL })
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Создать черновик анкеты (регион — для всего региона, организация — свою)")
    public RestResponse<TemplateView> create(@Valid @NotNull(message = "Передайте анкету") TemplateInput input,
            @Context UriInfo uri) {
        TemplateView template = service.create(input);
        return Created.in(uri, template.id(), template);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.REGIONAL, Role.SCHOOL })
    @Operation(summary = "Изменить черновик анкеты")
    public TemplateView update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте анкету") TemplateInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Role.REGIONAL, Role.SCHOOL })
    @Operation(summary = "Опубликовать черновик: версия замораживается, предыдущая выходит из употребления")
    public TemplateView publish(@PathParam("id") UUID id) {
        return service.publish(id);
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed({ Role.REGIONAL, Role.SCHOOL })
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Создать новую версию-черновик из этой версии",
            description = "Новая версия — отдельная анкета: Location указывает на неё.")
    public RestResponse<TemplateView> newVersion(@PathParam("id") UUID id, @Context UriInfo uri) {
        TemplateView version = service.newVersion(id);
        return Created.at(Created.path(uri, "/api/questionnaires/" + version.id()), version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Role.REGIONAL, Role.SCHOOL })
    @ResponseStatus(204)
    @Operation(summary = "Удалить черновик")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
