package ru.nastavnik.portal;

/** The examples of the portal's contract (openapi.yaml), shaped like the demo region's answers. */
final class PortalExamples {

    private PortalExamples() {
    }

    static final String INDICATORS = """
            {"level": "MUNICIPALITY", "id": "20000000-0000-0000-0000-00000000000a",
             "name": "Городской округ город Тверь",
             "period": {"key": "2026-1", "label": "I полугодие 2026/27", "startYear": 2026, "half": 1,
                        "from": "2026-09-01", "to": "2027-01-31", "asOf": "2027-01-31"},
             "indicators": [{"indicator": "PUPILS_GENERAL",
               "title": "Обучающиеся общеобразовательных организаций, вовлечённые в наставничество",
               "unit": "PERCENT",
               "value": {"value": 4.2, "suppressed": false, "display": "4,2"},
               "numerator": {"value": 57, "suppressed": false, "display": "57"},
               "denominator": {"value": 1350, "suppressed": false, "display": "1350"},
               "schoolsWithoutContingent": 0,
               "target": {"value": 50, "municipal": false, "documentNumber": "145-од", "documentDate": "2026-08-25",
                          "documentTitle": "Об утверждении целевых показателей"},
               "targetMet": false,
               "byForm": [{"form": "PUPIL_PUPIL",
                           "value": {"suppressed": true, "suppressedBecause": "DERIVED", "display": "скрыто"},
                           "numerator": {"suppressed": true, "suppressedBecause": "SMALL_COUNT",
                                         "display": "менее 5"},
                           "denominator": {"value": 1350, "suppressed": false, "display": "1350"}}],
               "breakdown": [{"id": "30000000-0000-0000-0000-0000000000a1", "name": "МОУ СОШ № 17",
                              "value": {"value": 6.3, "suppressed": false, "display": "6,3"},
                              "numerator": {"value": 53, "suppressed": false, "display": "53"},
                              "denominator": {"value": 840, "suppressed": false, "display": "840"},
                              "targetMet": false},
                             {"id": "30000000-0000-0000-0000-0000000000a2", "name": "МОУ Гимназия № 6",
                              "value": {"suppressed": true, "suppressedBecause": "DERIVED", "display": "скрыто"},
                              "numerator": {"suppressed": true, "suppressedBecause": "SMALL_COUNT",
                                            "display": "менее 5"},
                              "denominator": {"value": 510, "suppressed": false, "display": "510"}}]}]}
            """;

    static final String MUNICIPALITIES = """
            {"items": [{"id": "20000000-0000-0000-0000-00000000000a", "name": "Городской округ город Тверь",
                        "oktmo": "28701000"}], "total": 3, "page": 0, "size": 1}
            """;

    static final String SCHOOLS = """
            {"items": [{"id": "30000000-0000-0000-0000-0000000000a1",
                        "municipalityId": "20000000-0000-0000-0000-00000000000a",
                        "fullName": "Муниципальное общеобразовательное учреждение средняя общеобразовательная школа № 17",
                        "shortName": "МОУ СОШ № 17", "kind": "GENERAL", "inn": "6950000017",
                        "address": "г. Тверь, ул. Примерная, д. 1", "website": "https://school17.example.ru",
                        "archived": false, "updatedAt": "2026-09-01T07:00:00Z"}],
             "total": 5, "page": 0, "size": 1}
            """;

    static final String PRACTICES = """
            {"items": [{"id": "7a0f0c9e-3b1d-4c1e-9a55-0c6d2b8e1f00",
                        "schoolId": "30000000-0000-0000-0000-0000000000a1", "schoolName": "МОУ СОШ № 17",
                        "municipalityId": "20000000-0000-0000-0000-00000000000a",
                        "municipalityName": "Городской округ город Тверь", "title": "Геометрия вдвоём",
                        "form": "PUPIL_PUPIL", "kind": "TRADITIONAL", "status": "RECOMMENDED",
                        "acceptedAt": "2026-06-10T09:00:00Z", "recommendedAt": "2026-06-20T09:00:00Z"}],
             "total": 1, "page": 0, "size": 50}
            """;

    static final String REGISTRY = """
            {"items": [{"id": "5d3c2b1a-0f9e-4d8c-b7a6-958473625140",
                        "schoolId": "30000000-0000-0000-0000-0000000000a1", "schoolName": "МОУ СОШ № 17",
                        "municipalityId": "20000000-0000-0000-0000-00000000000a",
                        "municipalityName": "Городской округ город Тверь", "level": "REGIONAL",
                        "fullName": "Иванова Мария Петровна", "mentorKind": "TEACHER",
                        "description": "Учитель математики, ведёт молодых педагогов с 2019 года.",
                        "results": "Два молодых педагога прошли аттестацию на первую категорию.",
                        "training": "Курсы «Наставничество в образовательной организации», 72 часа",
                        "rewardsNote": "",
                        "completedPairs": {"value": 6, "suppressed": false, "display": "6"},
                        "effectivePairs": {"suppressed": true, "suppressedBecause": "SMALL_COUNT",
                                           "display": "менее 5"},
                        "trainingStatus": "CERTIFIED",
                        "rewards": [{"kind": "MENTOR_BADGE", "title": "Педагог-наставник",
                                     "awardedOn": "2026-05-20"}],
                        "includedAt": "2026-06-10T09:00:00Z", "regionalIncludedAt": "2026-06-25T09:00:00Z"}],
             "total": 1, "page": 0, "size": 50}
            """;

