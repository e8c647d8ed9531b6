package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import org.pilotgate.governance.ChainWitness;
import org.pilotgate.governance.WitnessFinding;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: checks that no recorded decision, registration version or publication was altered. */
@RestController
@RequestMapping("/api/audit")
class AuditChainController {

  private final AuditChain chain;
  private final ChainWitness witness;

  AuditChainController(AuditChain chain, ChainWitness witness) {
    this.chain = chain;
    this.witness = witness;
  }

  /** The whole installation's chain. */
  @GetMapping("/chain")
  AuditChain.Verification installation() {
    return chain.verify();
  }

  /**
   * What this node's witness holds and the database does not (docs/operations.md, "Backup and restore"):
   * after a restore from an older backup, the steps lost with it and their pilots.
   */
  @GetMapping("/chain/missing")
  MissingFromDatabase missing() {
    WitnessFinding finding = witness.state().finding();
    return new MissingFromDatabase(finding.outcome(), finding.summary(), finding.witnessFile(), finding.references(),
        MissingStep.of(finding));
  }

  record MissingFromDatabase(WitnessFinding.Outcome finding, String summary, String witnessFile, List<String> pilots,
      List<MissingStep> missing) {}

  /** One pilot's entries and whether they are intact. */
  @GetMapping("/pilots/{reference}/chain")
  PilotChain pilot(@PathVariable String reference) {
    return new PilotChain(chain.entriesOf(reference), chain.verify(reference));
  }

  record PilotChain(List<AuditChain.Entry> entries, AuditChain.Verification verification) {}
}
