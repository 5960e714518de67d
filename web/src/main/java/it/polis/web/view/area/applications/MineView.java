package it.polis.web.view.area.applications;

import it.polis.applications.ApplicationService;
import it.polis.applications.ApplicationView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** area/applications/mine.xhtml: the caller's applications, drafts and submitted ones. */
@Named("mineView")
@RequestScoped
public class MineView {

    @EJB
    private ApplicationService applications;

    private List<ApplicationView> rows;

    public List<ApplicationView> getRows() {
        if (rows == null) {
            rows = applications.mine();
        }
        return rows;
    }
}
