package it.polis.web.view.school.assistance;

import it.polis.assistance.AssistanceRow;
import it.polis.assistance.AssistanceService;
import it.polis.web.view.ministry.helpdesk.Dates;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    private final LazyDataModel<AssistanceRow> rows = new Rows();

    public LazyDataModel<AssistanceRow> getRows() {
        return rows;
    }

    public String dateTime(Instant instant) {
        return Dates.dateTime(instant);
    }

    private final class Rows extends LazyDataModel<AssistanceRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, assistance.countMine());
        }

        @Override
        public List<AssistanceRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            return assistance.mine(first, pageSize);
        }

        @Override
        public String getRowKey(AssistanceRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public AssistanceRow getRowData(String rowKey) {
            List<AssistanceRow> page = getWrappedData();
            return page == null ? null : page.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst()
                    .orElse(null);
        }
    }
}
