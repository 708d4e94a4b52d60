package ru.nastavnik.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a participant's consent to publish allows. */
@Schema(description = "Что разрешено публиковать: ANONYMOUS — практику без имени участника, NAME — с ФИО, "
        + "NAME_AND_PHOTO — с ФИО и с материалами (фото, документами), где участник виден или назван")
public enum Publication {
    ANONYMOUS("без имени"),
    NAME("с именем"),
    NAME_AND_PHOTO("с именем и фото");

    public final String label;

    Publication(String label) {
        this.label = label;
    }
}
