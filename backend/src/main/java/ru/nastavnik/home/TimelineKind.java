package ru.nastavnik.home;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Вид записи хронологии: этап жизни пары, встреча, мероприятие программы, программа (составлена, "
        + "согласована, изменена), анкета, итоги работы")
public enum TimelineKind {
    LIFECYCLE, MEETING, ACTIVITY, PROGRAMME, FEEDBACK, COMPLETION
}
