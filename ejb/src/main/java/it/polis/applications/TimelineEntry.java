package it.polis.applications;

import java.io.Serializable;
import java.time.Instant;

/** One line of an application's timeline. */
public record TimelineEntry(Instant at, String kind, String detail) implements Serializable {
}
