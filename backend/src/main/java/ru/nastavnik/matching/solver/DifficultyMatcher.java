package ru.nastavnik.matching.solver;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises competencies of the catalogue in a mentee's free-text difficulties ("не понимаю дроби, боюсь
 * выступать у доски" → subject-math, communication), so that a mentor's competencies can be compared with them
 * like with the mentee's explicit requests.
 *
 * <p>Each catalogue code has a few Russian word stems (its name's key words, plus everyday words people use for
 * it); a stem counts when a word of the text starts with it, and a stem of several words ("рабоч программ") when
 * consecutive words start with them. This is deliberately simple and predictable: a
 * curator can read the list below to see why a difficulty matched, and a false match only nudges a score, never a
 * constraint. The catalogue is fixed by the database migrations, so the stems live here with it; a code without
 * stems is simply never recognised.
 */
public final class DifficultyMatcher {

    private static final Map<String, String[]> STEMS = new LinkedHashMap<>();

    static {
        stems("subject-math", "математ", "алгебр", "геометр", "арифмет", "дроб", "уравнен", "вычисл");
        stems("subject-russian", "русск", "литератур", "орфограф", "грамматик", "пунктуац", "сочинен", "изложен",
                "диктант", "правописан", "чтени", "читат");
        stems("subject-science", "физик", "хими", "биолог", "естествен", "естественнонауч", "географ", "природ",
                "астроном");
        stems("subject-history", "истори", "обществозн", "обществ", "экономик");
        stems("subject-languages", "английск", "немецк", "французск", "испанск", "китайск", "иностран", "english");
        stems("subject-it", "информатик", "программирован", "программист", "компьютер", "алгоритм", "python",
                "айти");
        stems("olympiads", "олимпиад", "конкурс", "соревнован", "турнир");
        stems("projects", "проект", "исследован", "исследоват", "научн");
        stems("exams", "огэ", "егэ", "гиа", "впр", "экзамен", "контрольн", "итогов", "аттестат");
        stems("career", "профориент", "професси", "карьер", "поступлен", "поступит", "вуз", "колледж", "будущ");
        stems("adaptation", "адаптац", "адаптир", "коллектив", "привык", "новичок", "новеньк", "одиноч", "друз",
                "одноклассник", "переход", "перешел", "перешла", "нов школ", "нов класс");
        stems("communication", "общен", "общать", "уверен", "неуверен", "стесн", "застенчив", "робе", "робк",
                "бою", "страх", "выступ", "публичн", "тревож", "конфликт");
        stems("leadership", "лидер", "самоуправлен", "организатор", "организов", "актив", "команд");
        stems("creativity", "творч", "искусств", "рисов", "рисун", "музык", "спорт", "танц", "театр", "вокал",
                "хоров");
        stems("teaching-methods", "методик", "методич", "преподаван", "преподават", "объясн", "педагогическ",
                "технолог обучен");
        stems("classroom-management", "дисциплин", "поведен", "шум", "непослушн", "управл класс",
                "внимани");
        stems("lesson-planning", "планирован", "рабоч программ", "ктп", "тематическ", "конспект", "поурочн", "технологическ карт");
        stems("parents-work", "родител", "семья", "семье", "семей", "семейн");
        stems("documentation", "документ", "отчет", "журнал", "бумаг", "отчетност");
        stems("digital-tools", "цифров", "электронн", "онлайн", "дистанцион", "презентац", "интерактив", "сферум");
        stems("inclusive", "инклюз", "овз", "особ потребн", "особ образовательн", "аутиз",
                "гиперактив", "сдвг", "инвалид");
        stems("certification", "аттестац", "категори", "квалификац");
    }

    private static final DifficultyMatcher DEFAULT = new DifficultyMatcher();

    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    private DifficultyMatcher() {
        STEMS.forEach((code, stems) -> {
            StringBuilder alternatives = new StringBuilder();
            for (String stem : stems) {
                if (!alternatives.isEmpty()) {
                    alternatives.append('|');
                }
                StringBuilder words = new StringBuilder();
                for (String word : stem.split(" ")) {
                    if (!words.isEmpty()) {
                        words.append("\\p{L}*\\s+");
                    }
                    words.append(Pattern.quote(word));
                }
                alternatives.append(words);
            }
            patterns.put(code, Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")", Pattern.UNICODE_CHARACTER_CLASS));
        });
    }

    private static void stems(String code, String... stems) {
        STEMS.put(code, stems);
    }

    /** The matcher for the built-in catalogue of competencies. */
    public static DifficultyMatcher standard() {
        return DEFAULT;
    }

    /** The catalogue codes this matcher knows, in catalogue order. */
    public Set<String> codes() {
        return patterns.keySet();
    }

    /** The codes recognised in the text, in catalogue order; none for blank text. */
    public Set<String> codesIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String normalised = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        patterns.forEach((code, pattern) -> {
            if (pattern.matcher(normalised).find()) {
                found.add(code);
            }
        });
        return found;
    }
}
