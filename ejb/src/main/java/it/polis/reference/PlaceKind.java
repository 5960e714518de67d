package it.polis.reference;

/** What a Belfiore code stands for: an Italian comune, or a foreign country (Z###). */
public enum PlaceKind {
    COMUNE,
    COUNTRY
}
