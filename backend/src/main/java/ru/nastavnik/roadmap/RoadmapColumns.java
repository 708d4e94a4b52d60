package ru.nastavnik.roadmap;

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

    /** A status as a file writes it: its label, or the code. */
    public static ItemStatus status(String cell) {
        String text = cell.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
        for (ItemStatus s : ItemStatus.values()) {
            if (s.label.equals(text) || s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Состояние «" + cell.strip() + "» не распознано: запланировано,"
                + " выполняется, выполнено или отменено");
    }
}
