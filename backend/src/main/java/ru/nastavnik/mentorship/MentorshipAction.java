package ru.nastavnik.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Действие, доступное сейчас: утвердить приказом, начать работу, завершить, прекратить, "
        + "продлить или сократить срок")
public enum MentorshipAction {
    APPROVE, ACTIVATE, COMPLETE, TERMINATE, RESCHEDULE
}
