package org.pilotgate.champions;

import org.pilotgate.form.Submission;
import org.pilotgate.partners.Partner;
import org.pilotgate.partners.PartnerRegister;

/** A partner a champion picked from the register in a form, by its id. */
final class RegisterPick {

  static final String FIELD = org.pilotgate.pilot.Partner.REGISTER_ID;

  private RegisterPick() {}

  static Partner from(Submission form, PartnerRegister register) {
    String picked = form.line(FIELD, 20);
    try {
      return register.find(Long.parseLong(picked)).orElseThrow(() -> form.invalid(FIELD,
          "must be a partner the register lists: pick one of them"));
    } catch (NumberFormatException notAnId) {
      throw form.invalid(FIELD, "choose a partner the register lists, not '" + picked + "'");
    }
  }
}
