package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
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

  AuditChainController(AuditChain chain) {
    this.chain = chain;
  }

  /** The whole installation's chain. */
  @GetMapping("/chain")
  AuditChain.Verification installation() {
    return chain.verify();
  }

  /** One pilot's entries and whether they are intact. */
  @GetMapping("/pilots/{reference}/chain")
  PilotChain pilot(@PathVariable String reference) {
    return new PilotChain(chain.entriesOf(reference), chain.verify(reference));
  }

  record PilotChain(List<AuditChain.Entry> entries, AuditChain.Verification verification) {}
}
