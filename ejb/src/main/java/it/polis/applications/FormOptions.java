package it.polis.applications;

import it.polis.reference.Places;
import it.polis.reference.SubjectClass;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
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

    /** The lookup the form rules use. */
    public ApplicationForms.Lookup lookup() {
        Map<String, String> regions = regions();
        Map<String, String> subjects = subjectClasses();
        return new ApplicationForms.Lookup() {
            @Override
            public boolean region(String code) {
                return regions.containsKey(code);
            }

            @Override
            public boolean subjectClass(String code) {
                return subjects.containsKey(code);
            }
        };
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
        return labels;
    }
}
