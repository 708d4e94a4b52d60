package ru.nastavnik.matching.solver;

import java.util.UUID;

/**
 * A mentor and a mentee who are not proposed together but would both rather be: the mentee prefers the mentor to
 * what they got (or got nothing), and the mentor has room left or prefers the mentee to one of theirs.
 */
public record BlockingPair(UUID mentorId, UUID menteeId) {
}
