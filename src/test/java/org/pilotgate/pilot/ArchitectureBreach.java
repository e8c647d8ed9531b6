package org.pilotgate.pilot;

import java.util.Map;
import org.pilotgate.audit.PilotRegister;
import org.pilotgate.governance.AuditChain;

/** Puts back the edges events replaced, a feature writing the audit chain and reaching the audit pages, so ArchitectureTest can show its rules catch them. */
class ArchitectureBreach {

  PilotRegister register;

  void appendStraightToTheChain(AuditChain chain) {
    chain.append("PIL-2026-0001", AuditChain.Kind.WITHDRAWAL, "olivia", Map.of());
  }
}
