package org.pilotgate.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: a pilot's timeline, and checks that no recorded decision, registration version or publication was altered. */
@RestController
@RequestMapping("/api/audit")
class AuditChainController {

  private final AuditChain chain;
  private final Timeline timeline;

  AuditChainController(AuditChain chain, Timeline timeline) {
    this.chain = chain;
    this.timeline = timeline;
  }

  /** Everything that happened to one pilot, oldest first. */
  @GetMapping("/pilots/{reference}")
  List<Timeline.Event> timeline(@PathVariable String reference) {
    return timeline.of(reference).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
        org.springframework.http.HttpStatus.NOT_FOUND, "No pilot has the reference " + reference));
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
