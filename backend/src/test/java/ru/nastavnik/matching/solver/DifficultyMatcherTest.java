package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DifficultyMatcherTest {

    private static Set<String> codes(String text) {
        return DifficultyMatcher.standard().codesIn(text);
    }

    @Test
    void everydayWordsFindTheirCompetencies() {
        assertThat(codes("Не понимаю дроби, боюсь выступать у доски"))
                .containsExactly("subject-math", "communication");
        assertThat(codes("Готовлюсь к ОГЭ по математике")).containsExactly("subject-math", "exams");
        assertThat(codes("трудно писать рабочие программы и работать с родителями"))
                .containsExactly("lesson-planning", "parents-work");
        assertThat(codes("перешёл в новую школу, нет друзей")).containsExactly("adaptation");
        assertThat(codes("дети шумят на уроке, не слушаются, нарушают дисциплину"))
                .containsExactly("classroom-management");
    }

    @Test
    void wordsOnlyCountFromTheirStart() {
        assertThat(codes("интерактивная доска")).containsExactly("digital-tools");
        assertThat(codes("всё хорошо")).isEmpty();
        assertThat(codes(null)).isEmpty();
    }

    @Test
    void everyCompetencyOfTheCatalogueCanBeRecognised() throws IOException {
        Set<String> catalogue = new LinkedHashSet<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/V3__participants.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String inserts = sql.substring(sql.indexOf("INSERT INTO competency"), sql.indexOf(";",
                    sql.indexOf("INSERT INTO competency")));
            Matcher m = Pattern.compile("\\('([a-z-]+)',").matcher(inserts);
            while (m.find()) {
                catalogue.add(m.group(1));
            }
        }
        assertThat(catalogue).hasSizeGreaterThan(20);
        assertThat(DifficultyMatcher.standard().codes()).containsExactlyElementsOf(catalogue);
    }
}
