package it.polis.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Read access to reference data: provinces and schools (birth places are {@link Places}). */
@Stateless
public class ReferenceData {

    @PersistenceContext
    private EntityManager em;

    public List<Province> provinces() {
        return em.createNamedQuery(Province.ALL, Province.class).getResultList();
    }

    public School school(String code) {
        return em.find(School.class, code);
    }
}
