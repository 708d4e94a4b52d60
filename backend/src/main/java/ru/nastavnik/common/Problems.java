package ru.nastavnik.common;

import java.util.List;

import jakarta.ws.rs.core.Response;

public final class Problems {

    private Problems() {
    }

    public static String type(String kind) {
        return "urn:nastavnik:problem:" + kind;
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(RequestIds.current()))
                .build();
    }

    public static Response response(int status, String kind, String title, String detail, String instance,
            List<FieldError> errors) {
        return response(new Problem(type(kind), title, status, detail, instance, errors));
    }
}
