package ru.nastavnik.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stages of the programme's funnel, with their definitions as the API and the UI show them. The counting is
 * V19's {@code monitoring_figures_periods}; these words are its specification. Each stage counts distinct persons —
 * mentors and mentees alike, in the school they belong to — and only those who passed every stage before it, so
 * that the funnel never widens.
 */
@Schema(description = "Этап воронки программы наставничества")
public enum FunnelStage {

    CONSENTED("С согласием",
            "Участники, у которых на последний день периода действует согласие на обработку персональных данных"
                    + " (дано не позже этого дня и не отозвано к нему)"),
    QUESTIONNAIRE("С анкетой",
            "Из них — заполнившие к концу периода анкету наставника или наставляемого (анкеты, по которым идёт"
                    + " подбор пар); стёртые анкеты не учитываются"),
    MATCHED("В паре или группе",
            "Из них — наставники и наставляемые пар и групп, предложенных или созданных к концу периода и не"
                    + " отклонённых (отменённая до утверждения приказом пара не считается), если пара не закончилась"
                    + " до начала периода и наставляемый не выбыл из группы до него"),
    ACTIVE("Работали в паре",
            "Из них — участники пар и групп, начавших работу не позже конца периода и работавших в нём: действующих,"
                    + " завершённых или прекращённых не раньше его начала"),
    COMPLETED("Завершили программу",
            "Из них — участники пар и групп, завершённых в периоде (не прекращённых), не выбывшие до завершения"),
    EFFECTIVE("Завершили результативно",
            "Из них — участники пар и групп, завершённых в периоде с итогом «Результативно»");

    public final String title;
    public final String definition;

    FunnelStage(String title, String definition) {
        this.title = title;
        this.definition = definition;
    }
}
