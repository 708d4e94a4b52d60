package ru.nastavnik.roadmap;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;

import ru.nastavnik.common.document.Block;
import ru.nastavnik.common.document.Block.Line;
import ru.nastavnik.common.document.Block.Table;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.common.document.Downloads;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableExport;
import ru.nastavnik.common.table.TableFormat;

/**
 * A roadmap as the seeds lay it out: a numbered table of stage, activity, content, deadline, responsible people and
 * the result with its document, under the title and the approval, plus what became of each item. The workbook and
 * the Word document show the same rows.
 */
final class RoadmapFiles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int CELL = 10;

    /** An item with its number in the table. */
    record Numbered(int number, ItemView item) {
    }

    static final List<TableColumn<Numbered>> COLUMNS = List.of(
            TableColumn.<Numbered>of("№ п/п", n -> n.number()).wide(6),
            TableColumn.<Numbered>of(RoadmapColumns.STAGE, n -> n.item().stage() + ". " + n.item().stageTitle()).wide(30),
            TableColumn.<Numbered>of(RoadmapColumns.ACTIVITY, n -> n.item().activity()).wide(40),
            TableColumn.<Numbered>of(RoadmapColumns.CONTENT, n -> n.item().content()).wide(60),
            TableColumn.<Numbered>of(RoadmapColumns.DEADLINE, n -> n.item().deadline().label()).wide(18),
            TableColumn.<Numbered>of(RoadmapColumns.RESPONSIBLE, n -> n.item().responsible()).wide(30),
            TableColumn.<Numbered>of(RoadmapColumns.RESULT, n -> n.item().result()).wide(40),
            TableColumn.<Numbered>of(RoadmapColumns.DOCUMENT, n -> n.item().resultDocument()).wide(30),
            TableColumn.<Numbered>of(RoadmapColumns.STATUS, n -> state(n.item())).wide(16),
            TableColumn.<Numbered>of(RoadmapColumns.NOTE, n -> note(n.item())).wide(40));

    private RoadmapFiles() {
    }

    static Response xlsx(RoadmapView r, List<ItemView> items) {
        return TableExport.response(TableFormat.XLSX, name(r), preamble(r), COLUMNS, numbered(items));
    }

    static Response docx(RoadmapView r, List<ItemView> items) {
        return Downloads.attachment(Document.docx(name(r) + " " + r.yearLabel().replace('/', '-'), blocks(r, items)),
                "roadmap");
    }

    static String name(RoadmapView r) {
        return "Дорожная карта " + r.ownerName();
    }

    private static List<List<?>> preamble(RoadmapView r) {
        List<List<?>> lines = new ArrayList<>();
        lines.add(List.of(r.title()));
        lines.add(List.of(r.ownerName() + ", " + r.yearLabel() + " учебный год"));
        if (approval(r) != null) {
            lines.add(List.of(approval(r)));
        }
        return lines;
    }

    static List<Block> blocks(RoadmapView r, List<ItemView> items) {
        List<Block> p = new ArrayList<>();
        p.add(new Block.Landscape());
        if (approval(r) != null) {
            p.add(Line.of(approval(r)).size(12).shift(60).space(0, 12));
        }
        p.add(Line.of("«Дорожная карта»").bold().center().size(16));
        p.add(Line.of(r.title()).bold().center());
        p.add(Line.of(r.ownerName() + " на " + r.yearLabel() + " учебный год").center().space(0, 12));
        List<List<List<String>>> rows = new ArrayList<>();
        int previousStage = 0;
        for (Numbered n : numbered(items)) {
            ItemView i = n.item();
            String stage = i.stage() == previousStage ? "" : i.stage() + ". " + i.stageTitle();
            previousStage = i.stage();
            String result = i.resultDocument().isEmpty() ? i.result()
                    : i.result().isEmpty() ? i.resultDocument() : i.result() + "\n" + i.resultDocument();
            rows.add(List.of(List.of(n.number() + "."), lines(stage), lines(i.activity()), lines(i.content()),
                    List.of(i.deadline().label()), lines(i.responsible()), lines(result),
                    lines(state(i) + (note(i).isEmpty() ? "" : "\n" + note(i)))));
        }
        p.add(new Table(List.of("№ п/п", "Наименование этапа", "Мероприятия", "Содержание деятельности", "Сроки",
                "Ответственные", "Результат, документ", "Отметка о выполнении"),
                new int[] { 5, 13, 15, 22, 9, 12, 12, 12 }, rows, CELL));
        ProgressCounts c = r.progress();
        p.add(Line.of("Мероприятий: " + c.total() + ", выполнено " + c.done() + ", выполняется " + c.inProgress()
                + ", просрочено " + c.overdue() + ".").size(12).space(12, 0));
        return p;
    }

    private static List<Numbered> numbered(List<ItemView> items) {
        List<Numbered> numbered = new ArrayList<>();
        for (ItemView i : items) {
            numbered.add(new Numbered(numbered.size() + 1, i));
        }
        return numbered;
    }

    private static String approval(RoadmapView r) {
        if (r.approvalNumber() == null && r.approvalTitle() == null) {
            return null;
        }
        String title = r.approvalTitle() == null ? "Утверждена приказом" : "Утверждена: " + r.approvalTitle();
        return r.approvalNumber() == null ? title
                : title + " от " + DAY.format(r.approvalDate()) + " № " + r.approvalNumber();
    }

    private static String state(ItemView i) {
        String state = i.status().label;
        if (i.doneOn() != null) {
            state += " " + DAY.format(i.doneOn());
        }
        return i.overdue() ? state + ", просрочено" : state;
    }

    private static String note(ItemView i) {
        List<String> parts = new ArrayList<>();
        if (i.completionNote() != null) {
            parts.add(i.completionNote());
        }
        if (i.evidenceUrl() != null) {
            parts.add(i.evidenceUrl());
        }
        if (i.evidence() != null) {
            parts.add("Файл: " + i.evidence().fileName());
        }
        return String.join("\n", parts);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of("") : List.of(text.split("\n"));
    }
}
