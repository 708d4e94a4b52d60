package ru.nastavnik.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Кто заполняет анкету: наставник, наставляемый, куратор, обе стороны пары")
public enum Audience {
    MENTOR, MENTEE, CURATOR, BOTH
}
