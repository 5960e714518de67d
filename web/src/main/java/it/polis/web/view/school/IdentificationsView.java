package it.polis.web.view.school;

import it.polis.identification.Identification;
import it.polis.identification.IdentificationRow;
import it.polis.identification.IdentificationService;
import it.polis.platform.PortalClock;
import it.polis.web.shell.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;

/**
 * school/identifications.xhtml: the identifications done by this school (the service only ever
 * returns the caller's own school's), newest first, one page at a time.
 */
@Named
@ViewScoped
public class IdentificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the table: a serializable copy of what the page shows. */
    public record Row(long id, Instant occurredAt, String personName, String codiceFiscale, String outcome,
                      String documentType, String documentNumber, String refusalReason, String operator)
            implements Serializable {

        public boolean confirmed() {
            return Identification.Outcome.CONFIRMED.name().equals(outcome);
        }
    }

    @EJB
    private IdentificationService identifications;

    private final LazyDataModel<Row> rows = new PagedRows<>(() -> identifications.countMine(),
            (first, pageSize) -> identifications.mine(first, pageSize).stream().map(IdentificationsView::row).toList(), row -> row.id());

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(PortalClock.ROME).format(IdentifyView.formatter(true));
    }

    private static Row row(IdentificationRow i) {
        return new Row(i.id(), i.occurredAt(), i.fullName(), i.codiceFiscale(), i.outcome().name(),
                i.documentType(), i.documentNumber(), i.refusalReason(), i.operator());
    }
}
