package it.polis.applications;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of an application form, as stored: one {@code name=value} a line, names sorted, values
 * URL-encoded (so a value may hold any character). The same text is the content a receipt hashes.
 */
public final class FormData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<String, String> values;

    private FormData(TreeMap<String, String> values) {
        this.values = values;
    }

    public static FormData empty() {
        return new FormData(new TreeMap<>());
    }

    public static FormData of(Map<String, String> values) {
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, v.strip());
            }
        });
        return new FormData(copy);
    }

    public static FormData parse(String text) {
        TreeMap<String, String> v = new TreeMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    v.put(line.substring(0, eq), URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return new FormData(v);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('\n'));
        return sb.toString();
    }

    public String get(String name) {
        return values.get(name);
    }

    public boolean isTrue(String name) {
        return "true".equals(values.get(name));
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormData f && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
