package it.polis.it.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.Cookie;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads the signed-in citizen's enrolment form with the browser's session and reads it like
 * a printed page: render at 150 dpi, decode the QR code, extract the text.
 */
public final class EnrolmentForms {

    private static String lastText = "";

    private EnrolmentForms() {
    }

    public static String downloadAndReadQr(Browser browser, TestPortal portal) throws Exception {
        Cookie session = browser.cookie("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create(portal.url("/account/enrolment-form.pdf")))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/pdf")) {
            throw new AssertionError("No PDF: " + response.statusCode() + " " + response.headers().map());
        }
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            lastText = new PDFTextStripper().getText(pdf);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
        }
    }

    /** Text of the last form read. */
    public static String lastText() {
        return lastText;
    }
}