    static final String EVENTS = """
            {"items": [{"id": "60000000-0000-0000-0000-000000000001", "level": "REGION",
                        "organiserName": "Тверская область", "kind": "COMPETITION",
                        "title": "Наставник года", "description": "Региональный конкурс наставников",
                        "startsOn": "2026-02-01", "endsOn": "2026-04-20", "status": "COMPLETED",
                        "nominations": ["Педагог-наставник", "Наставник молодого специалиста"],
                        "winners": [{"result": "WINNER", "place": 1, "nomination": "Педагог-наставник",
                                     "kind": "MENTOR", "schoolName": "МОУ СОШ № 17",
                                     "title": "Волкова Татьяна Сергеевна"},
                                    {"result": "PRIZE_WINNER", "place": 2, "nomination": "Педагог-наставник",
                                     "kind": "MENTOR", "schoolName": "МОУ СОШ № 17"}]}],
             "total": 1, "page": 0, "size": 50}
            """;

    static final String PRACTICE = """
            {"id": "7a0f0c9e-3b1d-4c1e-9a55-0c6d2b8e1f00", "schoolId": "30000000-0000-0000-0000-0000000000a1",
             "schoolName": "МОУ СОШ № 17", "municipalityId": "20000000-0000-0000-0000-00000000000a",
             "municipalityName": "Городской округ город Тверь", "title": "Геометрия вдвоём",
             "description": "Наставник и ученик вместе готовили проект по геометрии.",
             "results": "Проект занял второе место на муниципальной конференции.",
             "form": "PUPIL_PUPIL", "kind": "TRADITIONAL",
             "mentees": {"suppressed": true, "suppressedBecause": "SMALL_COUNT", "display": "менее 5"},
             "startedOn": "2025-10-01", "endedOn": "2026-05-25", "status": "ACCEPTED",
             "acceptedAt": "2026-06-10T09:00:00Z",
             "people": [{"role": "MENTOR", "fullName": "Иванова Мария Петровна"}],
             "materials": [{"id": "0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6", "title": "Программа пары",
                            "fileName": "Программа пары.pdf", "contentType": "application/pdf", "size": 48213,
                            "content": "/api/portal/v1/best-practices/7a0f0c9e-3b1d-4c1e-9a55-0c6d2b8e1f00/materials/0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"}]}
            """;

    static final String CSV = """
            period,period_from,period_to,level,org_id,org_name,parent_id,form,indicator,indicator_title,unit,value,numerator,denominator,suppressed,note,target,target_met
            2026,2026-09-01,2027-08-31,REGION,10000000-0000-0000-0000-000000000001,Тверская область,,,PUPILS_GENERAL,"Обучающиеся общеобразовательных организаций, вовлечённые в наставничество",PERCENT,3.1,61,1980,false,,50,false
            2026,2026-09-01,2027-08-31,SCHOOL,30000000-0000-0000-0000-0000000000a2,МОУ Гимназия № 6,20000000-0000-0000-0000-00000000000a,,PUPILS_GENERAL,"Обучающиеся общеобразовательных организаций, вовлечённые в наставничество",PERCENT,,,510,true,менее 5,50,
            """;

    static final String PASSPORT = """
            {"identifier": "6905000000-mentoring-indicators",
             "title": "Показатели целевой модели наставничества (Тверская область)",
             "description": "Доли вовлечённых в наставничество обучающихся и педагогов против целевых значений…",
             "owner": "Министерство образования Тверской области", "responsible": "Петров Иван Сергеевич",
             "phone": "+7 4822 00-00-00", "email": "opendata@edu.example.ru",
             "url": "https://api.nastavnik.example.ru/api/portal/v1/opendata/indicators.csv", "format": "csv",
             "structure": "https://api.nastavnik.example.ru/api/portal/v1/opendata/structure.csv",
             "firstPublished": "2026-09-01", "lastChanged": "2026-12-01",
             "lastChange": "Обновлены показатели мониторинга", "validOn": "2026-12-01",
             "keywords": "наставничество, целевая модель наставничества, образование, мониторинг, целевые показатели",
             "methodology": "3.0"}
            """;
}
