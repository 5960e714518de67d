package it.polis.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A province, keyed by its two-letter sigla (RM, MI, ...). Also the former provinces that birth
 * places refer to (Fiume, Pola, Zara): those have an end date and are left out of {@link #ALL}.
 */
@Entity
@Table(name = "province")
@Cacheable
@NamedQuery(name = Province.ALL, query = "SELECT p FROM Province p WHERE p.validTo IS NULL ORDER BY p.name")
@NamedQuery(name = Province.OF_REGION, query = "SELECT p FROM Province p WHERE p.regionCode = :region")
public class Province {

    /** Current provinces, by name. */
    public static final String ALL = "Province.all";
    /** Provinces of a region (parameter region), current and former, unordered. */
    public static final String OF_REGION = "Province.ofRegion";

    @Id
    private String code;
    private String name;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Province() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** Last day of a former province, null for a current one. */
    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isSuppressed() {
        return validTo != null;
    }
}
