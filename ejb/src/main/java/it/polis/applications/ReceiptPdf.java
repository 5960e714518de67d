package it.polis.applications;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * The receipt of a submitted application as an A4 PDF: protocol, applicant, every field with its label,
 * the SHA-256 of the content and a QR code to the public verify page. Texts from
 * {@code receipt_it/en.properties}. Plain Java, thread-safe.
 */
public final class ReceiptPdf {

    private static final Font MONO = new Font(Font.COURIER, 8, Font.NORMAL);
    private static final Map<String, Properties> TEXTS = new ConcurrentHashMap<>();

    private ReceiptPdf() {
    }

    /** The receipt as PDF bytes; {@code verifyUrl} goes in the QR code, {@code generatedAt} in the metadata. */
    public static byte[] render(ReceiptData d, Map<String, String> valueLabels, String verifyUrl, Instant generatedAt) {
        Properties t = texts(d.locale());
        Locale locale = Locale.forLanguageTag(t.getProperty("language"));
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(t.getProperty("pattern.dateTime"), locale)
                .withZone(PortalClock.ROME);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(t.getProperty("pattern.date"), locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 56, 56, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(t.getProperty("language")));
            document.addTitle(t.getProperty("title") + " " + d.protocol());
            document.addSubject(t.getProperty("subject"));
            document.addAuthor(t.getProperty("ministry"));
            document.addCreator("POLIS - Istanze OnLine");
            PdfDate created = new PdfDate(GregorianCalendar.from(generatedAt.atZone(PortalClock.ROME)));
            document.addCreationDate(created);
            writer.createXmpMetadata();
            document.open();

            PdfPTable header = new PdfPTable(new float[] {3, 1});
            header.setWidthPercentage(100);
            PdfPCell ministry = new PdfPCell(new Phrase(t.getProperty("ministry"), HEADER));
            PdfPCell portal = new PdfPCell(new Phrase(t.getProperty("portal"), HEADER));
            portal.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (PdfPCell c : new PdfPCell[] {ministry, portal}) {
                c.setBorder(Rectangle.BOTTOM);
                c.setBorderColor(DARK_BLUE);
                c.setBorderWidthBottom(1.5f);
                c.setPaddingBottom(6);
                header.addCell(c);
            }
            document.add(header);
            Paragraph title = new Paragraph(t.getProperty("title"), TITLE);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(10);
            title.setSpacingAfter(6);
            document.add(title);
            Paragraph intro = new Paragraph(t.getProperty("intro"), TEXT);
            intro.setSpacingAfter(8);
            document.add(intro);

            PdfPTable table = new PdfPTable(new float[] {2, 3});
            table.setWidthPercentage(100);
            table.setSpacingAfter(10);
            section(table, t.getProperty("section.protocol"));
            row(table, t.getProperty("label.protocol"), d.protocol());
            row(table, t.getProperty("label.submittedAt"), dateTime.format(d.submittedAt()));
            row(table, t.getProperty("label.procedure"), d.procedureTitle() + " (" + d.procedureCode() + ")");
            row(table, t.getProperty("label.kind"), t.getProperty("kind." + d.kind(), d.kind().name()));
            section(table, t.getProperty("section.applicant"));
            row(table, t.getProperty("label.name"), d.fullName());
            row(table, t.getProperty("label.cf"), d.codiceFiscale());
            row(table, t.getProperty("label.username"), d.username());
            row(table, t.getProperty("label.email"), d.email());
            section(table, t.getProperty("section.data"));
            for (ApplicationForms.Step step : ApplicationForms.steps(d.kind())) {
                for (String field : step.fields()) {
                    String v = d.data().get(field);
                    if (v == null) {
                        continue;
                    }
                    row(table, label(t, field),
                            valueLabels.containsKey(field) ? valueLabels.get(field) : value(t, field, v, date));
                }
            }
            if (d.kind() == ProcedureKind.TRANSFER) {
                TransferPoints.Points points = TransferPoints.of(d.data());
                section(table, t.getProperty("section.points"));
                for (TransferPoints.Line l : points.lines()) {
                    row(table, t.getProperty(l.ruleKey(), l.ruleKey()),
                            java.text.MessageFormat.format(t.getProperty("points.line"), l.units(), l.points()));
                }
                row(table, t.getProperty("points.total"), String.valueOf(points.total()));
            }
            document.add(table);

            PdfPCell qrCell = new PdfPCell();
            qrCell.setBorderColor(Color.LIGHT_GRAY);
            qrCell.setPadding(6);
            Paragraph caption = new Paragraph(t.getProperty("qr.caption"), SECTION);
            caption.setAlignment(Element.ALIGN_CENTER);
            qrCell.addElement(caption);
            Image qr = qrImage(verifyUrl);
            qr.scaleAbsolute(120, 120);
            qr.setAlignment(Image.MIDDLE);
            qrCell.addElement(qr);
            Paragraph url = new Paragraph(new Chunk(verifyUrl, MONO));
            url.setAlignment(Element.ALIGN_CENTER);
            qrCell.addElement(url);
            Paragraph sha = new Paragraph(t.getProperty("label.sha") + ": " + d.contentSha256(), MONO);
            sha.setAlignment(Element.ALIGN_CENTER);
            sha.setSpacingBefore(4);
            qrCell.addElement(sha);
            Paragraph note = new Paragraph(t.getProperty("qr.note"), SMALL);
            note.setAlignment(Element.ALIGN_CENTER);
            note.setSpacingBefore(4);
            qrCell.addElement(note);
            PdfPTable qrTable = new PdfPTable(1);
            qrTable.setWidthPercentage(100);
            qrTable.setKeepTogether(true);
            qrTable.addCell(qrCell);
            document.add(qrTable);

            Paragraph generated = new Paragraph(t.getProperty("generated")
                    .replace("{generated}", dateTime.format(generatedAt)), SMALL);
            generated.setSpacingBefore(10);
            document.add(generated);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot build the receipt of " + d.protocol(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** A field's label; GPS rows and the school choice are numbered. */
    private static String label(Properties t, String field) {
        var m = java.util.regex.Pattern.compile("(cls|qual|serv)(\\d\\d)(\\w+)").matcher(field);
        if (m.matches()) {
            String base = m.group(1) + m.group(3);
            return t.getProperty("field." + base, base) + " (" + Integer.parseInt(m.group(2)) + ")";
        }
        if (field.matches("sch\\d{3}")) {
            return t.getProperty("field.sch", "sch") + " " + Integer.parseInt(field.substring(3));
        }
        return t.getProperty("field." + field, field);
    }

    private static String value(Properties t, String field, String v, DateTimeFormatter date) {
        if ("true".equals(v)) {
            return t.getProperty("yes");
        }
        if (field.matches("pref\\d\\d") && v.indexOf(':') > 0) {
            return t.getProperty("pref." + v.substring(0, v.indexOf(':')), "") + " " + v.substring(v.indexOf(':') + 1);
        }
        if (field.matches("qual\\d\\dType")) {
            return t.getProperty("value.qualType." + v, v);
        }
        if (field.endsWith("Date") || field.matches("serv\\d\\d(From|To)")) {
            try {
                return date.format(LocalDate.parse(v));
            } catch (RuntimeException e) {
                return v;
            }
        }
        return t.getProperty("value." + field + "." + v, v);
    }

    private static Image qrImage(String text) throws DocumentException {
        return PdfStyle.qrImage(PdfStyle.qrMatrix(text, 4));
    }

    private static Properties texts(Locale locale) {
        String language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "it";
        return TEXTS.computeIfAbsent(language, l -> PdfStyle.texts(ReceiptPdf.class, "receipt_" + l + ".properties"));
    }
}
