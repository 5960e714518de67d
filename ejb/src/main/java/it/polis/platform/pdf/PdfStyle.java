package it.polis.platform.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The look shared by the portal's printable documents (enrolment form, application receipt): colours,
 * fonts, label/value tables and QR codes, so every PDF the ministry hands out reads the same.
 */
public final class PdfStyle {

    public static final Color GREY_BACKGROUND = new Color(0xE8, 0xEC, 0xF1);
    public static final Color DARK_BLUE = new Color(0x06, 0x40, 0x7A);
    public static final Color GREY_TEXT = new Color(0x45, 0x45, 0x45);
    public static final Font HEADER = new Font(Font.HELVETICA, 11, Font.BOLD, DARK_BLUE);
    public static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    public static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD);
    public static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    public static final Font LABEL = new Font(Font.HELVETICA, 10, Font.NORMAL, GREY_TEXT);
    public static final Font VALUE = new Font(Font.HELVETICA, 10, Font.BOLD);
    public static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, GREY_TEXT);

    private PdfStyle() {
    }

    /** A document's texts: a UTF-8 properties file next to the class that prints it. */
    public static Properties texts(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A full-width section heading in a two-column label/value table. */
    public static void section(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SECTION));
        cell.setColspan(2);
        cell.setBackgroundColor(GREY_BACKGROUND);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        table.addCell(cell);
    }

    /** One label/value row of a two-column table. */
    public static void row(PdfPTable table, String label, String value) {
        PdfPCell left = new PdfPCell(new Phrase(label, LABEL));
        PdfPCell right = new PdfPCell(new Phrase(value == null ? "" : value, VALUE));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorderColor(Color.LIGHT_GRAY);
            cell.setPadding(3);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
    }

    /** The QR modules of a text, quiet zone of {@code margin} modules included ({@code true}: dark). */
    public static BitMatrix qrMatrix(String text, int margin) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, margin);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    /**
     * A DeviceGray image of the matrix, one pixel per module (0 black, 255 white), 8 bits per
     * pixel and Flate-compressed: a 1-bit image would be turned into CCITT G4 by OpenPDF, which
     * some readers and text/image extractors do not decode.
     */
    public static Image qrImage(BitMatrix matrix) throws DocumentException {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        byte[] pixels = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x, y) ? 0 : (byte) 0xff;
            }
        }
        return Image.getInstance(width, height, 1, 8, pixels);
    }
}
