package it.polis.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Read access to reference data (regions, provinces, schools, subject classes). */
@Stateless
public class ReferenceData {

    @PersistenceContext
    private EntityManager em;

    public List<Region> regions() {
        return em.createNamedQuery(Region.ALL, Region.class).getResultList();
    }

    public List<Province> provinces() {
        return em.createNamedQuery(Province.ALL, Province.class).getResultList();
    }

    public List<SubjectClass> subjectClasses() {
        return em.createNamedQuery(SubjectClass.ALL, SubjectClass.class).getResultList();
    }

    public School school(String code) {
        return em.find(School.class, code);
    }

    public List<School> schools() {
        return em.createNamedQuery(School.ALL, School.class).getResultList();
    }
}
