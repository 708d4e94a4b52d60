package ru.nastavnik.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seven stages of the target model (DOMAIN.md), as roadmaps name them. A file names a stage by its number («1»,
 * «1.», «Этап 1») or by its title in the words roadmaps use; {@link #parse} accepts both.
 */
public final class Stage {

    public static final int FIRST = 1;
    public static final int LAST = 7;

    private static final List<String> TITLES = List.of(
            "Подготовка условий для запуска программы наставничества",
            "Формирование базы наставляемых",
            "Формирование базы наставников",
            "Отбор и обучение наставников",
            "Формирование наставнических пар и групп",
            "Организация работы наставнических пар и групп",
            "Завершение программы наставничества");

    /** How the seeds' own wording names each stage, tried in this order: a title names pairs after mentors. */
    private static final List<Pattern> WORDS = Stream.of("завершени|итог", "(?<!\\p{L})работ",
            "(?<!\\p{L})(пар|пары)(?!\\p{L})|(?<!\\p{L})групп", "отбор|обучени", "наставляем", "наставник",
            "подготов|услови|запуск").map(w -> Pattern.compile(w, Pattern.UNICODE_CHARACTER_CLASS)).toList();
    private static final int[] STAGE_OF_WORDS = { 7, 6, 5, 4, 2, 3, 1 };

    private Stage() {
    }

    public static String title(int stage) {
        return TITLES.get(stage - 1);
    }

    /** The stage a cell names, or an IllegalArgumentException with a message for the row report. */
    public static int parse(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Укажите этап: номер от 1 до 7 или его название");
        }
        String number = text.replaceFirst("^этап\\s*", "").replaceFirst("[.)]$", "").strip();
        if (number.matches("\\d+")) {
            int stage = Integer.parseInt(number);
            if (stage < FIRST || stage > LAST) {
                throw new IllegalArgumentException("Этапов семь: укажите номер от 1 до 7");
            }
            return stage;
        }
        String leading = text.replaceFirst("^(\\d)[.)]?\\s+.*$", "$1");
        if (leading.length() == 1 && Character.isDigit(leading.charAt(0))) {
            return parse(leading);
        }
        for (int i = 0; i < WORDS.size(); i++) {
            if (WORDS.get(i).matcher(text).find()) {
                return STAGE_OF_WORDS[i];
            }
        }
        throw new IllegalArgumentException("Этап «" + cell.strip() + "» не распознан: укажите номер от 1 до 7");
    }
}
