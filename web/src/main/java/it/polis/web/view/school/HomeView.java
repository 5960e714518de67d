package it.polis.web.view.school;

import it.polis.reference.ReferenceData;
import it.polis.reference.School;
import it.polis.web.shell.SessionView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** school/home.xhtml: the secretariat's home, for the school of the signed-in account. */
@Named("schoolHomeView")
@RequestScoped
public class HomeView {

    @Inject
    private SessionView session;

    @EJB
    private ReferenceData reference;

    private School school;

    public School getSchool() {
        if (school == null) {
            school = reference.school(session.account().orElseThrow().getSchoolCode());
        }
        return school;
    }
}
