package ru.nastavnik.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import ru.nastavnik.common.ApiException;

/** An uploaded file on disk, received in chunks so that its size is refused while it streams in, never buffered. */
final class Upload {

    private final Path file;
    private final long size;
    private final String sha256;

    private Upload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    static Upload receive(InputStream body, long limit) {
        Path file = null;
        try {
            file = Files.createTempFile("nastavnik-import-", ".upload");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    if (size > limit) {
                        throw tooLarge(limit);
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw unreadable("Файл пуст. Передайте содержимое файла в теле запроса");
            }
            return new Upload(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            delete(file);
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, "upload-interrupted", "Файл не получен полностью",
                    "Передача файла прервалась. Загрузите его ещё раз.", null);
        }
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(413, "file-too-large", "Файл слишком большой",
                "Наибольший размер файла — " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " МБ" : limit / 1024 + " КБ")
                        + ". Разделите файл на несколько частей.", null);
    }

    static ApiException unreadable(String detail) {
        return new ApiException(422, "unreadable-file", "Файл не удалось прочитать как таблицу", detail, null);
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    void delete() {
        delete(file);
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is removed with the temporary directory; nothing to report.
            }
        }
    }
}
