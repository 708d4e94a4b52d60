package ru.nastavnik.feedback;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import ru.nastavnik.common.PdfFonts;

/**
 * Cut-out cards on A4, eight to a page, one per person: whom it is for, the questionnaire, the QR code of the
 * personal link, the address to type when the code will not scan, and until when the link works. The QR code is a
 * bitmap of exactly one pixel per module, drawn without smoothing, so that it prints sharp at any size.
 */
final class SheetPdf {

    /** One person's card. */
    record Card(String person, String note, String questionnaire, String pair, String school, String url,
            String until) {
    }

    private static final BaseFont REGULAR = PdfFonts.load("LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = PdfFonts.load("LiberationSans-Bold.ttf");
    private static final BaseFont MONO = PdfFonts.load("LiberationMono-Regular.ttf");
    private static final float MM = 72f / 25.4f;
    private static final float CARD_HEIGHT = 68 * MM;
    private static final float QR_SIZE = 36 * MM;

    private SheetPdf() {
    }

    static byte[] render(String title, List<Card> cards) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 10 * MM, 10 * MM, 10 * MM, 10 * MM);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.open();
        PdfPTable sheet = new PdfPTable(2);
        sheet.setWidthPercentage(100);
        for (Card card : cards) {
            sheet.addCell(card(card));
        }
        if (cards.size() % 2 == 1) {
            PdfPCell blank = new PdfPCell();
            blank.setBorder(Rectangle.NO_BORDER);
            blank.setFixedHeight(CARD_HEIGHT);
            sheet.addCell(blank);
        }
        doc.add(sheet);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell card(Card card) {
        PdfPTable inside = new PdfPTable(new float[] { QR_SIZE + 4 * MM, 50 * MM });
        inside.setWidthPercentage(100);
        PdfPCell code = new PdfPCell(qr(card.url()), false);
        code.setBorder(Rectangle.NO_BORDER);
        code.setVerticalAlignment(Element.ALIGN_MIDDLE);
        code.setPadding(2 * MM);
        inside.addCell(code);

        Paragraph text = new Paragraph();
        text.setLeading(0, 1.15f);
        text.add(new Chunk(card.person() + "\n", new Font(BOLD, 11)));
        if (card.note() != null) {
            text.add(new Chunk(card.note() + "\n", new Font(REGULAR, 8)));
        }
        text.add(new Chunk("\n«" + card.questionnaire() + "»\n", new Font(BOLD, 9)));
        text.add(new Chunk("Пара: " + card.pair() + "\n", new Font(REGULAR, 8)));
        text.add(new Chunk("\nНаведите камеру телефона на QR-код или наберите адрес:\n", new Font(REGULAR, 8)));
        text.add(new Chunk(FeedbackText.shortAddress(card.url()) + "\n", new Font(MONO, 7)));
        text.add(new Chunk("\nСсылка действует до " + card.until(), new Font(BOLD, 8)));
        PdfPCell words = new PdfPCell();
        words.addElement(text);
        words.setBorder(Rectangle.NO_BORDER);
        words.setPaddingTop(2 * MM);
        inside.addCell(words);

        PdfPCell footer = new PdfPCell(new Phrase(card.school() + " · личная ссылка, не передавайте её другим",
                new Font(REGULAR, 7)));
        footer.setColspan(2);
        footer.setBorder(Rectangle.NO_BORDER);
        footer.setPaddingLeft(2 * MM);
        inside.addCell(footer);

        PdfPCell cell = new PdfPCell(inside);
        cell.setFixedHeight(CARD_HEIGHT);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2 * MM);
        cell.setCellEvent(CUT_LINE);
        return cell;
    }

    /** A dashed frame to cut along. */
    private static final PdfPCellEvent CUT_LINE = (cell, position, canvases) -> {
        PdfContentByte line = canvases[PdfPTable.LINECANVAS];
        line.saveState();
        line.setLineWidth(0.5f);
        line.setLineDash(4, 3, 0);
        line.setGrayStroke(0.45f);
        line.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
        line.stroke();
        line.restoreState();
    };

    /**
     * The link as a QR code, one grey pixel per module with a quiet zone. Eight bits rather than one, which the PDF
     * library would recompress as a fax image that few readers other than viewers decode.
     */
    static Image qr(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
            int width = matrix.getWidth();
            int height = matrix.getHeight();
            byte[] grey = new byte[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    grey[y * width + x] = matrix.get(x, y) ? 0 : (byte) 0xFF;
                }
            }
            Image image = Image.getInstance(width, height, 1, 8, grey);
            image.scaleAbsolute(QR_SIZE, QR_SIZE);
            return image;
        } catch (WriterException | BadElementException e) {
            throw new IllegalStateException("QR code for a fill link could not be drawn", e);
        }
    }
}
