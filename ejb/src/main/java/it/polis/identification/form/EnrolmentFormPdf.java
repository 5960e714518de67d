package it.polis.identification.form;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import it.polis.platform.PortalClock;
import it.polis.platform.pdf.PdfStyle;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import static it.polis.platform.pdf.PdfStyle.DARK_BLUE;
import static it.polis.platform.pdf.PdfStyle.HEADER;
import static it.polis.platform.pdf.PdfStyle.SECTION;
import static it.polis.platform.pdf.PdfStyle.SMALL;
import static it.polis.platform.pdf.PdfStyle.TEXT;
import static it.polis.platform.pdf.PdfStyle.TITLE;
import static it.polis.platform.pdf.PdfStyle.row;
import static it.polis.platform.pdf.PdfStyle.section;

/**
 * The enrolment form (modulo di adesione) as a one-page A4 PDF: ministry header, title,
 * personal data, registration data with the deadline for the identification (Europe/Rome),
 * instructions, and a QR code holding the signed {@link RegistrationReference} with the same
 * text printed under it, for the school secretariat's scanner or keyboard.
 *
 * <p>Texts come from {@code it/polis/identification/form/form_it.properties} and
 * {@code form_en.properties} (English when the locale's language is "en", Italian otherwise).
 * The document title, subject, language ({@code /Lang}) and XMP metadata are set, and viewers
 * are asked to show the title rather than the file name. The QR code is a grey-scale image with
 * one pixel per module (quiet zone included), printed 4 cm wide and not interpolated, so it
 * stays sharp at any zoom and on any printer.
 *
 * <p>Plain Java, thread-safe. Only the creation date (from the clock) and the file identifier
 * vary between two renderings of the same data.
 */
public final class EnrolmentFormPdf {

    /** Printed side of the QR code, in points (40 mm; about 1 mm per module for a 37-module code). */
    static final float QR_SIDE = 113.4f;

    /** Quiet zone around the QR code, in modules (the QR specification asks for 4). */
    static final int QR_MARGIN = 4;

    private static final Font REFERENCE = new Font(Font.COURIER, 10, Font.BOLD);

    private static final Map<String, Properties> TEXTS = new ConcurrentHashMap<>();

    private final RegistrationReference reference;
    private final Clock clock;

    public EnrolmentFormPdf(RegistrationReference reference) {
        this(reference, Clock.systemUTC());
    }

