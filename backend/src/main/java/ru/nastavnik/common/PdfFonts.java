package ru.nastavnik.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * Fonts with Cyrillic for the PDF documents, embedded in each file: the Liberation family (metrically the same as
 * Times New Roman, Arial and Courier New) from the openpdf-fonts-extra artifact, so no font of the host is ever used.
 */
public final class PdfFonts {

    private PdfFonts() {
    }

    /** A font by its file name in that artifact, e.g. {@code LiberationSerif-Regular.ttf}. */
    public static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
