package org.pilotgate.champions;

import java.util.Optional;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.pilot.Partner;
import org.springframework.stereotype.Component;

/** A partner picked from the register in a proposal is named as the register names it. */
@Component
class RegisterPartnerNames implements Partner.RegisterNames {

  private final PartnerRegister register;

  RegisterPartnerNames(PartnerRegister register) {
    this.register = register;
  }

  @Override
  public Optional<String> nameOf(long id) {
    return register.find(id).map(partner -> partner.details().name());
  }
}
