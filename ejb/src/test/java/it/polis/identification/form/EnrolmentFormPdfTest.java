package it.polis.identification.form;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentFormPdfTest {

    private static final RegistrationReference REFERENCES =
            new RegistrationReference("test-signing-key-of-32-bytes-abc".getBytes(StandardCharsets.US_ASCII));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:31:00Z"), ZoneOffset.UTC);
    private static final EnrolmentFormPdf FORMS = new EnrolmentFormPdf(REFERENCES, CLOCK);

    private static EnrolmentFormData italian() {
        return new EnrolmentFormData("R2026-0000123", "nicolo.damico", "Nicolò", "D'Amico", "DMCNCL85M10H501Z",
                LocalDate.of(1985, 8, 10), "Roma (RM)", "M", "nicolo.damico@example.org",
                Instant.parse("2026-01-15T09:30:00Z"), Instant.parse("2026-03-16T22:59:00Z"), Locale.ITALY);
    }

    private static EnrolmentFormData english() {
        return new EnrolmentFormData("R2026-0000456", "maria.rossi", "Maria", "Rossi", "RSSMRA90D45F205X",
                LocalDate.of(1990, 4, 5), "Milano (MI)", "F", "maria.rossi@example.org",
                Instant.parse("2026-06-01T08:00:00Z"), Instant.parse("2026-07-31T21:59:00Z"), Locale.ENGLISH);
    }

    @Test
    void italianFormShowsThePersonalDataRegistrationAndInstructions() throws IOException {
        EnrolmentFormData data = italian();
        String text = text(FORMS.render(data));

        assertContains(text, "Ministero dell'Istruzione e del Merito");
        assertContains(text, "Modulo di adesione - Istanze OnLine");
        assertContains(text, "Cognome D'Amico");
        assertContains(text, "Nome Nicolò");
        assertContains(text, "Codice fiscale DMCNCL85M10H501Z");
        assertContains(text, "Data di nascita 10/08/1985");
        assertContains(text, "Luogo di nascita Roma (RM)");
        assertContains(text, "Sesso Maschile");
        assertContains(text, "nicolo.damico@example.org");
        assertContains(text, "Nome utente nicolo.damico");
        assertContains(text, "Numero di registrazione R2026-0000123");
        assertContains(text, "Data di registrazione 15/01/2026 alle ore 10:30 (ora italiana)");
        assertContains(text, "Identificazione entro il 16/03/2026 alle ore 23:59 (ora italiana)");

        assertContains(text, "Stampare il presente modulo");
        assertContains(text, "Entro il 16/03/2026 alle ore 23:59 (ora italiana) presentarsi presso la segreteria"
                + " di una qualsiasi istituzione scolastica statale, oppure presso un ufficio del Ministero");
        assertContains(text, "documento di riconoscimento in corso di validità");
        assertContains(text, "tesserino del codice fiscale o la tessera sanitaria");
        assertContains(text, "attiva l'utenza");
        assertContains(text, "Non inviare questo modulo per email");

        assertContains(text, REFERENCES.sign("R2026-0000123"));
        assertContains(text, "Modulo generato il 15/01/2026 alle ore 10:31 (ora italiana)");
    }

    @Test
    void englishFormUsesEnglishTextsAndSummerTimeInRome() throws IOException {
        String text = text(FORMS.render(english()));

        assertContains(text, "Enrolment form (Modulo di adesione) - Istanze OnLine");
        assertContains(text, "Ministry of Education and Merit");
        assertContains(text, "Family name Rossi");
        assertContains(text, "Given name Maria");
        assertContains(text, "Sex Female");
        assertContains(text, "User name maria.rossi");
        assertContains(text, "Registration number R2026-0000456");
        assertContains(text, "To be identified by 31/07/2026, 23:59 (Italian time)");
        assertContains(text, "Print this form.");
        assertContains(text, "go to the secretariat of any state school, or to a ministry office");
        assertContains(text, "a valid identity document and your codice fiscale card or tessera sanitaria");
        assertContains(text, "Do not send this form by email");
        assertContains(text, REFERENCES.sign("R2026-0000456"));
        assertFalse(text.contains("Stampare"), "no Italian instructions in the English form");
    }

    @Test
    void otherLanguagesGetTheItalianForm() throws IOException {
        EnrolmentFormData german = withLocale(english(), Locale.GERMANY);
        assertContains(text(FORMS.render(german)), "Modulo di adesione - Istanze OnLine");
    }

    @Test
    void missingOptionalDataIsPrintedEmpty() throws IOException {
        EnrolmentFormData d = italian();
        EnrolmentFormData sparse = new EnrolmentFormData(d.registrationNumber(), d.username(), d.givenName(),
                d.familyName(), d.codiceFiscale(), null, null, null, null, d.registeredAt(), d.expiresAt(), null);
        String text = text(FORMS.render(sparse));
        assertContains(text, "Numero di registrazione R2026-0000123");
        assertContains(text, "Stampare il presente modulo");
    }

    @Test
    void isOneA4PageWithTitleAndLanguageMetadata() throws IOException {
        PdfReader reader = new PdfReader(FORMS.render(italian()));
        try {
            assertEquals(1, reader.getNumberOfPages());
            Rectangle page = reader.getPageSize(1);
            assertEquals(595, Math.round(page.getWidth()));
            assertEquals(842, Math.round(page.getHeight()));
            Map<String, String> info = reader.getInfo();
            assertEquals("Modulo di adesione - Istanze OnLine", info.get("Title"));
            assertEquals("Ministero dell'Istruzione e del Merito", info.get("Author"));
            assertNotNull(info.get("Subject"));
            PdfDictionary catalog = reader.getCatalog();
            assertEquals("it-IT", ((PdfString) PdfReader.getPdfObject(catalog.get(PdfName.LANG))).toUnicodeString());
            PdfDictionary preferences = (PdfDictionary) PdfReader.getPdfObject(catalog.get(PdfName.VIEWERPREFERENCES));
            assertEquals(PdfBoolean.PDFTRUE, PdfReader.getPdfObject(preferences.get(PdfName.DISPLAYDOCTITLE)));
            assertNotNull(catalog.get(PdfName.METADATA), "XMP metadata");
        } finally {
            reader.close();
        }

        PdfReader en = new PdfReader(FORMS.render(english()));
        try {
            assertEquals("en", ((PdfString) PdfReader.getPdfObject(en.getCatalog().get(PdfName.LANG))).toUnicodeString());
            assertEquals("Enrolment form (Modulo di adesione) - Istanze OnLine", en.getInfo().get("Title"));
        } finally {
            en.close();
        }
    }

    @Test
    void qrCodeImageInThePdfDecodesToAReferenceThatVerifies() throws Exception {
        byte[] pdf = FORMS.render(italian());
        List<BufferedImage> images = images(pdf);
        assertEquals(1, images.size(), "one image: the QR code");
        assertTrue(images.get(0).getWidth() <= 41, "small code (QR version 4 or less, alphanumeric mode)");

        String decoded = decodeQr(images.get(0));
        assertEquals(REFERENCES.sign("R2026-0000123"), decoded);
        assertEquals(Optional.of("R2026-0000123"), REFERENCES.verify(decoded));
        assertEquals(Optional.empty(),
                new RegistrationReference("some-other-key-of-32-bytes-xxxxx".getBytes(StandardCharsets.US_ASCII))
                        .verify(decoded), "the QR is bound to the portal's key");
    }

    @Test
    void qrCodeHoldsTheRegistrationOnlyNoPersonalData() throws Exception {
        String decoded = decodeQr(images(FORMS.render(english())).get(0));
        assertTrue(decoded.startsWith("POLIS1.R2026-0000456."), decoded);
        for (String personal : List.of("MARIA", "ROSSI", "RSSMRA", "1990", "EXAMPLE")) {
            assertFalse(decoded.toUpperCase(Locale.ROOT).contains(personal), personal);
        }
    }

    @Test
    void sameDataGivesTheSameTextAndQrCode() throws Exception {
        byte[] first = FORMS.render(italian());
        byte[] second = FORMS.render(italian());
        assertEquals(text(first), text(second));
        assertEquals(decodeQr(images(first).get(0)), decodeQr(images(second).get(0)));
    }

    @Test
    void renderingToAStreamLeavesItOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's stream");
            }
        };
        FORMS.render(italian(), out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(bytes, 5));
    }

    // ---- helpers

    private static EnrolmentFormData withLocale(EnrolmentFormData d, Locale locale) {
        return new EnrolmentFormData(d.registrationNumber(), d.username(), d.givenName(), d.familyName(),
                d.codiceFiscale(), d.birthDate(), d.birthPlace(), d.sex(), d.email(), d.registeredAt(),
                d.expiresAt(), locale);
    }

    /** Text of all pages, runs of white space (line breaks included) as one space. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ").trim();
        } finally {
            reader.close();
        }
    }

    /**
     * Ignores white space: the extractor joins a table's label and value cells sometimes with a
     * space and sometimes without, but keeps the reading order inside a row and a paragraph.
     */
    private static void assertContains(String text, String expected) {
        assertTrue(text.replace(" ", "").contains(expected.replaceAll("\\s+", "")),
                () -> "missing \"" + expected + "\" in:\n" + text);
    }

    /** Every image XObject of the PDF's pages (and the forms they draw), decoded to gray pixels. */
    private static List<BufferedImage> images(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<BufferedImage> found = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                collectImages(reader.getPageN(page).getAsDict(PdfName.RESOURCES), found);
            }
            return found;
        } finally {
            reader.close();
        }
    }

    private static void collectImages(PdfDictionary resources, List<BufferedImage> found) throws IOException {
        if (resources == null) {
            return;
        }
        PdfDictionary xObjects = (PdfDictionary) PdfReader.getPdfObject(resources.get(PdfName.XOBJECT));
        if (xObjects == null) {
            return;
        }
        for (PdfName name : xObjects.getKeys()) {
            PdfObject object = PdfReader.getPdfObject(xObjects.get(name));
            if (!(object instanceof PRStream stream)) {
                continue;
            }
            if (PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
                found.add(toImage(stream));
            } else if (PdfName.FORM.equals(stream.get(PdfName.SUBTYPE))) {
                collectImages((PdfDictionary) PdfReader.getPdfObject(stream.get(PdfName.RESOURCES)), found);
            }
        }
    }

    /** A 1-bit or 8-bit DeviceGray image stream as pixels (the only kinds the form uses). */
    private static BufferedImage toImage(PRStream stream) throws IOException {
        int width = ((PdfNumber) PdfReader.getPdfObject(stream.get(PdfName.WIDTH))).intValue();
        int height = ((PdfNumber) PdfReader.getPdfObject(stream.get(PdfName.HEIGHT))).intValue();
        int bits = ((PdfNumber) PdfReader.getPdfObject(stream.get(PdfName.BITSPERCOMPONENT))).intValue();
        assertEquals(PdfName.DEVICEGRAY, PdfReader.getPdfObject(stream.get(PdfName.COLORSPACE)));
        assertTrue(bits == 1 || bits == 8, "bits per component " + bits);
        PdfObject interpolate = PdfReader.getPdfObject(stream.get(PdfName.INTERPOLATE));
        assertFalse(PdfBoolean.PDFTRUE.equals(interpolate), "a QR code must not be smoothed");
        PdfArray decode = (PdfArray) PdfReader.getPdfObject(stream.get(PdfName.DECODE));
        boolean inverted = decode != null && ((PdfNumber) decode.getPdfObject(0)).intValue() == 1;

        byte[] data = PdfReader.getStreamBytes(stream); // applies the filters (Flate)
        int rowBytes = bits == 1 ? (width + 7) / 8 : width;
        assertTrue(data.length >= rowBytes * height, "image data too short");
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean white = bits == 1
                        ? (data[y * rowBytes + x / 8] & (0x80 >>> (x % 8))) != 0
                        : (data[y * rowBytes + x] & 0xff) >= 128;
                image.getRaster().setSample(x, y, 0, white != inverted ? 255 : 0);
            }
        }
        return image;
    }

    /** Decodes like a scanner looking at the printed code: enlarged, not as a pure bit grid. */
    private static String decodeQr(BufferedImage modules)
            throws NotFoundException, ChecksumException, FormatException {
        int scale = 8;
        BufferedImage printed = new BufferedImage(modules.getWidth() * scale, modules.getHeight() * scale,
                BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < printed.getHeight(); y++) {
            for (int x = 0; x < printed.getWidth(); x++) {
                printed.getRaster().setSample(x, y, 0, modules.getRaster().getSample(x / scale, y / scale, 0));
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(printed)));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
