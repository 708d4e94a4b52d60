package ru.nastavnik.imports;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;

/**
 * Receiving an upload: its size refused while it streams in, the file read as a table, the job created and handed to
 * the worker. The imports' own endpoints and those of features whose files go through the imports (a roadmap's
 * rows) all come here, so that every upload has the same limits, dry run and row report.
 */
@ApplicationScoped
public class ImportUploads {

    @Inject
    ImportService service;

    @Inject
    ImportRunner runner;

    @Inject
    ImportLimits limits;

    @Inject
    Caller caller;

    /** The rows of a roadmap's table, into the roadmap: 202 with the job, whose report is at Location. */
    public Response roadmap(InputStream body, ImportResource.UploadParams params, UUID roadmapId) {
        return accept(ImportKind.ROADMAP, body, params, null, roadmapId);
    }

    Response accept(ImportKind kind, InputStream body, ImportResource.UploadParams params, UUID questionnaireId,
            UUID roadmapId) {
        if (params.contentType != null && params.contentType.toLowerCase().startsWith("multipart/")) {
            throw new ApiException(415, "unsupported-media-type", "Передайте файл телом запроса",
                    "Файл отправляется как есть, а не формой: curl --data-binary @файл.csv.", null);
        }
        if (params.contentLength != null && params.contentLength > limits.maxFileSize()) {
            throw Upload.tooLarge(limits.maxFileSize());
        }
        ImportOptions options = new ImportOptions(kind, params.dryRun, params.allOrNothing, questionnaireId,
                roadmapId);
        String key = params.idempotencyKey == null || params.idempotencyKey.isBlank() ? null
                : params.idempotencyKey.strip();
        if (key != null && key.length() > 200) {
            throw ApiException.invalid("Idempotency-Key", "Ключ идемпотентности — не длиннее 200 символов");
        }
        Upload upload = Upload.receive(body, limits.maxFileSize());
        ImportService.Created created;
        try {
            created = service.create(options, upload, params.fileName, key);
        } catch (RuntimeException e) {
            upload.delete();
            throw e;
        }
        if (created.isNew()) {
            runner.submit(new ImportRunner.Ticket(created.job().id(), options, upload.file(), caller.role(),
                    caller.regionId(), caller.municipalityId(), caller.schoolId(), caller.username()));
        } else {
            upload.delete();
        }
        return Response.accepted(created.job()).location(URI.create("/api/imports/" + created.job().id())).build();
    }
}
