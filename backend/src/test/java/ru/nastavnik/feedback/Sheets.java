package ru.nastavnik.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** Reads a printed sheet back the way a phone would: every QR code on it, decoded. */
final class Sheets {

    /** Pixels per module when the one-pixel-per-module bitmap is scaled up for the reader. */
    private static final int SCALE = 4;

    private Sheets() {
    }

    /** The text of every QR code image of the PDF, page by page. */
    static List<String> qrCodes(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<String> codes = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary images = resources.getAsDict(PdfName.XOBJECT);
            if (images == null) {
                continue;
            }
            for (PdfName key : images.getKeys()) {
                PdfObject object = PdfReader.getPdfObject(images.get(key));
                if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                    codes.add(decode(stream));
                }
            }
        }
        return codes;
    }

    /** The words on every page. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static String decode(PRStream image) throws IOException {
        int width = image.getAsNumber(PdfName.WIDTH).intValue();
        int height = image.getAsNumber(PdfName.HEIGHT).intValue();
        if (image.getAsNumber(PdfName.BITSPERCOMPONENT).intValue() != 8) {
            throw new AssertionError("The QR code is not a grey bitmap");
        }
        byte[] grey = PdfReader.getStreamBytes(image);
        byte[] luminance = new byte[width * SCALE * height * SCALE];
        for (int y = 0; y < height * SCALE; y++) {
            for (int x = 0; x < width * SCALE; x++) {
                luminance[y * width * SCALE + x] = grey[(y / SCALE) * width + x / SCALE];
            }
        }
        PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(luminance, width * SCALE, height * SCALE, 0, 0,
                width * SCALE, height * SCALE, false);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("A QR code on the sheet does not decode", e);
        }
    }
}
