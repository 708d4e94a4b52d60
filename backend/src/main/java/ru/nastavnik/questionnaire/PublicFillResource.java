package ru.nastavnik.questionnaire;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.ProblemResponsesFilter;

/** No account is needed here: the link's secret is the credential, and it opens one questionnaire only. */
@Path("/api/fill/{token}")
@Tag(name = "Заполнение по ссылке")
@PermitAll
public class PublicFillResource {

    @Inject
    PublicFillService service;

    @GET
    @Operation(summary = "Анкета по личной ссылке")
    public FillFormView open(@PathParam("token") String token) {
        return service.open(token);
    }

    @Audited(value = AuditAction.RESPONSE_FILLED_BY_LINK, holder = "участник по ссылке на анкету")
    @POST
    @ResponseStatus(201)
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITHOUT_LOCATION)
    @Operation(summary = "Отправить ответы по личной ссылке (один раз)",
            description = "Ответ 201 без Location: заполнивший не читает сохранённую анкету, её видит только организация.")
    public FillReceipt submit(@PathParam("token") String token,
            @Valid @NotNull(message = "Передайте ответы") FillSubmission submission) {
        return service.submit(token, submission);
    }
}
