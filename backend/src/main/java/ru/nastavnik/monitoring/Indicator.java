package ru.nastavnik.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The built-in monitoring indicators, with their definitions as the API and the UI show them. The counting itself is
 * V19's {@code monitoring_figures_periods} (V17's rules, one call for several periods); these words are its
 * specification, so a change of one is a change of both.
 *
 * <p>Common rules. A person is <b>involved</b> in the period when they are the mentor or a mentee (not removed from
 * the group before the period began) of a pair or group that is approved by an order dated by the period's end, not
 * proposed and not terminated (APPROVED, ACTIVE or COMPLETED), started — or, not yet started, planned to start — by
 * the period's end and, if completed, completed on or after its first day. Each person counts once however many
 * pairs they are in, in the school they belong to. Denominators come from the contingent of the academic year the
 * period belongs to; a school without one for that year is left out of both numerator and denominator and reported,
 * and when no school of the kind has one the figure is "no data", never 0 %.
 */
@Schema(description = "Показатель мониторинга")
public enum Indicator {

    PUPILS_GENERAL(IndicatorUnit.PERCENT, true,
            "Обучающиеся общеобразовательных организаций, вовлечённые в наставничество",
            "Обучающиеся (категория «Обучающийся») общеобразовательных организаций — наставники или наставляемые пар и"
                    + " групп, работавших в периоде; каждый один раз",
            "Число обучающихся общеобразовательных организаций по контингенту учебного года"),
    YOUNG_TEACHERS(IndicatorUnit.PERCENT, true,
            "Молодые педагоги (до 35 лет в первые три года работы), вовлечённые в наставничество",
            "Участники категории «Молодой специалист» любых организаций — наставники или наставляемые пар и групп,"
                    + " работавших в периоде; каждый один раз. Возраст и стаж по карточке не проверяются: молодым"
                    + " специалистом участника отмечает куратор",
            "Число молодых педагогов по контингенту учебного года"),
    PUPILS_ADDITIONAL(IndicatorUnit.PERCENT, true,
            "Обучающиеся организаций дополнительного образования, вовлечённые в наставничество",
            "Обучающиеся организаций дополнительного образования — наставники или наставляемые пар и групп,"
                    + " работавших в периоде; каждый один раз",
            "Число обучающихся организаций дополнительного образования по контингенту учебного года. Обучающиеся"
                    + " кружков при школах не входят: по карточкам участников их не отличить от остальных"),
    TEACHERS(IndicatorUnit.PERCENT, true,
            "Педагоги, вовлечённые в наставничество",
            "Участники категорий «Педагог» и «Молодой специалист» — наставники или наставляемые пар и групп,"
                    + " работавших в периоде; каждый один раз",
            "Число педагогов по контингенту учебного года"),
    COLLEGE_STUDENTS(IndicatorUnit.COUNT, false,
            "Студенты колледжей, вовлечённые в наставничество",
            "Студенты колледжей (СПО) — наставники или наставляемые пар и групп, работавших в периоде; каждый один"
                    + " раз",
            null),
    EFFECTIVE_PAIRS(IndicatorUnit.PERCENT, false,
            "Результативные пары и группы",
            "Пары и группы, завершённые в периоде с итогом «Результативно»",
            "Пары и группы, завершённые в периоде (в том числе без записанного итога)"),
    MENTOR_SATISFACTION(IndicatorUnit.SCORE, false,
            "Удовлетворённость наставников",
            "Средний балл шкальных вопросов итоговой анкеты наставника: для каждого ответившего — его последняя анкета"
                    + " периода, среднее её оценок; затем среднее по ответившим",
            "Наставники, заполнившие итоговую анкету в периоде"),
    MENTEE_SATISFACTION(IndicatorUnit.SCORE, false,
            "Удовлетворённость наставляемых",
            "Средний балл шкальных вопросов итоговой анкеты наставляемого: для каждого ответившего — его последняя"
                    + " анкета периода, среднее её оценок; затем среднее по ответившим",
            "Наставляемые, заполнившие итоговую анкету в периоде"),
    MENTEE_IMPACT(IndicatorUnit.CHANGE, false,
            "Изменения у наставляемых по самооценке",
            "Сумма изменений самооценки наставляемых пар и групп, завершённых в периоде (не выбывших до"
                    + " завершения); каждый наставляемый один раз, по последней завершённой в периоде паре. Входная"
                    + " самооценка — первая анкета с начала работы пары до дня перед завершением, а если такой нет —"
                    + " последняя до начала; итоговая — последняя анкета, если она позже входной. Изменение"
                    + " наставляемого — среднее по шкальным вопросам, на которые он ответил оба раза, разности"
                    + " «итоговая минус входная»; стёртые анкеты (согласие отозвано) не используются",
            "Наставляемые завершённых в периоде пар, у которых есть и входная, и итоговая самооценка"),
    MENTORS_TRAINED(IndicatorUnit.PERCENT, false,
            "Наставники, прошедшие обучение",
            "Наставники пар и групп, работавших в периоде, с отметкой «Обучен» или «Сертифицирован» в профиле"
                    + " наставника (отметка на сегодня: дата обучения не хранится)",
            "Наставники пар и групп, работавших в периоде"),
    MENTORS_CERTIFIED(IndicatorUnit.PERCENT, false,
            "Наставники с сертификатом",
            "Наставники пар и групп, работавших в периоде, с отметкой «Сертифицирован» в профиле наставника (отметка"
                    + " на сегодня)",
            "Наставники пар и групп, работавших в периоде"),
    BEST_PRACTICES(IndicatorUnit.COUNT, false,
            "Лучшие практики, принятые муниципалитетом",
            "Лучшие практики, принятые в муниципальный банк в периоде (и, возможно, затем рекомендованные региону)",
            null),
    REWARDS(IndicatorUnit.COUNT, false,
            "Награды участников",
            "Награды наставников и наставляемых с датой награждения в периоде",
            null);

    /** How the period is read for every indicator; the half-years are those of {@link Period}. */
    public static final String PERIOD = "Учебный год — с 1 сентября по 31 августа; I полугодие — с 1 сентября по"
            + " 31 января, II полугодие — с 1 февраля по 31 августа. С датой среза период заканчивается этой датой."
            + " Знаменатель — контингент учебного года, к которому относится период.";

    public final IndicatorUnit unit;
    /** Whether the denominator is the contingent, so that a missing contingent means "no data". */
    public final boolean fromContingent;
    public final String title;
    public final String numerator;
    public final String denominator;

    Indicator(IndicatorUnit unit, boolean fromContingent, String title, String numerator, String denominator) {
        this.unit = unit;
        this.fromContingent = fromContingent;
        this.title = title;
        this.numerator = numerator;
        this.denominator = denominator;
    }
}
