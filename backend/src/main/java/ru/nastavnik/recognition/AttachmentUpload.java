package ru.nastavnik.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.FieldError;

/** Receiving a material (of a best practice, or the evidence of a roadmap item): at most the limit is ever read into memory, and each refusal names the file. */
public final class AttachmentUpload {

    private AttachmentUpload() {
    }

    /** The body, refused as soon as it grows past the limit. */
    public static byte[] read(InputStream body, long limit) {
        try {
            byte[] content = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
            if (content.length > limit) {
                throw tooLarge(limit);
            }
            if (content.length == 0) {
                throw ApiException.invalid("file", "Файл пуст. Передайте содержимое файла в теле запроса");
            }
            return content;
        } catch (IOException e) {
            throw new ApiException(400, "upload-interrupted", "Файл не получен полностью",
                    "Передача файла прервалась. Загрузите его ещё раз.", null);
        }
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "attachment-too-large", "Файл слишком большой",
                "Наибольший размер одного файла — " + size(limit) + ". Уменьшите его или разделите на части.",
                List.of(new FieldError("file", "Файл больше " + size(limit))));
    }

    static ApiException tooMuch(long used, long limit) {
        return new ApiException(413, "attachments-too-large", "Материалов слишком много",
                "Все материалы практики вместе — не больше " + size(limit) + ", уже прикреплено " + size(used)
                        + ". Удалите ненужные или уменьшите файл.",
                List.of(new FieldError("file", "Не помещается: вместе с прикреплёнными будет больше " + size(limit))));
    }

    public static ApiException unsupported() {
        return new ApiException(415, "unsupported-attachment-type", "Такой файл прикрепить нельзя",
                "Прикрепляют PDF, JPEG, PNG и DOCX. Тип определяется по содержимому файла, а не по его имени.",
                List.of(new FieldError("file", "Файл не является документом PDF или DOCX, фотографией JPEG или PNG")));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 10 МБ, 2,5 МБ, 300 КБ: as people read sizes. */
    static String size(long bytes) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
        if (bytes >= 1024 * 1024) {
            return format.format(bytes / (1024.0 * 1024.0)) + " МБ";
        }
        return format.format(Math.max(1, bytes / 1024.0)) + " КБ";
    }
}
