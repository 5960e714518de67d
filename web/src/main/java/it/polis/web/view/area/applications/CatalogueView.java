package it.polis.web.view.area.applications;

import it.polis.applications.ApplicationRejected;
import it.polis.applications.ApplicationService;
import it.polis.applications.ApplicationView;
import it.polis.applications.Procedure;
import it.polis.applications.ProcedureData;
import it.polis.applications.ProcedureService;
import it.polis.platform.PortalClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** area/applications/catalogue.xhtml: procedures open now, opening soon and closed, with deadlines. */
@Named("catalogueView")
@RequestScoped
public class CatalogueView {

    @EJB
    private ProcedureService procedures;

    @EJB
    private ApplicationService applications;

    @Inject
    private PortalClock clock;

    private Map<Procedure.Phase, List<ProcedureData>> byPhase;
    private Map<Long, ApplicationView> mine;

    private Map<Procedure.Phase, List<ProcedureData>> byPhase() {
        if (byPhase == null) {
            var now = clock.now();
            byPhase = procedures.all().stream().sorted(Comparator.comparing(ProcedureData::closesAt))
                    .collect(Collectors.groupingBy(p -> p.phaseAt(now)));
        }
        return byPhase;
    }

    public List<ProcedureData> getOpen() {
        return byPhase().getOrDefault(Procedure.Phase.OPEN, List.of());
    }

    public List<ProcedureData> getUpcoming() {
        return byPhase().getOrDefault(Procedure.Phase.UPCOMING, List.of()).stream()
                .sorted(Comparator.comparing(ProcedureData::opensAt)).toList();
    }

    public List<ProcedureData> getClosed() {
        return byPhase().getOrDefault(Procedure.Phase.CLOSED, List.of()).stream()
                .sorted(Comparator.comparing(ProcedureData::closesAt).reversed()).toList();
    }

    /** The caller's application to the procedure, if any. */
    public ApplicationView mineFor(ProcedureData p) {
        if (mine == null) {
            mine = applications.mine().stream().collect(Collectors.toMap(a -> a.procedure().id(), a -> a));
        }
        return mine.get(p.id());
    }

    public String apply(long procedureId) {
        try {
            long id = applications.open(procedureId);
            return "/area/applications/form?faces-redirect=true&id=" + id;
        } catch (ApplicationRejected e) {
            AppTexts.error(e.messageKey());
            return null;
        }
    }
}
