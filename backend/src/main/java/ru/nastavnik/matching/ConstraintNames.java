package ru.nastavnik.matching;

import ru.nastavnik.matching.solver.HardConstraint;

/** The hard constraints as a refusal names them to the curator. */
final class ConstraintNames {

    private ConstraintNames() {
    }

    static String of(HardConstraint c) {
        return switch (c) {
            case MENTOR_FORM -> "наставник не подходит для этой формы (по категории участника или выбранным формам)";
            case MENTOR_ALREADY_ACTIVE -> "наставник уже ведёт пару (группу) этой формы или все его места заняты";
            case MENTEE_FORM -> "наставляемый не подходит для этой формы (по категории участника или желаемым формам)";
            case MENTEE_ALREADY_ACTIVE -> "наставляемый уже в паре (группе) этой формы";
            case SAME_PERSON -> "это один и тот же человек";
            case OTHER_SCHOOL -> "они из разных организаций";
            case EXCLUDED_PAIR -> "эту пару исключили из подбора";
            case MENTOR_NOT_OLDER -> "наставник не старше наставляемого (или возраст одного из них неизвестен)";
            case MENTOR_NOT_MORE_EXPERIENCED ->
                    "у наставника не больше опыта, чем у наставляемого (или его опыт неизвестен)";
        };
    }
}
