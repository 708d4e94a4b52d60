package ru.nastavnik.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenDataPassport", description = "Паспорт набора открытых данных по методическим рекомендациям"
        + " по публикации открытых данных")
public record OpenDataPassport(
        @Schema(required = true, description = "Идентификационный номер (код) набора данных",
                example = "6905000000-mentoring-indicators") String identifier,
        @Schema(required = true, description = "Наименование набора данных") String title,
        @Schema(required = true, description = "Описание набора данных") String description,
        @Schema(required = true, description = "Владелец набора данных") String owner,
        @Schema(required = true, description = "Ответственное лицо") String responsible,
        @Schema(description = "Телефон ответственного лица") String phone,
        @Schema(description = "Адрес электронной почты ответственного лица") String email,
        @Schema(required = true, description = "Гиперссылка (URL) на набор данных") String url,
        @Schema(required = true, description = "Формат данных", example = "csv") String format,
        @Schema(required = true, description = "Описание структуры набора данных (гиперссылка)") String structure,
        @Schema(description = "Дата первой публикации набора данных") LocalDate firstPublished,
        @Schema(description = "Дата последнего внесения изменений") LocalDate lastChanged,
        @Schema(required = true, description = "Содержание последнего изменения") String lastChange,
        @Schema(required = true, description = "Дата актуальности набора данных") LocalDate validOn,
        @Schema(required = true, description = "Ключевые слова, соответствующие содержанию набора данных")
        String keywords,
        @Schema(required = true, description = "Версия методических рекомендаций") String methodology) {

    /** The passport as the methodology's two-column table: property and value, in its order. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("standardversion", "http://opendata.gosmonitor.ru/standard/" + methodology));
        rows.add(List.of("identifier", identifier));
        rows.add(List.of("title", title));
        rows.add(List.of("description", description));
        rows.add(List.of("creator", owner));
        rows.add(List.of("format", format));
        rows.add(List.of("subject", keywords));
        rows.add(List.of("publishername", responsible));
        rows.add(List.of("publisherphone", phone == null ? "" : phone));
        rows.add(List.of("publishermbox", email == null ? "" : email));
        rows.add(List.of("data", url));
        rows.add(List.of("structure", structure));
        rows.add(List.of("created", firstPublished == null ? "" : firstPublished.toString()));
        rows.add(List.of("modified", lastChanged == null ? "" : lastChanged.toString()));
        rows.add(List.of("provenance", lastChange));
        rows.add(List.of("valid", validOn.toString()));
        return rows;
    }
}
