package it.polis.applications;

import it.polis.reference.Places;
import it.polis.reference.School;
import it.polis.reference.SubjectClass;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Choices offered by the application forms (regions, subject classes), from the reference data. */
@Stateless
@PermitAll
public class FormOptions {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Places places;

    /** Region code to name, by name. */
    public Map<String, String> regions() {
        Map<String, String> m = new LinkedHashMap<>();
        places.regions().forEach(r -> m.put(r.getCode(), r.getName()));
        return m;
    }

    /** Teaching subject classes (classi di concorso): code to "code - description", by code. */
    public Map<String, String> subjectClasses() {
        Map<String, String> m = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM SubjectClass s WHERE s.kind = 'TEACHER' ORDER BY s.code", SubjectClass.class)
                .getResultList().forEach(s -> m.put(s.getCode(), s.getCode() + " - " + s.getDescription()));
        return m;
    }

    /** Provinces: code to name, by name. */
    public Map<String, String> provinces() {
        Map<String, String> m = new LinkedHashMap<>();
        em.createNamedQuery(it.polis.reference.Province.ALL, it.polis.reference.Province.class).getResultList()
                .forEach(p -> m.put(p.getCode(), p.getName()));
        return m;
    }

    /** ATA profiles (the subject classes of the ATA variant): code to "code - description", by code. */
    public Map<String, String> ataProfiles() {
        Map<String, String> m = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM SubjectClass s WHERE s.kind = 'ATA' ORDER BY s.code", SubjectClass.class)
                .getResultList().forEach(s -> m.put(s.getCode(), s.getCode() + " - " + s.getDescription()));
        return m;
    }

    /** The legal preference titles (DPR 487/1994 art. 5, rankings reference data): code to text, in legal order. */
    @SuppressWarnings("unchecked")
    public Map<String, String> preferenceTitles(String language) {
        Map<String, String> m = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT code, description_it, description_en"
                + " FROM rnk_preference_title ORDER BY rank_order").getResultList();
        rows.forEach(r -> m.put((String) r[0], (String) ("en".equals(language) ? r[2] : r[1])));
        return m;
    }

    /** "code - name, comune (province)" of a school, or the code alone when unknown. */
    public String schoolLabel(String code) {
        School s = code == null ? null : em.find(School.class, code);
        return s == null ? code : s.getCode() + " - " + s.getName() + ", " + s.getComune() + " (" + s.getProvinceCode() + ")";
    }

    /** The lookup the form rules use. */
    public ApplicationForms.Lookup lookup() {
        Map<String, String> regions = regions();
        Map<String, String> subjects = subjectClasses();
        return new ApplicationForms.Lookup() {
            @Override
            public boolean preferenceTitle(String code) {
                return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM rnk_preference_title WHERE code = ?")
                        .setParameter(1, code).getSingleResult()).intValue() == 1;
            }

            @Override
            public boolean province(String code) {
                return em.find(it.polis.reference.Province.class, code) != null;
            }

            @Override
            public boolean ataProfile(String code) {
                SubjectClass s = em.find(SubjectClass.class, code);
                return s != null && "ATA".equals(s.getKind());
            }

            @Override
            public boolean region(String code) {
                return regions.containsKey(code);
            }

            @Override
            public boolean subjectClass(String code) {
                return subjects.containsKey(code);
            }

            @Override
            public boolean school(String code) {
                return em.find(School.class, code) != null;
            }

            @Override
            public boolean place(String preference) {
                return FormOptions.this.place(preference);
            }
        };
    }

    /** Whether a transfer preference names an existing school, comune, distretto or provincia. */
    public boolean place(String preference) {
        int colon = preference == null ? -1 : preference.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String type = preference.substring(0, colon);
        String value = preference.substring(colon + 1);
        String where = switch (type) {
            case "SCHOOL" -> "s.code = :v";
            case "COMUNE" -> "UPPER(s.comune) = UPPER(:v)";
            case "DISTRETTO" -> "s.distretto = :v";
            case "PROVINCIA" -> "s.provinceCode = :v";
            default -> null;
        };
        if (where == null) {
            return false;
        }
        return em.createQuery("SELECT COUNT(s) FROM School s WHERE " + where, Long.class).setParameter("v", value)
                .getSingleResult() > 0;
    }

    /** Schools whose code, name or comune contains the text (at most 20), for the preference editor. */
    public java.util.List<School> searchSchools(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.length() < 2) {
            return java.util.List.of();
        }
        return em.createQuery("SELECT s FROM School s WHERE UPPER(s.code) LIKE :t OR UPPER(s.name) LIKE :t"
                        + " OR UPPER(s.comune) LIKE :t ORDER BY s.comune, s.name", School.class)
                .setParameter("t", "%" + t.replace("%", "").replace("_", "") + "%").setMaxResults(20)
                .getResultList();
    }

    /** Labels of coded values in a form (region and subject class names), for pages and receipts. */
    public Map<String, String> labels(FormData data) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (data.get("region") != null) {
            labels.put("region", regions().getOrDefault(data.get("region"), data.get("region")));
        }
        if (data.get("subjectClass") != null) {
            labels.put("subjectClass", subjectClasses().getOrDefault(data.get("subjectClass"), data.get("subjectClass")));
        }
        if (data.get("gpsProfile") != null) {
            Map<String, String> classes = new LinkedHashMap<>(subjectClasses());
            classes.putAll(ataProfiles());
            if (data.get("province") != null) {
                labels.put("province", provinces().getOrDefault(data.get("province"), data.get("province")));
            }
            data.asMap().forEach((k, v) -> {
                if (k.matches("cls\\d\\dCode|serv\\d\\dClass")) {
                    labels.put(k, classes.getOrDefault(v, v));
                } else if (k.matches("sch\\d{3}")) {
                    labels.put(k, schoolLabel(v));
                }
            });
            List<String> titles = ApplicationForms.preferenceTitles(data);
            if (!titles.isEmpty()) {
                Map<String, String> texts = preferenceTitles("it");
                labels.put("prefTitles", String.join("; ", titles.stream().map(c -> texts.getOrDefault(c, c)).toList()));
            }
        }
        return labels;
    }
}
