package it.polis.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The packaged birth-place data: {@code db/data/places/places.csv} (comuni and countries) and
 * {@code provinces.csv}, generated once from official open data (see SOURCE.md beside them).
 * Read by the migration that loads them and by the tests.
 */
public final class PlaceData {

    public static final String PLACES = "db/data/places/places.csv";
    public static final String PROVINCES = "db/data/places/provinces.csv";

    /** One row of places.csv; region is the ISTAT code of the comune's region (empty for countries). */
    public record PlaceRow(PlaceKind kind, String code, String name, String provinceCode, String regionCode,
                           LocalDate validFrom, LocalDate validTo) {
    }

    /** One row of provinces.csv; validTo is set for a former province. */
    public record ProvinceRow(String code, String name, String regionCode, LocalDate validTo) {
    }

    private PlaceData() {
    }

    public static List<PlaceRow> places() {
        List<PlaceRow> rows = new ArrayList<>();
        for (List<String> f : read(PLACES, 7)) {
            rows.add(new PlaceRow(PlaceKind.valueOf(f.get(0)), f.get(1), f.get(2), blankToNull(f.get(3)),
                    blankToNull(f.get(4)), date(f.get(5)), date(f.get(6))));
        }
        return rows;
    }

    public static List<ProvinceRow> provinces() {
        List<ProvinceRow> rows = new ArrayList<>();
        for (List<String> f : read(PROVINCES, 4)) {
            rows.add(new ProvinceRow(f.get(0), f.get(1), f.get(2), date(f.get(3))));
        }
        return rows;
    }

    /** CRC32 of both files, so that Flyway notices if the data of an applied migration changes. */
    public static int checksum() {
        CRC32 crc = new CRC32();
        for (String resource : List.of(PROVINCES, PLACES)) {
            try (InputStream in = open(resource)) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    /**
     * The search form of a name: accents removed, upper case, every run of other characters
     * (apostrophes, hyphens, slashes, spaces) one space. "Sant'Agata di Militello" and
     * "sant agata di mil" share the prefix "SANT AGATA DI MIL". Stored in place.search_name:
     * changing it needs a migration that recomputes that column.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('ø', 'o').replace('Ø', 'O').replace("æ", "ae").replace("Æ", "AE");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
    }

    private static InputStream open(String resource) {
        InputStream in = PlaceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }

    private static List<List<String>> read(String resource, int columns) {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() != columns) {
                    throw new IllegalStateException(resource + " line " + n + ": " + fields.size()
                            + " fields instead of " + columns);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** One CSV line (RFC 4180 quoting, no line breaks inside fields). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }
}