    /** @param clock gives the creation date written in the document information */
    public EnrolmentFormPdf(RegistrationReference reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /** The form as PDF bytes. */
    public byte[] render(EnrolmentFormData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        render(data, out);
        return out.toByteArray();
    }

    /** Writes the form to {@code out} (not closed). */
    public void render(EnrolmentFormData data, OutputStream out) {
        Texts t = Texts.of(data.locale());
        String signed = reference.sign(data.registrationNumber());
        Instant now = clock.instant();

        Document document = new Document(PageSize.A4, 56, 56, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(t.get("language")));
            document.addTitle(t.get("title"));
            document.addSubject(t.get("subject"));
            document.addKeywords(t.get("keywords"));
            document.addAuthor(t.get("ministry"));
            document.addCreator("POLIS - Istanze OnLine");
            PdfDate created = new PdfDate(GregorianCalendar.from(now.atZone(PortalClock.ROME)));
            document.addCreationDate(created);
            document.addModificationDate(created);
            writer.createXmpMetadata();
            document.open();

            document.add(header(t));
            Paragraph title = new Paragraph(t.get("title"), TITLE);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(10);
            title.setSpacingAfter(6);
            document.add(title);
            Paragraph intro = new Paragraph(t.get("intro"), TEXT);
            intro.setSpacingAfter(8);
            document.add(intro);
            document.add(dataTable(data, t));
            document.add(instructions(data, t));
            document.add(qrBlock(signed, t));
            document.add(signature(t));
            Paragraph generated = new Paragraph(
                    t.get("generated").replace("{generated}", t.dateTime(now)), SMALL);
            generated.setSpacingBefore(10);
            document.add(generated);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot build the enrolment form of " + data.registrationNumber(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static PdfPTable header(Texts t) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(100);
        PdfPCell ministry = new PdfPCell(new Phrase(t.get("ministry"), HEADER));
        PdfPCell portal = new PdfPCell(new Phrase(t.get("portal"), HEADER));
        portal.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (PdfPCell cell : new PdfPCell[] {ministry, portal}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(DARK_BLUE);
            cell.setBorderWidthBottom(1.5f);
            cell.setPaddingBottom(6);
            cell.setPaddingLeft(0);
            cell.setPaddingRight(0);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPTable dataTable(EnrolmentFormData d, Texts t) {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        section(table, t.get("section.personal"));
        row(table, t.get("label.familyName"), d.familyName());
        row(table, t.get("label.givenName"), d.givenName());
        row(table, t.get("label.codiceFiscale"), d.codiceFiscale());
        row(table, t.get("label.birthDate"), d.birthDate() == null ? "" : t.date(d.birthDate()));
        row(table, t.get("label.birthPlace"), d.birthPlace());
        row(table, t.get("label.sex"), d.sex() == null ? "" : t.getOr("sex." + d.sex(), d.sex()));
        row(table, t.get("label.email"), d.email());
        section(table, t.get("section.registration"));
        row(table, t.get("label.username"), d.username());
        row(table, t.get("label.registrationNumber"), d.registrationNumber());
        row(table, t.get("label.registeredAt"), t.dateTime(d.registeredAt()));
        row(table, t.get("label.deadline"), t.dateTime(d.expiresAt()));
        return table;
    }

    private static Paragraph instructions(EnrolmentFormData d, Texts t) {
        Paragraph block = new Paragraph();
        Paragraph heading = new Paragraph(t.get("section.instructions"), SECTION);
        heading.setSpacingAfter(4);
        block.add(heading);
        List list = new List(List.ORDERED, 14);
        for (int i = 1; t.has("instructions." + i); i++) {
            String text = t.get("instructions." + i).replace("{deadline}", t.dateTime(d.expiresAt()));
            ListItem item = new ListItem(text, TEXT);
            item.setSpacingAfter(1);
            list.add(item);
        }
        block.add(list);
        block.setSpacingAfter(8);
        return block;
    }

    private static PdfPTable qrBlock(String signed, Texts t) throws DocumentException {
        Image qr = qrImage(qrMatrix(signed));
        qr.scaleAbsolute(QR_SIDE, QR_SIDE);
        qr.setAlignment(Image.MIDDLE);
        qr.setAlt(t.get("qr.alt"));

        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(6);
        Paragraph caption = new Paragraph(t.get("qr.caption"), SECTION);
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingAfter(6);
        cell.addElement(caption);
        cell.addElement(qr);
        Paragraph text = new Paragraph(new Chunk(signed, REFERENCE));
        text.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(text);
        Paragraph note = new Paragraph(t.get("qr.note"), SMALL);
        note.setAlignment(Element.ALIGN_CENTER);
        note.setSpacingBefore(4);
        cell.addElement(note);

        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.addCell(cell);
        return table;
    }

    private static Paragraph signature(Texts t) {
        Paragraph block = new Paragraph();
        block.setSpacingBefore(22);
        block.setAlignment(Element.ALIGN_RIGHT);
        block.add(new Chunk("______________________________________", TEXT));
        block.add(Chunk.NEWLINE);
        block.add(new Chunk(t.get("signature"), SMALL));
        return block;
    }

    /** The QR modules of a text, quiet zone included, one matrix cell per module ({@code true}: dark). */
    static BitMatrix qrMatrix(String text) {
        return PdfStyle.qrMatrix(text, QR_MARGIN);
    }

    static Image qrImage(BitMatrix matrix) throws DocumentException {
        return PdfStyle.qrImage(matrix);
    }

    /** One language's texts and date formats. */
    private record Texts(Properties texts, DateTimeFormatter date, DateTimeFormatter dateTime) {

        static Texts of(Locale locale) {
            String language = "en".equals(locale.getLanguage()) ? "en" : "it";
            Properties p = TEXTS.computeIfAbsent(language, Texts::load);
            Locale l = Locale.forLanguageTag(language);
            return new Texts(p, DateTimeFormatter.ofPattern(p.getProperty("pattern.date"), l),
                    DateTimeFormatter.ofPattern(p.getProperty("pattern.dateTime"), l).withZone(PortalClock.ROME));
        }

        private static Properties load(String language) {
            return PdfStyle.texts(EnrolmentFormPdf.class, "form_" + language + ".properties");
        }

        boolean has(String key) {
            return texts.containsKey(key);
        }

        String get(String key) {
            String value = texts.getProperty(key);
            if (value == null) {
                throw new IllegalStateException("Missing text " + key + " of the enrolment form");
            }
            return value;
        }

        String getOr(String key, String fallback) {
            return texts.getProperty(key, fallback);
        }

        String date(TemporalAccessor when) {
            return date.format(when);
        }

        String dateTime(Instant when) {
            return dateTime.format(when);
        }
    }
}
