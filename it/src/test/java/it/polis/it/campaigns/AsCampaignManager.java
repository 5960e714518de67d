package it.polis.it.campaigns;

import it.polis.campaigns.CampaignService;
import it.polis.identity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.function.Function;

/** Test deployment only: calls the campaign service with the campaign manager's role (run-as). */
@Stateless
@PermitAll
@DeclareRoles(Role.CAMPAIGN_MANAGER)
@RunAs(Role.CAMPAIGN_MANAGER)
public class AsCampaignManager {

    @EJB
    private CampaignService service;

    public <T> T call(Function<CampaignService, T> f) {
        return f.apply(service);
    }

    public void run(java.util.function.Consumer<CampaignService> f) {
        f.accept(service);
    }
}
