package org.pilotgate.partners;

/** Another partner in the register already has this name (as the register matches names). */
class NameTaken extends RuntimeException {

  NameTaken(String name) {
    super(PartnerFields.label(PartnerFields.NAME) + ": " + name + " is already in the register");
  }
}
