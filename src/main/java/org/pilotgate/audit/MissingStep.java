package org.pilotgate.audit;

import java.time.Instant;
import java.util.List;
import org.pilotgate.governance.WitnessFinding;

/** A step a restored database lacks, as the witness recorded it: which pilot, what step, who, when. */
record MissingStep(long sequence, String pilot, String kind, String step, String actor, Instant recordedAt) {

  /** The first steps missing, as the health details and the page show them; the API shows all. */
  static final int SHOWN = 100;

  static List<MissingStep> of(WitnessFinding finding) {
    return of(finding, Integer.MAX_VALUE);
  }

  static List<MissingStep> of(WitnessFinding finding, int atMost) {
    return finding.missing().stream().limit(atMost).map(entry -> new MissingStep(entry.sequence(), entry.reference(),
        entry.kind().name(), AuditChainPage.kind(entry.kind()), entry.actor(), Instant.parse(entry.recordedAt()))).toList();
  }
}
