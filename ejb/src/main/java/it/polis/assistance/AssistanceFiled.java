package it.polis.assistance;

import java.io.Serializable;

/**
 * A filed request: its number and whether the school of service was not found among the known
 * schools (a probable typo, reported as a warning only).
 */
public record AssistanceFiled(String number, boolean serviceSchoolUnknown) implements Serializable {
}
