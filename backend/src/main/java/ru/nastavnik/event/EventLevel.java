package ru.nastavnik.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Организатор мероприятия: организация, муниципалитет или регион")
public enum EventLevel {
    SCHOOL("организация"), MUNICIPALITY("муниципалитет"), REGION("регион");

    /** The organiser as a sentence names it: «его ведёт муниципалитет». */
    public final String organiser;

    EventLevel(String organiser) {
        this.organiser = organiser;
    }
}
