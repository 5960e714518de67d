package it.polis.applications;

/** A receipt file: its protocol, the PDF and the SHA-256 of its content. */
public record Receipt(String protocol, byte[] pdf, String contentSha256) {

    public String fileName() {
        return "ricevuta-" + protocol.replaceAll("[^A-Za-z0-9.-]+", "_") + ".pdf";
    }
}
