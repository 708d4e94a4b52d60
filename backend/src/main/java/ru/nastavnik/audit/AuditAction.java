package ru.nastavnik.audit;

import static ru.nastavnik.audit.AuditCategory.CONSENT;
import static ru.nastavnik.audit.AuditCategory.EXPORT;
import static ru.nastavnik.audit.AuditCategory.PERSONAL_DATA;
import static ru.nastavnik.audit.AuditCategory.TRANSITION;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every action the audit trail records, by a stable code (the constant's name, stored in audit_event.action and
 * used by filters and by other systems reading an export), its Russian label and the type of the object it acts on.
 * A code is never renamed or reused: entries keep it for as long as they are kept.
 */
@Schema(description = "Код действия журнала")
public enum AuditAction {
    PARTICIPANT_CREATED("Участник добавлен", PERSONAL_DATA, "participant"),
    PARTICIPANT_UPDATED("Данные участника изменены", PERSONAL_DATA, "participant"),
    PARTICIPANT_DELETED("Участник удалён", PERSONAL_DATA, "participant"),
    CONSENT_GIVEN("Согласие оформлено", CONSENT, "consent"),
    CONSENT_WITHDRAWN("Согласие отозвано, персональные данные удалены", CONSENT, "participant"),
    CURATOR_CREATED("Куратор добавлен", PERSONAL_DATA, "curator"),
    CURATOR_UPDATED("Данные куратора изменены", PERSONAL_DATA, "curator"),
    CURATOR_DELETED("Куратор удалён", PERSONAL_DATA, "curator"),
    RESPONSE_RECORDED("Ответы анкеты внесены", PERSONAL_DATA, "questionnaire_response"),
    RESPONSE_FILLED_BY_LINK("Анкета заполнена по ссылке", PERSONAL_DATA, "fill_link"),
    FILL_LINK_ISSUED("Выдана ссылка на анкету", PERSONAL_DATA, "fill_link"),
    FILL_LINK_REVOKED("Ссылка на анкету отозвана", PERSONAL_DATA, "fill_link"),
    IMPORT_UPLOADED("Загружен файл с персональными данными", PERSONAL_DATA, "import_job"),
    MATCH_RUN_STARTED("Запущен подбор пар", PERSONAL_DATA, "match_run"),
    MATCH_RUN_ACCEPTED("Предложенные пары приняты", PERSONAL_DATA, "match_run"),
    MATCH_RUN_REJECTED("Предложение пары отклонено", PERSONAL_DATA, "match_run"),
    MATCH_RUN_SWAPPED("Состав предложенной пары изменён", PERSONAL_DATA, "match_run"),
    MATCH_RUN_METHOD_CHOSEN("Выбрано предложение подбора: оптимальное или устойчивое", PERSONAL_DATA, "match_run"),
    MATCH_EXCLUSION_ADDED("Запрет пары добавлен", PERSONAL_DATA, "match_exclusion"),
    MATCH_EXCLUSION_REMOVED("Запрет пары снят", PERSONAL_DATA, "match_exclusion"),
    MENTORSHIP_CREATED("Пара (группа) создана", PERSONAL_DATA, "mentorship"),
    MENTORSHIP_ACTIVATED("Пара (группа) начала работу", PERSONAL_DATA, "mentorship"),
    MENTORSHIP_RESCHEDULED("Срок работы пары изменён", PERSONAL_DATA, "mentorship"),
    MENTORSHIP_TERMINATED("Пара (группа) или участие в ней прекращены", PERSONAL_DATA, "mentorship"),
    MENTORSHIP_COMPLETED("Работа пары завершена, результаты внесены", PERSONAL_DATA, "mentorship"),
    ORDER_ISSUED("Издан приказ", PERSONAL_DATA, "school_order"),
    PROGRAMME_CREATED("Программа пары составлена", PERSONAL_DATA, "mentorship"),
    PROGRAMME_UPDATED("Программа пары изменена", PERSONAL_DATA, "mentorship"),
    PROGRAMME_AGREED("Программа пары согласована", PERSONAL_DATA, "mentorship"),
    PROGRAMME_ACTIVITY_ADDED("Мероприятие программы добавлено", PERSONAL_DATA, "programme_activity"),
    PROGRAMME_ACTIVITY_UPDATED("Мероприятие программы изменено", PERSONAL_DATA, "programme_activity"),
    PROGRAMME_ACTIVITY_DELETED("Мероприятие программы удалено", PERSONAL_DATA, "programme_activity"),
    DIARY_LINK_ISSUED("Выдана ссылка на дневник", PERSONAL_DATA, "diary_link"),
    DIARY_LINK_REVOKED("Ссылка на дневник отозвана", PERSONAL_DATA, "diary_link"),
    MEETING_RECORDED("Встреча записана в дневник", PERSONAL_DATA, "meeting"),
    MEETING_UPDATED("Запись дневника исправлена", PERSONAL_DATA, "meeting"),
    MEETING_DELETED("Запись дневника удалена", PERSONAL_DATA, "meeting"),
    ACTIVITY_PROGRESS_RECORDED("Отмечено выполнение мероприятия", PERSONAL_DATA, "programme_activity"),
    FEEDBACK_SCHEDULE_SET("Расписание обратной связи изменено", PERSONAL_DATA, "mentorship"),
    REWARD_CREATED("Награда внесена", PERSONAL_DATA, "reward"),
    REWARD_UPDATED("Награда изменена", PERSONAL_DATA, "reward"),
    REWARD_DELETED("Награда удалена", PERSONAL_DATA, "reward"),
    BEST_PRACTICE_CREATED("Практика внесена", PERSONAL_DATA, "best_practice"),
    BEST_PRACTICE_UPDATED("Практика изменена", PERSONAL_DATA, "best_practice"),
    BEST_PRACTICE_DELETED("Практика удалена", PERSONAL_DATA, "best_practice"),
    BEST_PRACTICE_ATTACHMENT_ADDED("Материал практики загружен", PERSONAL_DATA, "best_practice_attachment"),
    BEST_PRACTICE_ATTACHMENT_DELETED("Материал практики удалён", PERSONAL_DATA, "best_practice_attachment"),
    PUBLICATION_CONSENT_GIVEN("Согласие на публикацию оформлено", CONSENT, "best_practice"),
    PUBLICATION_CONSENT_WITHDRAWN("Согласие на публикацию отозвано", CONSENT, "best_practice"),
    BEST_PRACTICE_SUBMITTED("Практика отправлена в муниципалитет", TRANSITION, "best_practice"),
    BEST_PRACTICE_ACCEPTED("Практика включена в муниципальный банк", TRANSITION, "best_practice"),
    BEST_PRACTICE_RETURNED("Практика возвращена на доработку", TRANSITION, "best_practice"),
    BEST_PRACTICE_RECOMMENDED("Практика рекомендована в региональный банк", TRANSITION, "best_practice"),
    MENTOR_NOMINATION_CREATED("Наставник выдвинут в реестр (черновик)", PERSONAL_DATA, "mentor_nomination"),
    MENTOR_NOMINATION_UPDATED("Выдвижение наставника изменено", PERSONAL_DATA, "mentor_nomination"),
    MENTOR_CONSENT_GIVEN("Согласие наставника на публикацию в реестре оформлено", CONSENT, "mentor_nomination"),
    MENTOR_CONSENT_WITHDRAWN("Согласие наставника на публикацию в реестре отозвано", CONSENT, "mentor_nomination"),
    MENTOR_NOMINATION_SUBMITTED("Выдвижение наставника отправлено в муниципалитет", TRANSITION, "mentor_nomination"),
    MENTOR_NOMINATION_WITHDRAWN("Выдвижение наставника отозвано организацией", TRANSITION, "mentor_nomination"),
    MENTOR_NOMINATION_RETURNED("Выдвижение наставника возвращено на доработку", TRANSITION, "mentor_nomination"),
    MENTOR_INCLUDED_MUNICIPAL("Наставник включён в муниципальный реестр", TRANSITION, "mentor_nomination"),
    MENTOR_RECOMMENDED_REGIONAL("Наставник рекомендован в региональный реестр", TRANSITION, "mentor_nomination"),
    MENTOR_INCLUDED_REGIONAL("Наставник включён в региональный реестр", TRANSITION, "mentor_nomination"),
    MENTOR_DECLINED_REGIONAL("Регион отклонил включение наставника в региональный реестр", TRANSITION,
            "mentor_nomination"),
    EVENT_ENTRANT_ADDED("Участник заявлен в мероприятие", PERSONAL_DATA, "event_entrant"),
    EVENT_ENTRANT_REMOVED("Заявка участника мероприятия отозвана", PERSONAL_DATA, "event_entrant"),
    EVENT_RESULTS_RECORDED("Подведены итоги мероприятия", TRANSITION, "event"),
    REPORT_SUBMITTED("Отчёт мониторинга отправлен", TRANSITION, "report_campaign"),
    REPORT_ACCEPTED("Отчёт мониторинга принят", TRANSITION, "monitoring_report"),
    REPORT_RETURNED("Отчёт мониторинга возвращён на доработку", TRANSITION, "monitoring_report"),
    PARTICIPANTS_EXPORTED("Выгружен список участников", EXPORT, "school"),
    MENTORSHIPS_EXPORTED("Выгружен список пар", EXPORT, "school"),
    DIARY_EXPORTED("Выгружен дневник пары", EXPORT, "mentorship"),
    PROGRAMME_DOWNLOADED("Скачана программа пары", EXPORT, "mentorship"),
    COMPLETION_REPORT_DOWNLOADED("Скачан отчёт о завершении работы пары", EXPORT, "mentorship"),
    ORDER_DOWNLOADED("Скачан приказ", EXPORT, "school_order"),
    FEEDBACK_SHEET_PRINTED("Напечатан лист с QR-кодами обратной связи", EXPORT, "mentorship"),
    SCHOOL_FEEDBACK_SHEET_PRINTED("Напечатаны листы с QR-кодами организации", EXPORT, "school"),
    BEST_PRACTICE_ATTACHMENT_DOWNLOADED("Скачан материал практики", EXPORT, "best_practice_attachment"),
    IMPORT_REPORT_DOWNLOADED("Скачан отчёт о загрузке", EXPORT, "import_job"),
    AUDIT_EXPORTED("Выгружен журнал действий", EXPORT, "audit_event");

    private final String label;
    private final AuditCategory category;
    private final String objectType;

    AuditAction(String label, AuditCategory category, String objectType) {
        this.label = label;
        this.category = category;
        this.objectType = objectType;
    }

    public String label() {
        return label;
    }

    public AuditCategory category() {
        return category;
    }

    /** The type of the object the entry names (a table's name). */
    public String objectType() {
        return objectType;
    }
}
