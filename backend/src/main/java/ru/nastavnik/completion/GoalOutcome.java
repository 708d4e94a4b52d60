package ru.nastavnik.completion;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The result recorded for one goal of the pair's programme. */
@Embeddable
public class GoalOutcome {

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalResult result;

    @Column(nullable = false)
    public String note = "";
}
