package ru.nastavnik.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Кто участник: обучающийся, студент, педагог, молодой специалист, представитель работодателя, "
        + "выпускник, родитель, руководитель")
public enum ParticipantKind {
    PUPIL, STUDENT, TEACHER, YOUNG_SPECIALIST, EMPLOYER, GRADUATE, PARENT, HEAD;

    /** Kinds whose age decides who may consent for them, so their birth date is needed with the consent. */
    public boolean mayBeMinor() {
        return this == PUPIL || this == STUDENT;
    }
}
