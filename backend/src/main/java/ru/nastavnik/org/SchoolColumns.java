package ru.nastavnik.org;

import ru.nastavnik.common.table.Vocabulary;

/** Column headers and value labels of schools in tables, shared by the export of the list and the import. */
public final class SchoolColumns {

    public static final String INN = "ИНН";
    public static final String FULL_NAME = "Полное наименование";
    public static final String SHORT_NAME = "Краткое наименование";
    public static final String KIND = "Тип организации";
    public static final String MUNICIPALITY = "Муниципалитет";
    public static final String OKTMO = "ОКТМО муниципалитета";
    public static final String ADDRESS = "Адрес";
    public static final String WEBSITE = "Сайт";
    public static final String ARCHIVED = "В архиве";
    public static final String YEAR = "Учебный год";
    public static final String PUPILS = "Обучающихся";
    public static final String TEACHERS = "Педагогов";
    public static final String YOUNG_TEACHERS = "Молодых педагогов";
    public static final String ADDITIONAL_PUPILS = "Обучающихся доп. образования";

    public static final Vocabulary<SchoolKind> KINDS = new Vocabulary<SchoolKind>()
            .add(SchoolKind.GENERAL, "Общеобразовательная", "Школа", "Общеобразовательная организация", "ОО")
            .add(SchoolKind.COLLEGE, "СПО (колледж)", "СПО", "Колледж", "Техникум",
                    "Профессиональная образовательная организация")
            .add(SchoolKind.ADDITIONAL, "Дополнительное образование", "Дополнительного образования", "ДО",
                    "Организация дополнительного образования")
            .add(SchoolKind.PRESCHOOL, "Дошкольная", "Детский сад", "ДОУ", "Дошкольная образовательная организация");

    private SchoolColumns() {
    }
}
