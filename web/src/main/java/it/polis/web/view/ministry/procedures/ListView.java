package it.polis.web.view.ministry.procedures;

import it.polis.applications.ProcedureData;
import it.polis.applications.ProcedureService;
import it.polis.platform.PortalClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** ministry/procedures/list.xhtml: every procedure with its window and where it stands now. */
@Named("procedureListView")
@RequestScoped
public class ListView {

    @EJB
    private ProcedureService procedures;

    @Inject
    private PortalClock clock;

    private List<ProcedureData> rows;

    public List<ProcedureData> getRows() {
        if (rows == null) {
            rows = procedures.all();
        }
        return rows;
    }

    public String phase(ProcedureData p) {
        return p.phaseAt(clock.now()).name();
    }
}
