package it.polis.web.view.school.assistance;

import it.polis.assistance.AssistanceRow;
import it.polis.assistance.AssistanceService;
import it.polis.web.view.ministry.helpdesk.Dates;
import it.polis.web.shell.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;

/**
 * school/assistance/requests.xhtml: the state of this school's own requests (the service only ever
 * returns the caller's school's), newest first, one page at a time, with the answer once answered.
 */
@Named
@ViewScoped
public class RequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssistanceService assistance;

    private final LazyDataModel<AssistanceRow> rows = new PagedRows<>(() -> assistance.countMine(),
            (first, pageSize) -> assistance.mine(first, pageSize), row -> row.id());

    public LazyDataModel<AssistanceRow> getRows() {
        return rows;
    }

    public String dateTime(Instant instant) {
        return Dates.dateTime(instant);
    }
}
