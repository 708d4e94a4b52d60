package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a roadmap's table as the seeds head them, shared by the exports and the upload: a file exported
 * from here or typed after a seed's table reads back the same.
 */
public final class RoadmapColumns {

    public static final String STAGE = "Этап";
    public static final String ACTIVITY = "Мероприятие";
    public static final String CONTENT = "Содержание";
    public static final String DEADLINE = "Срок";
    public static final String RESPONSIBLE = "Ответственные";
    public static final String RESULT = "Результат";
    public static final String DOCUMENT = "Документ";
    public static final String STATUS = "Состояние";
    public static final String NOTE = "Отметка о выполнении";

    public static final String[] STAGE_SYNONYMS = { "Наименование этапа", "Этап реализации", "Номер этапа" };
    public static final String[] ACTIVITY_SYNONYMS = { "Мероприятия", "Наименование мероприятия" };
    public static final String[] CONTENT_SYNONYMS = { "Содержание деятельности", "Содержания деятельности",
        "Содержание работы" };
    public static final String[] DEADLINE_SYNONYMS = { "Сроки", "Сроки реализации", "Срок исполнения",
        "Сроки исполнения", "Дата" };
    public static final String[] RESPONSIBLE_SYNONYMS = { "Ответственный", "Ответственные лица",
        "Ответственные исполнители", "Исполнитель" };
    public static final String[] RESULT_SYNONYMS = { "Ожидаемый результат", "Ключевой результат", "Результат/Документ",
        "Результат / документ", "Планируемый результат" };
    public static final String[] DOCUMENT_SYNONYMS = { "Итоговый документ", "Документ о результате",
        "Подтверждающий документ" };
    public static final String[] STATUS_SYNONYMS = { "Статус", "Выполнение" };

    private RoadmapColumns() {
    }

    /** What the export adds to a status: the day it was done, and the overdue flag. */
    private static final Pattern EXPORTED = Pattern.compile(
            "^(.*?)(?:\\s+(\\d{2}\\.\\d{2}\\.\\d{4}))?(?:\\s*,\\s*просрочено)?$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * A status as a file writes it: its label, or the code, as the export writes it too («выполнено 12.03.2027»,
     * «запланировано, просрочено»).
     */
    public static ItemStatus status(String cell) {
        Matcher m = EXPORTED.matcher(cell.strip().toLowerCase(Locale.ROOT).replace('ё', 'е'));
        String text = m.matches() ? m.group(1).strip() : cell.strip();
        for (ItemStatus s : ItemStatus.values()) {
            if (s.label.equals(text) || s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Состояние «" + cell.strip() + "» не распознано: запланировано,"
                + " выполняется, выполнено или отменено");
    }

    /** The day an exported status says the item was done («выполнено 12.03.2027»), or null. */
    public static LocalDate doneOn(String cell) {
        Matcher m = EXPORTED.matcher(cell.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(2) == null) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(2), DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Дата выполнения «" + m.group(2) + "» не существует");
        }
    }
}
