package ru.nastavnik.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Как пара появилась: куратор составил её сам или принял предложение подбора пар")
public enum MentorshipOrigin {
    MANUAL, MATCHING
}
