package it.polis.rankings;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which partitions a run computes: "ALL", or a comma list of "RM" (a province), "RM/A022" (one province
 * and subject class) or "STAR/A022" written "*&#47;A022" (a subject class in every province).
 */
public record Scope(List<String[]> items) implements Serializable {

    private static final Pattern ITEM = Pattern.compile("(\\*|[A-Z]{2,3})(/[A-Z0-9]{2,10})?");

    public static Scope parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("ALL")) {
            return new Scope(List.of());
        }
        List<String[]> items = new ArrayList<>();
        for (String part : t.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!ITEM.matcher(part).matches()) {
                throw new RankingRejected("rnk.scope.invalid");
            }
            String[] pc = part.split("/");
            items.add(new String[] {pc[0], pc.length > 1 ? pc[1] : "*"});
        }
        return new Scope(List.copyOf(items));
    }

    public boolean all() {
        return items.isEmpty();
    }

    public boolean includes(String province, String subjectClass) {
        if (all()) {
            return true;
        }
        for (String[] i : items) {
            if ((i[0].equals("*") || i[0].equals(province)) && (i[1].equals("*") || i[1].equals(subjectClass))) {
                return true;
            }
        }
        return false;
    }

    public String text() {
        if (all()) {
            return "ALL";
        }
        return String.join(",", items.stream().map(i -> i[1].equals("*") ? i[0] : i[0] + "/" + i[1]).toList());
    }
}
