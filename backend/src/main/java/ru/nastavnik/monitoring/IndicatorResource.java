package ru.nastavnik.monitoring;

import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;

@Path("/api/indicators")
@Tag(name = "Мониторинг")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class IndicatorResource {

    @GET
    @Operation(summary = "Показатели мониторинга с определениями: числитель, знаменатель, период")
    public List<IndicatorView> list() {
        return Stream.of(Indicator.values()).map(IndicatorView::of).toList();
    }
}
