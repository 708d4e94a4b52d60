package ru.nastavnik.participant;

import ru.nastavnik.common.table.Vocabulary;

/**
 * Column headers and value labels of participants in tables, shared by the export of the list and the import, so
 * that an exported file can be edited and uploaded back.
 */
public final class ParticipantColumns {

    public static final String EXTERNAL_ID = "Внешний код";
    public static final String FULL_NAME = "ФИО";
    public static final String KIND = "Категория";
    public static final String MENTOR = "Наставник";
    public static final String MENTEE = "Наставляемый";
    public static final String CONSENT_STATUS = "Согласие";
    public static final String BIRTH_DATE = "Дата рождения";
    public static final String GRADE_OR_POSITION = "Класс, группа или должность";
    public static final String SUBJECT = "Предмет";
    public static final String EXPERIENCE = "Стаж, лет";
    public static final String EMAIL = "Электронная почта";
    public static final String PHONE = "Телефон";
    public static final String COMPETENCIES = "Компетенции наставника";
    public static final String CAPACITY = "Сколько наставляемых одновременно";
    public static final String AVAILABILITY = "Когда свободен";
    public static final String FORMS_ACCEPTED = "Формы наставничества";
    public static final String TRAINING = "Подготовка наставника";
    public static final String CERTIFICATE = "Сертификат";
    public static final String REQUESTS = "С чем нужна помощь";
    public static final String DIFFICULTIES = "Трудности";
    public static final String DESIRED_FORMS = "Желаемые формы";
    public static final String CONSENT_GIVEN_BY = "Кто дал согласие";
    public static final String CONSENT_GIVER = "ФИО давшего согласие";
    public static final String CONSENT_DATE = "Дата согласия";
    public static final String CONSENT_SCOPE = "Цели и объём обработки";
    public static final String CONSENT_DOCUMENT = "Реквизиты документа согласия";

    public static final Vocabulary<ParticipantKind> KINDS = new Vocabulary<ParticipantKind>()
            .add(ParticipantKind.PUPIL, "Обучающийся", "Ученик", "Учащийся", "Школьник")
            .add(ParticipantKind.STUDENT, "Студент", "Обучающийся СПО")
            .add(ParticipantKind.TEACHER, "Педагог", "Учитель", "Преподаватель")
            .add(ParticipantKind.YOUNG_SPECIALIST, "Молодой специалист", "Молодой педагог")
            .add(ParticipantKind.EMPLOYER, "Представитель работодателя", "Работодатель")
            .add(ParticipantKind.GRADUATE, "Выпускник")
            .add(ParticipantKind.PARENT, "Родитель", "Законный представитель")
            .add(ParticipantKind.HEAD, "Руководитель", "Директор", "Заместитель директора");

    public static final Vocabulary<ConsentGiver> GIVERS = new Vocabulary<ConsentGiver>()
            .add(ConsentGiver.SELF, "Сам участник", "Сам", "Сама", "Участник", "Лично")
            .add(ConsentGiver.PARENT, "Родитель", "Мать", "Отец", "Мама", "Папа")
            .add(ConsentGiver.GUARDIAN, "Законный представитель", "Опекун", "Попечитель");

    public static final Vocabulary<MentoringForm> FORMS = new Vocabulary<MentoringForm>()
            .add(MentoringForm.PUPIL_PUPIL, "Ученик — ученик", "Ученик-ученик")
            .add(MentoringForm.TEACHER_TEACHER, "Учитель — учитель", "Учитель-учитель", "Педагог — педагог")
            .add(MentoringForm.TEACHER_PUPIL, "Учитель — ученик", "Учитель-ученик")
            .add(MentoringForm.STUDENT_PUPIL, "Студент — ученик", "Студент-ученик")
            .add(MentoringForm.STUDENT_STUDENT, "Студент — студент", "Студент-студент")
            .add(MentoringForm.EMPLOYER_PUPIL, "Работодатель — ученик", "Работодатель-ученик")
            .add(MentoringForm.EMPLOYER_STUDENT, "Работодатель — студент", "Работодатель-студент")
            .add(MentoringForm.HEAD_TEACHER, "Руководитель — педагог", "Руководитель-педагог")
            .add(MentoringForm.COLLEGE_TEACHER_YOUNG_TEACHER, "Педагог колледжа — молодой педагог");

    public static final Vocabulary<TrainingStatus> TRAINING_STATUSES = new Vocabulary<TrainingStatus>()
            .add(TrainingStatus.NONE, "Не обучен", "Нет")
            .add(TrainingStatus.IN_PROGRESS, "Обучается")
            .add(TrainingStatus.TRAINED, "Обучен", "Обучена", "Прошёл обучение")
            .add(TrainingStatus.CERTIFIED, "Сертифицирован", "Сертифицирована");

    public static final Vocabulary<ConsentStatus> CONSENT_STATUSES = new Vocabulary<ConsentStatus>()
            .add(ConsentStatus.VALID, "Согласие есть")
            .add(ConsentStatus.NONE, "Нет согласия")
            .add(ConsentStatus.WITHDRAWN, "Согласие отозвано");

    private ParticipantColumns() {
    }
}
