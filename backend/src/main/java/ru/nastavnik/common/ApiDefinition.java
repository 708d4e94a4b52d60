package ru.nastavnik.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Puts the error shape into the contract; {@link ProblemResponsesFilter} attaches it to every operation. */
@OpenAPIDefinition(info = @Info(title = "Nastavnik API", version = "0.1.0"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class ApiDefinition extends Application {
}
