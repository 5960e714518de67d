package it.polis.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A province, keyed by its two-letter sigla (RM, MI, ...). */
@Entity
@Table(name = "province")
@Cacheable
@NamedQuery(name = Province.ALL, query = "SELECT p FROM Province p ORDER BY p.name")
public class Province {

    public static final String ALL = "Province.all";

    @Id
    private String code;
    private String name;
    @Column(name = "region_code")
    private String regionCode;

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
}
