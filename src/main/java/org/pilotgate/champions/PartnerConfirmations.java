package org.pilotgate.champions;

import java.util.HashMap;
import java.util.Map;
import org.pilotgate.partners.PilotPartnerLinks;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.PartnersNamed;
import org.pilotgate.process.ChampionsModel;
import org.pilotgate.process.SideProcesses;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links each partner a proposal names to the register, in the proposal's own transaction: a name the
 * register holds is linked at once; any other starts a "Confirm this partner" task for the champions,
 * once per pilot and name, which the pilot never waits for.
 */
@Component
class PartnerConfirmations {

  private final PilotPartnerLinks links;
  private final SideProcesses processes;

  PartnerConfirmations(PilotPartnerLinks links, SideProcesses processes) {
    this.links = links;
    this.processes = processes;
  }

  @EventListener
  void partnersNamed(PartnersNamed named) {
    for (Partner partner : named.partners()) {
      links.named(named.reference(), partner.name())
          .filter(link -> link.state() == PilotPartnerLinks.State.WAITING)
          .ifPresent(link -> processes.start(ChampionsModel.CONFIRM_PARTNER_PROCESS,
              confirmation(named, partner, link.id())));
    }
  }

  private static Map<String, Object> confirmation(PartnersNamed named, Partner partner, long linkId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ChampionsWork.LINK_ID, linkId);
    variables.put(ChampionsWork.PILOT_REFERENCE, named.reference());
    variables.put(ChampionsWork.PILOT_TITLE, named.title());
    variables.put(ChampionsWork.PARTNER_NAME, partner.name());
    variables.put(ChampionsWork.PARTNER_ROLE, partner.role());
    ConfirmPartnerListener.registerSector(partner.sector())
        .ifPresent(sector -> variables.put(ConfirmPartnerListener.SECTOR, sector.name()));
    return variables;
  }
}
