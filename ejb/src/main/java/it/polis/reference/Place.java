package it.polis.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A birth place keyed by its Belfiore (cadastral) code, the place part of the codice fiscale:
 * an Italian comune (also a former one: people were born there) or a foreign country (Z###).
 * Read-only reference data loaded by the migrations; source in db/data/places/SOURCE.md.
 */
@Entity
@Table(name = "place")
@Cacheable
@NamedQuery(name = Place.CURRENT_OF_KIND, query = "SELECT p FROM Place p WHERE p.kind = :kind"
        + " AND p.validTo IS NULL ORDER BY p.searchName, p.code")
@NamedQuery(name = Place.COMUNI_OF_PROVINCE, query = "SELECT p FROM Place p WHERE p.kind = :kind"
        + " AND p.provinceCode = :province ORDER BY p.searchName, p.code")
@NamedQuery(name = Place.SEARCH, query = "SELECT p FROM Place p WHERE p.kind = :kind"
        + " AND p.searchName LIKE :prefix ORDER BY p.searchName, p.code")
public class Place {

    /** Current places of a kind (parameter kind), by name. */
    public static final String CURRENT_OF_KIND = "Place.currentOfKind";
    /** Comuni of a province, current and former (parameters kind, province), by name. */
    public static final String COMUNI_OF_PROVINCE = "Place.comuniOfProvince";
    /** Places of a kind whose search name starts with a prefix (parameters kind, prefix with %). */
    public static final String SEARCH = "Place.search";

    @Id
    private String code;
    @Enumerated(EnumType.STRING)
    private PlaceKind kind;
    private String name;
    @Column(name = "search_name")
    private String searchName;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Place() {
    }

    /** The Belfiore code, e.g. H501 (Roma) or Z110 (Francia). */
    public String getCode() {
        return code;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public boolean isCountry() {
        return kind == PlaceKind.COUNTRY;
    }

    /** Italian name as in the official lists. */
    public String getName() {
        return name;
    }

    public String getSearchName() {
        return searchName;
    }

    /** Province sigla for a comune (the province it belonged to last), null for a country. */
    public String getProvinceCode() {
        return provinceCode;
    }

    /** First day of validity, null when unknown. */
    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** Last day of validity, null while the place exists. */
    public LocalDate getValidTo() {
        return validTo;
    }

    /** A comune that no longer exists (merged, renamed, ceded) or a country that no longer exists. */
    public boolean isSuppressed() {
        return validTo != null;
    }

    /** Whether the code was in use on that day; open bounds (unknown dates) do not restrict. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    @Override
    public String toString() {
        return provinceCode == null ? code + " " + name : code + " " + name + " (" + provinceCode + ")";
    }
}
