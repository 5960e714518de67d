package it.polis.reference;

import it.polis.reference.PlaceData.PlaceRow;
import it.polis.reference.PlaceData.ProvinceRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged birth-place data (db/data/places): counts, known codes, consistency. */
class PlaceDataTest {

    private static final List<PlaceRow> PLACES = PlaceData.places();
    private static final Map<String, PlaceRow> BY_CODE = PLACES.stream()
            .collect(Collectors.toMap(PlaceRow::code, Function.identity(), (a, b) -> a));

    private static long count(PlaceKind kind, boolean current) {
        return PLACES.stream().filter(p -> p.kind() == kind && (p.validTo() == null) == current).count();
    }

    @Test
    void holdsAllCurrentComuniManyFormerOnesAndTheCountries() {
        assertTrue(count(PlaceKind.COMUNE, true) > 7800, "current comuni: " + count(PlaceKind.COMUNE, true));
        assertTrue(count(PlaceKind.COMUNE, false) > 500, "former comuni: " + count(PlaceKind.COMUNE, false));
        assertTrue(count(PlaceKind.COUNTRY, true) > 200, "current countries: " + count(PlaceKind.COUNTRY, true));
        assertTrue(count(PlaceKind.COUNTRY, false) > 0, "former countries: " + count(PlaceKind.COUNTRY, false));
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (PlaceRow p : PLACES) {
            assertTrue(seen.add(p.code()), "duplicate " + p.code());
            assertTrue(p.code().matches("[A-Z][0-9]{3}"), p.code());
            assertEquals(p.kind() == PlaceKind.COUNTRY, p.code().startsWith("Z"), p.code());
            assertTrue(!p.name().isBlank() && p.name().length() <= 120, p.code());
            assertTrue(p.validFrom() == null || p.validTo() == null || !p.validTo().isBefore(p.validFrom()),
                    p.code());
        }
    }

    @Test
    void knownPlacesArePresent() {
        assertPlace("H501", PlaceKind.COMUNE, "Roma", "RM", "12", true);
        assertPlace("F205", PlaceKind.COMUNE, "Milano", "MI", "03", true);
        assertPlace("Z404", PlaceKind.COUNTRY, "Stati Uniti d'America", null, null, true);
        assertPlace("Z110", PlaceKind.COUNTRY, "Francia", null, null, true);
        // Merged into Valfornace on 1 January 2017.
        assertPlace("D609", PlaceKind.COMUNE, "Fiordimonte", "MC", "11", false);
        assertEquals(LocalDate.of(2017, 1, 1), BY_CODE.get("D609").validTo());
        // Ceded in 1947, with its former province.
        assertPlace("M149", PlaceKind.COMUNE, "Zara", "ZA", "06", false);
        // A country that no longer exists.
        assertPlace("Z105", PlaceKind.COUNTRY, "Cecoslovacchia", null, null, false);
        // Names with accents survive the conversion.
        assertEquals("Città della Pieve", BY_CODE.get("C744").name());
        assertEquals("Stato della Città del Vaticano", BY_CODE.get("Z106").name());
    }

    @Test
    void everyComuneHasAKnownProvinceWithItsRegion() {
        Map<String, ProvinceRow> provinces = PlaceData.provinces().stream()
                .collect(Collectors.toMap(ProvinceRow::code, Function.identity()));
        assertTrue(provinces.size() >= 107, "provinces: " + provinces.size());
        for (PlaceRow p : PLACES) {
            if (p.kind() == PlaceKind.COUNTRY) {
                assertNull(p.provinceCode(), p.code());
                continue;
            }
            ProvinceRow province = provinces.get(p.provinceCode());
            assertNotNull(province, p.code() + " in " + p.provinceCode());
            assertEquals(province.regionCode(), p.regionCode(), p.code());
            assertTrue(province.validTo() == null || p.validTo() != null, "current comune in a former province: " + p);
        }
        Set<String> regions = provinces.values().stream().map(ProvinceRow::regionCode).collect(Collectors.toSet());
        assertEquals(20, regions.size());
        assertEquals(Set.of("FU", "PL", "ZA"), provinces.values().stream().filter(p -> p.validTo() != null)
                .map(ProvinceRow::code).collect(Collectors.toSet()));
    }

    @Test
    void searchKeysIgnoreCaseAccentsAndPunctuation() {
        assertEquals("CITTA DELLA PIEVE", PlaceData.searchKey("Città della Pieve"));
        assertEquals("SANT ANTONIO DI GALLURA", PlaceData.searchKey("Sant'Antonio di Gallura"));
        assertEquals("SANT A", PlaceData.searchKey("  sant'a"));
        assertEquals("ISOLE FAER OER", PlaceData.searchKey("Isole Fær Øer"));
        assertEquals("", PlaceData.searchKey("%_'"));
    }

    @Test
    void csvQuotingIsUnderstood() {
        assertEquals(List.of("a", "b,c", "d\"e", ""), PlaceData.split("a,\"b,c\",\"d\"\"e\","));
    }

    private static void assertPlace(String code, PlaceKind kind, String name, String province, String region,
                                    boolean current) {
        PlaceRow p = BY_CODE.get(code);
        assertNotNull(p, code);
        assertEquals(kind, p.kind(), code);
        assertEquals(name, p.name(), code);
        assertEquals(province, p.provinceCode(), code);
        assertEquals(region, p.regionCode(), code);
        assertEquals(current, p.validTo() == null, code);
    }
}
