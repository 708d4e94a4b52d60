package ru.nastavnik.matching;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.participant.MentoringForm;

/**
 * A municipal coordinator matches adults across the municipality's schools, so that a mentor of one school can
 * support a young specialist of another; forms with minors stay with the schools.
 */
@Path("/api/municipalities/{municipalityId}/match-runs")
@Tag(name = "Подбор пар")
@RolesAllowed(Role.MUNICIPAL)
public class MunicipalMatchRunResource {

    @Inject
    MatchRunService service;

    @GET
    @Operation(summary = "Муниципалитет: подборы пар, новые первыми", description = "Сортировка: createdAt, form, status.")
    public MatchRunPage list(@PathParam("municipalityId") UUID scopeId, @QueryParam("form") MentoringForm form,
            @QueryParam("status") MatchRunStatus status, @BeanParam PageQuery paging) {
        return service.list(MatchScope.municipality(scopeId), form, status, paging);
    }

    @Audited(AuditAction.MATCH_RUN_STARTED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Запустить муниципальный подбор пар (только формы, где обе стороны — взрослые)",
            description = "Подбор считается сразу и сохраняется: точный оптимум (больше всего наставляемых с "
                    + "наставником, затем наибольшая сумма оценок), объяснение каждой пары, наставляемые без пары с "
                    + "причиной и число блокирующих пар. Те же данные дают тот же результат.")
    public RestResponse<MatchRunDetail> create(@PathParam("municipalityId") UUID scopeId,
            @Valid @NotNull(message = "Передайте параметры подбора") MatchRunInput input, @Context UriInfo uri) {
        MatchRunDetail run = service.create(MatchScope.municipality(scopeId), input);
        return Created.in(uri, run.run().id(), run);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Подбор пар с предложениями, их объяснениями и наставляемыми без пары")
    public MatchRunDetail get(@PathParam("municipalityId") UUID scopeId, @PathParam("id") UUID id) {
        return service.get(MatchScope.municipality(scopeId), id);
    }

    @Audited(AuditAction.MATCH_RUN_ACCEPTED)
    @POST
    @Path("{id}/accept")
    @Operation(summary = "Принять предложения: они станут предложенными парами, ждущими приказа",
            description = "Все или ни одного: если предложение больше не подходит, ответ 409 с причиной.")
    public MatchRunDetail accept(@PathParam("municipalityId") UUID scopeId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Выберите предложения") MatchAcceptInput input) {
        return service.accept(MatchScope.municipality(scopeId), id, input);
    }

    @Audited(AuditAction.MATCH_RUN_REJECTED)
    @POST
    @Path("{id}/reject")
    @Operation(summary = "Отклонить предложения; при exclude — и не предлагать эти пары в следующих подборах")
    public MatchRunDetail reject(@PathParam("municipalityId") UUID scopeId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Выберите предложения") MatchRejectInput input) {
        return service.reject(MatchScope.municipality(scopeId), id, input);
    }

    @Audited(AuditAction.MATCH_RUN_SWAPPED)
    @POST
    @Path("{id}/swap")
    @Operation(summary = "Обменять наставляемых двух предложений",
            description = "Обе новые пары проверяются по всем жёстким правилам и получают новые оценки и "
                    + "объяснения; число блокирующих пар пересчитывается.")
    public MatchRunDetail swap(@PathParam("municipalityId") UUID scopeId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Выберите два предложения") MatchSwapInput input) {
        return service.swap(MatchScope.municipality(scopeId), id, input);
    }

    @POST
    @Path("{id}/method")
    @Audited(AuditAction.MATCH_RUN_METHOD_CHOSEN)
    @Operation(summary = "Выбрать, какое из двух предложений подбора рассматривать: оптимальное или устойчивое",
            description = "Подбор составляет оба. Выбор можно менять до первого решения по рассматриваемому "
                    + "предложению (принятия, отклонения, обмена); после него — 409.")
    public MatchRunDetail choose(@PathParam("municipalityId") UUID scopeId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Выберите предложение") MatchMethodInput input) {
        return service.choose(MatchScope.municipality(scopeId), id, input);
    }
}
