package it.polis.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The last protocol number given in a registry and year (row-locked while a number is taken). */
@Entity
@Table(name = "app_protocol_counter")
public class ProtocolCounter {

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "registry")
        private String registry;

        @Column(name = "year_value")
        private int year;

        protected Key() {
        }

        public Key(String registry, int year) {
            this.registry = registry;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.registry.equals(registry) && k.year == year;
        }

        @Override
        public int hashCode() {
            return registry.hashCode() * 31 + year;
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ProtocolCounter() {
    }

    ProtocolCounter(Key key) {
        this.key = key;
    }

    long next() {
        return ++lastNumber;
    }

    public long getLastNumber() {
        return lastNumber;
    }
}
