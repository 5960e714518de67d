package it.polis.applications;

import java.io.Serializable;
import java.time.Instant;

/** A procedure as shown and edited (a detached, serializable copy). id null: a new one. */
public record ProcedureData(Long id, String code, ProcedureKind kind, String titleIt, String titleEn,
                            String descriptionIt, String descriptionEn, Instant opensAt, Instant closesAt,
                            boolean staffOnly, int maxPreferences, String declarations) implements Serializable {

    static ProcedureData of(Procedure p) {
        return new ProcedureData(p.getId(), p.getCode(), p.getKind(), p.getTitleIt(), p.getTitleEn(),
                p.getDescriptionIt(), p.getDescriptionEn(), p.getOpensAt(), p.getClosesAt(), p.isStaffOnly(),
                p.getMaxPreferences(), p.getDeclarations());
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleIt;
    }

    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionIt;
    }

    public Procedure.Phase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return Procedure.Phase.UPCOMING;
        }
        return now.isBefore(closesAt) ? Procedure.Phase.OPEN : Procedure.Phase.CLOSED;
    }
}
