package org.pilotgate.audit;

import java.util.List;
import org.pilotgate.governance.ChainWitness;
import org.pilotgate.governance.WitnessFinding;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * This node's audit chain witness, shown as {@code auditWitness}: its file, how far it has caught up
 * and what comparing it with the database found, with the entries the database lacks (how many, and the
 * first {@value MissingStep#SHOWN} with their pilots; the audit API lists them all). Always UP: a
 * node on a restored database must go on serving; the finding is for the operators and auditors.
 */
@Component("auditWitnessHealthIndicator")
class AuditWitnessHealth extends AbstractHealthIndicator {

  private final ChainWitness witness;

  AuditWitnessHealth(ChainWitness witness) {
    this.witness = witness;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    ChainWitness.State state = witness.state();
    WitnessFinding finding = state.finding();
    health.up().withDetail("file", state.file()).withDetail("entries", state.entries())
        .withDetail("lastSequence", state.lastSequence())
        .withDetail("finding", finding.outcome())
        .withDetail("explanation", finding.summary());
    if (finding.outcome() != WitnessFinding.Outcome.AGREES) {
      List<String> pilots = finding.references();
      health.withDetail("comparedWith", finding.witnessFile()).withDetail("missingSteps", finding.missing().size())
          .withDetail("missingPilots", pilots.subList(0, Math.min(pilots.size(), MissingStep.SHOWN)))
          .withDetail("missing", MissingStep.of(finding, MissingStep.SHOWN));
    }
  }
}
