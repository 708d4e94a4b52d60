package ru.nastavnik.diary;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whether one mentee of the pair or group was at the meeting. */
@Embeddable
public class Attendance {

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public boolean present;
}
