/**
 * The enrolment form (modulo di adesione): the one-page PDF a registered citizen prints and
 * brings to a school secretariat, and the signed registration reference in its QR code.
 *
 * <ul>
 *   <li>{@link it.polis.identification.form.RegistrationReference}: {@code sign} / {@code verify}
 *       of {@code POLIS1.<registration number>.<Base32 HMAC-SHA256 tag>}, no personal data;</li>
 *   <li>{@link it.polis.identification.form.ReferenceSigner}: the application-scoped signer,
 *       keyed by the configuration property {@code polis.signing.key} (Base64 of at least 16,
 *       recommended 32, random bytes; environment variable {@code POLIS_SIGNING_KEY}). Required
 *       in production and the same on every instance; with {@code polis.dev.enabled=true} and no
 *       key, the public development key {@code POLIS-development-signing-key-01} is used with a
 *       warning;</li>
 *   <li>{@link it.polis.identification.form.EnrolmentFormPdf}: renders
 *       {@link it.polis.identification.form.EnrolmentFormData} to PDF (OpenPDF, QR by ZXing),
 *       texts in {@code form_it.properties} / {@code form_en.properties} beside this package.</li>
 * </ul>
 *
 * <p>Typical use in a backing bean or service:
 * <pre>{@code
 * @Inject ReferenceSigner signer;
 * byte[] pdf = new EnrolmentFormPdf(signer.reference()).render(data);
 * Optional<String> number = signer.verify(scannedText);   // secretariat side
 * }</pre>
 */
package it.polis.identification.form;
