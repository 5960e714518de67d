package it.polis.identity.cf;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Compares a codice fiscale someone typed with their personal data and tells which parts
 * disagree, so the UI can say e.g. "the name part of the CF does not match" rather than a
 * bare "invalid".
 *
 * <p>Omocodic variants of the right CF match. The year is compared modulo 100 because the CF
 * does not encode the century. A malformed part is reported as {@link CodiceFiscalePart#FORMAT}
 * plus that part; a CF of the wrong length or with other characters gives FORMAT alone.
 */
public final class CodiceFiscaleMatch {

    private final Set<CodiceFiscalePart> mismatches;

    private CodiceFiscaleMatch(Set<CodiceFiscalePart> mismatches) {
        this.mismatches = Collections.unmodifiableSet(mismatches);
    }

    public static CodiceFiscaleMatch of(String codiceFiscale, PersonalData data) {
        Objects.requireNonNull(data, "data");
        String cf = CodiceFiscaleSyntax.normalise(codiceFiscale);
        EnumSet<CodiceFiscalePart> parts = EnumSet.noneOf(CodiceFiscalePart.class);
        parts.addAll(CodiceFiscaleSyntax.problems(cf));
        if (!CodiceFiscaleSyntax.isSegmentable(cf)) {
            return new CodiceFiscaleMatch(parts);
        }
        // Compare only the parts that are well formed; malformed ones are already reported.
        check(parts, CodiceFiscalePart.SURNAME,
                () -> cf.substring(0, 3).equals(CodiceFiscaleCalculator.surnameCode(data.surname())));
        check(parts, CodiceFiscalePart.NAME,
                () -> cf.substring(3, 6).equals(CodiceFiscaleCalculator.nameCode(data.name())));
        check(parts, CodiceFiscalePart.BIRTH_YEAR,
                () -> CodiceFiscaleSyntax.digitsAt(cf, 6, 8).equals(CodiceFiscaleCalculator.yearCode(data.birthDate())));
        check(parts, CodiceFiscalePart.BIRTH_MONTH,
                () -> CodiceFiscaleSyntax.month(cf) == data.birthDate().getMonth());
        check(parts, CodiceFiscalePart.BIRTH_DAY_OR_SEX,
                () -> CodiceFiscaleSyntax.digitsAt(cf, 9, 11)
                        .equals(CodiceFiscaleCalculator.dayCode(data.birthDate(), data.sex())));
        check(parts, CodiceFiscalePart.PLACE,
                () -> (cf.charAt(11) + CodiceFiscaleSyntax.digitsAt(cf, 12, 15)).equals(data.placeCode()));
        return new CodiceFiscaleMatch(parts);
    }

    public static CodiceFiscaleMatch of(CodiceFiscale codiceFiscale, PersonalData data) {
        return of(codiceFiscale.value(), data);
    }

    /** True when the CF is valid and every part agrees with the data. */
    public boolean matches() {
        return mismatches.isEmpty();
    }

    /** The parts that are malformed or disagree with the data; empty when they all match. */
    public Set<CodiceFiscalePart> mismatches() {
        return mismatches;
    }

    public boolean mismatch(CodiceFiscalePart part) {
        return mismatches.contains(part);
    }

    @Override
    public String toString() {
        return "CodiceFiscaleMatch" + mismatches;
    }

    private static void check(Set<CodiceFiscalePart> parts, CodiceFiscalePart part, BooleanSupplier agrees) {
        if (!parts.contains(part) && !agrees.getAsBoolean()) {
            parts.add(part);
        }
    }
}
