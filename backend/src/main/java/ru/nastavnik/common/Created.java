package ru.nastavnik.common;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answer of an operation that creates: 201 with the new resource and its address in Location, which a client
 * can fetch again (the contract says so through {@link ProblemResponsesFilter}).
 */
public final class Created {

    private Created() {
    }

    /** The new resource is an item of the collection the request was posted to. */
    public static <T> RestResponse<T> in(UriInfo uri, UUID id, T entity) {
        return at(uri.getAbsolutePathBuilder().path(id.toString()).build(), entity);
    }

    public static <T> RestResponse<T> at(URI location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(entity).build();
    }

    /** An address under the API's root, for a resource that lives elsewhere than where it was posted. */
    public static URI path(UriInfo uri, String path) {
        return uri.getBaseUriBuilder().path(path).build();
    }
}
