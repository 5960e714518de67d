package it.polis.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a codice meccanografico and a deterministic generator of national-size sets of schools
 * with it (reference data for load tests and demos; the real list comes from the ministry's open data).
 *
 * <p>A code has 10 characters: the province's sigla (2 letters), the school type (2 letters, e.g. IC
 * istituto comprensivo, PS liceo scientifico), 5 letters or digits, and a check character. The ministry
 * does not publish its check algorithm, so the check character here is our own (a weighted sum modulo
 * 36 of the first nine characters); generated codes are recognisable by it, real ones keep theirs.
 */
public final class SchoolCodes {

    public static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[A-Z]{2}[A-Z0-9]{5}[A-Z0-9]");

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** School types (code, name prefix) with their weight in the national mix. */
    public record Type(String code, String name, int weight) {
    }

    public static final List<Type> TYPES = List.of(
            new Type("IC", "Istituto comprensivo", 45),
            new Type("EE", "Circolo didattico", 5),
            new Type("MM", "Scuola secondaria di primo grado", 4),
            new Type("IS", "Istituto di istruzione superiore", 20),
            new Type("PS", "Liceo scientifico", 8),
            new Type("PC", "Liceo classico", 4),
            new Type("TD", "Istituto tecnico economico", 5),
            new Type("TF", "Istituto tecnico tecnologico", 5),
            new Type("RI", "Istituto professionale", 4));

    private static final String[] NAMES = {"Dante Alighieri", "Giuseppe Garibaldi", "Alessandro Manzoni",
            "Galileo Galilei", "Enrico Fermi", "Maria Montessori", "Leonardo da Vinci", "Giacomo Leopardi",
            "Giovanni Pascoli", "Italo Calvino", "Grazia Deledda", "Rita Levi-Montalcini", "Guglielmo Marconi",
            "Luigi Pirandello", "Don Lorenzo Milani", "Giovanni Falcone", "Paolo Borsellino", "Ugo Foscolo",
            "Carlo Collodi", "Gianni Rodari", "Elsa Morante", "Antonio Gramsci", "Cesare Beccaria",
            "Alessandro Volta", "Amedeo Avogadro", "Piero della Francesca", "San Francesco", "Via Roma",
            "Eleonora Pimentel Fonseca", "Anna Frank"};

    /** One generated school, ready to insert. */
    public record Row(String code, String name, String type, String comune, String provinceCode,
                      String distretto, String email) {
    }

    private SchoolCodes() {
    }

    /** The check character of the first nine characters of a code. */
    public static char checkChar(String first9) {
        if (first9.length() != 9) {
            throw new IllegalArgumentException("nine characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int v = ALPHABET.indexOf(first9.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a code character: " + first9.charAt(i));
            }
            sum += v * (i % 2 == 0 ? 3 : 7) + i;
        }
        return ALPHABET.charAt(sum % 36);
    }

    /** Whether a code has the shape and, for generated codes, the right check character. */
    public static boolean valid(String code) {
        return code != null && SHAPE.matcher(code).matches()
                && checkChar(code.substring(0, 9)) == code.charAt(9);
    }

    /**
     * {@code count} distinct schools spread over the given provinces (sigla and capoluogo name), the same
     * for the same seed, provinces and count (and a larger count extends a smaller one).
     */
    public static List<Row> generate(long seed, int count, List<ProvinceRef> provinces) {
        if (provinces.isEmpty()) {
            throw new IllegalArgumentException("no provinces");
        }
        Random random = new Random(seed);
        int totalWeight = TYPES.stream().mapToInt(Type::weight).sum();
        Set<String> codes = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>(count);
        while (rows.size() < count) {
            ProvinceRef p = provinces.get(random.nextInt(provinces.size()));
            int w = random.nextInt(totalWeight);
            Type type = TYPES.get(TYPES.size() - 1);
            for (Type t : TYPES) {
                if (w < t.weight()) {
                    type = t;
                    break;
                }
                w -= t.weight();
            }
            StringBuilder middle = new StringBuilder(5);
            for (int i = 0; i < 5; i++) {
                // Like the real codes: mostly digits, a letter now and then.
                middle.append(random.nextInt(5) == 0 ? ALPHABET.charAt(10 + random.nextInt(26))
                        : ALPHABET.charAt(random.nextInt(10)));
            }
            String first9 = p.code() + type.code() + middle;
            String code = first9 + checkChar(first9);
            String name = type.name() + " \"" + NAMES[random.nextInt(NAMES.length)] + "\"";
            String distretto = String.format(Locale.ROOT, "%03d", 1 + random.nextInt(60));
            if (codes.add(code)) {
                rows.add(new Row(code, name, type.code(), p.name(), p.code(), distretto,
                        code.toLowerCase(Locale.ROOT) + "@istruzione.it"));
            }
        }
        return rows;
    }

    /** A province as the generator needs it. */
    public record ProvinceRef(String code, String name) {
    }
}
