package ru.nastavnik.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Keycloak realm roles, strongest first: a user holding several acts with the strongest. */
@Schema(description = "Роль пользователя")
public enum Role {
    regional, municipal, school, portal;

    public static final String REGIONAL = "regional";
    public static final String MUNICIPAL = "municipal";
    public static final String SCHOOL = "school";
    public static final String PORTAL = "portal";
}
