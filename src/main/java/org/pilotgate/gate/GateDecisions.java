package org.pilotgate.gate;

import java.util.Optional;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/** A pilot's gate decisions as the audit chain keeps them, not as the process's variables say now. */
@Component
public class GateDecisions {

  private final AuditChain chain;

  GateDecisions(AuditChain chain) {
    this.chain = chain;
  }

  /** The last gate decided; empty when the trial stopped before its first gate. */
  public Optional<GateDecided.Ruling> last(String reference) {
    return chain.entriesOf(reference).stream()
        .filter(entry -> entry.kind() == AuditChain.Kind.GATE_DECISION)
        .reduce((earlier, later) -> later)
        .map(entry -> ProcessData.read(entry.payload(), GateDecided.Ruling.class));
  }
}
