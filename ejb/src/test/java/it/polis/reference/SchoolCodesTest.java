package it.polis.reference;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolCodesTest {

    private static final List<SchoolCodes.ProvinceRef> PROVINCES = List.of(
            new SchoolCodes.ProvinceRef("RM", "Roma"), new SchoolCodes.ProvinceRef("MI", "Milano"),
            new SchoolCodes.ProvinceRef("NA", "Napoli"), new SchoolCodes.ProvinceRef("TO", "Torino"));

    @Test
    void everyCodeHasTheShapeProvinceTypeAndCheckCharacter() {
        List<SchoolCodes.Row> rows = SchoolCodes.generate(7, 8000, PROVINCES);
        assertEquals(8000, rows.size());
        Set<String> types = SchoolCodes.TYPES.stream().map(SchoolCodes.Type::code).collect(Collectors.toSet());
        Set<String> sigle = PROVINCES.stream().map(SchoolCodes.ProvinceRef::code).collect(Collectors.toSet());
        for (SchoolCodes.Row r : rows) {
            assertEquals(10, r.code().length(), r.code());
            assertTrue(SchoolCodes.SHAPE.matcher(r.code()).matches(), r.code());
            assertTrue(SchoolCodes.valid(r.code()), r.code());
            assertEquals(r.provinceCode(), r.code().substring(0, 2));
            assertTrue(sigle.contains(r.provinceCode()));
            assertEquals(r.type(), r.code().substring(2, 4));
            assertTrue(types.contains(r.type()));
            assertTrue(r.distretto().matches("\\d{3}"), r.distretto());
            assertFalse(r.name().isBlank());
            assertFalse(r.comune().isBlank());
            assertTrue(r.email().endsWith("@istruzione.it"));
        }
        assertEquals(8000, new HashSet<>(rows.stream().map(SchoolCodes.Row::code).toList()).size(), "distinct codes");
        assertEquals(sigle, rows.stream().map(SchoolCodes.Row::provinceCode).collect(Collectors.toSet()));
        assertEquals(types, rows.stream().map(SchoolCodes.Row::type).collect(Collectors.toSet()));
    }

    @Test
    void sameSeedSameSchoolsAndALargerCountExtendsASmallerOne() {
        List<SchoolCodes.Row> small = SchoolCodes.generate(2027, 500, PROVINCES);
        assertEquals(small, SchoolCodes.generate(2027, 500, PROVINCES));
        assertEquals(small, SchoolCodes.generate(2027, 1000, PROVINCES).subList(0, 500));
        assertFalse(small.equals(SchoolCodes.generate(2028, 500, PROVINCES)));
    }

    @Test
    void theCheckCharacterCatchesATypo() {
        String code = SchoolCodes.generate(1, 1, PROVINCES).get(0).code();
        assertTrue(SchoolCodes.valid(code));
        char wrong = code.charAt(9) == '0' ? '1' : '0';
        assertFalse(SchoolCodes.valid(code.substring(0, 9) + wrong));
        assertFalse(SchoolCodes.valid("rmic81200d"));
        assertFalse(SchoolCodes.valid("RMIC8120"));
        assertThrows(IllegalArgumentException.class, () -> SchoolCodes.checkChar("RM"));
        assertThrows(IllegalArgumentException.class, () -> SchoolCodes.generate(1, 1, List.of()));
    }
}
