package it.polis.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One of the twenty Italian regions (ISTAT code). Read-only reference data. */
@Entity
@Table(name = "region")
@Cacheable
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.name")
public class Region {

    public static final String ALL = "Region.all";

    @Id
    private String code;
    private String name;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
