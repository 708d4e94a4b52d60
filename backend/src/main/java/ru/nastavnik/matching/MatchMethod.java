package ru.nastavnik.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Как составлено предложение: OPTIMAL — больше всего наставляемых с наставником, затем наибольшая "
        + "сумма оценок (возможны блокирующие пары); STABLE — устойчивое: нет наставника и наставляемого, которые оба "
        + "предпочли бы друг друга предложенному (обычно чуть меньше баллов)")
public enum MatchMethod {
    OPTIMAL, STABLE
}
