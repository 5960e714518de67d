package it.polis.applications;

/** A protocol number: registry, year, number in the year, and its text as printed. */
public record ProtocolNumber(String registry, int year, long number, String text) {
}
