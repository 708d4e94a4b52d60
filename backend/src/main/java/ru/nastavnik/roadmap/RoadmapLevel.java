package ru.nastavnik.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Чья дорожная карта: организации, муниципалитета или региона")
public enum RoadmapLevel {
    SCHOOL("организации"), MUNICIPALITY("муниципалитета"), REGION("региона");

    /** «Дорожная карта организации»: the owner in the genitive, as a title names it. */
    public final String ofOwner;

    RoadmapLevel(String ofOwner) {
        this.ofOwner = ofOwner;
    }

    /** The name a progress row and the database function use for a place of this level. */
    String place() {
        return switch (this) {
            case SCHOOL -> "school";
            case MUNICIPALITY -> "municipality";
            case REGION -> "region";
        };
    }
}
