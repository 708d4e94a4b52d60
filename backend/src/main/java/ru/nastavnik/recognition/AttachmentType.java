package ru.nastavnik.recognition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The kinds of file a best practice or the evidence of a roadmap item takes, recognised by their content: whatever a file is called, a picture
 * renamed to .pdf is a picture, and a program renamed to .pdf is refused.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    public final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public static Optional<AttachmentType> detect(byte[] content) {
        if (starts(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (starts(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (starts(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (starts(content, ZIP_MAGIC) && isWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    String extension() {
        return extensions.get(0);
    }

    /**
     * The name to keep for a file of this type: the given one without any folder, its extension set to what the
     * content is, so that the file opens in the right program when downloaded.
     */
    public String fileName(String given) {
        String name = given.replaceAll(".*[/\\\\]", "").strip();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        if (extensions.contains(extension.toLowerCase(Locale.ROOT))) {
            return name;
        }
        boolean looksLikeExtension = !extension.isEmpty() && extension.length() <= 5
                && extension.chars().allMatch(Character::isLetter);
        String base = looksLikeExtension ? name.substring(0, dot) : name;
        return (base.isBlank() ? "Приложение" : base) + "." + extension();
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * A .docx is a ZIP package with a Word document part. Only the archive's directory is read (never the packed
     * data), so a crafted archive cannot make the check expensive; an .xlsx or a plain archive is not a document.
     */
    private static boolean isWordDocument(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("nastavnik-attachment-", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
            }
        } catch (IOException e) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind goes with the temporary directory.
                }
            }
        }
    }
}
