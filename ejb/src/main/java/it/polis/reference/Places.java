package it.polis.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Birth places for the registration form: the cascade regione -> provincia -> comune (comuni
 * include former ones, marked {@link Place#isSuppressed()}), foreign countries for people born
 * abroad, an autocomplete over comuni, and the check of a place code against a birth date.
 * Italy as a pseudo-country in front of the country list is the page's business.
 */
@Stateless
public class Places {

    /** Most rows one autocomplete call returns. */
    public static final int MAX_SEARCH_RESULTS = 50;

    @PersistenceContext
    private EntityManager em;

    /** Foreign countries that exist today, by Italian name. */
    public List<Place> countries() {
        return em.createNamedQuery(Place.CURRENT_OF_KIND, Place.class).setParameter("kind", PlaceKind.COUNTRY)
                .getResultList();
    }

    /** The twenty regions, by name. */
    public List<Region> regions() {
        return em.createNamedQuery(Region.ALL, Region.class).getResultList();
    }

    /**
     * Provinces of a region by name: the current ones, then the former ones that still hold birth
     * places (Fiume, Pola and Zara in Friuli-Venezia Giulia), marked {@link Province#isSuppressed()}.
     */
    public List<Province> provinces(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return List.of();
        }
        Collator italian = Collator.getInstance(Locale.ITALIAN);
        return em.createNamedQuery(Province.OF_REGION, Province.class).setParameter("region", regionCode.trim())
                .getResultList().stream()
                .sorted(Comparator.comparing(Province::isSuppressed).thenComparing(Province::getName, italian))
                .toList();
    }

    /** Comuni of a province, current and former (marked), by name. */
    public List<Place> comuni(String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) {
            return List.of();
        }
        return em.createNamedQuery(Place.COMUNI_OF_PROVINCE, Place.class).setParameter("kind", PlaceKind.COMUNE)
                .setParameter("province", provinceCode.trim().toUpperCase(Locale.ROOT)).getResultList();
    }

    /** The place with that Belfiore code (any case), comune or country, current or former. */
    public Optional<Place> byCode(String belfioreCode) {
        if (belfioreCode == null || belfioreCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Place.class, belfioreCode.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * Comuni, current and former, whose name starts with the text, ignoring case, accents and
     * punctuation ("citta d" finds "Città della Pieve"), by name; at most {@code limit} (capped at
     * {@link #MAX_SEARCH_RESULTS}). Each carries its name and province sigla.
     */
    public List<Place> searchComuni(String text, int limit) {
        String key = PlaceData.searchKey(text);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        return em.createNamedQuery(Place.SEARCH, Place.class).setParameter("kind", PlaceKind.COMUNE)
                .setParameter("prefix", key + "%").setMaxResults(Math.min(limit, MAX_SEARCH_RESULTS))
                .getResultList();
    }

    /**
     * Whether the code names a known place (comune or country) that existed on the birth date:
     * a comune merged away before the birth, or created after it, is not a valid birth place.
     * Unknown validity dates do not restrict; a null birth date only checks that the code exists.
     */
    public boolean isValidBirthPlace(String belfioreCode, LocalDate birthDate) {
        return byCode(belfioreCode).map(p -> birthDate == null || p.isValidOn(birthDate)).orElse(false);
    }
}
