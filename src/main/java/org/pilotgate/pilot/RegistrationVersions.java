package org.pilotgate.pilot;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.ProcessData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The frozen versions of a pilot's registration. Planning the trial freezes version 1; after an
 * ADAPT decision, planning again freezes the next version with the reason. Each version is announced
 * ({@link RegistrationFrozen}) with its content hash and what changed since the version before, and
 * any success criterion that differs from version 1 is flagged as outcome switching; the audit
 * chain keeps what is announced, and the versions are read back from it.
 */
@Component
public class RegistrationVersions {

  private final AuditChain chain;
  private final PilotRecords records;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RegistrationVersions(AuditChain chain, PilotRecords records, ApplicationEventPublisher events, Clock clock) {
    this.chain = chain;
    this.records = records;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Freezes {@code registration} as the pilot's next version, planned at {@code planTrial}, and makes
   * it the one the process reads. The first version marks the pilot's trial as planned in its record.
   */
  public RegistrationFrozen.Version freeze(DelegateTask planTrial, Registration registration, String actor,
      String reason) {
    String reference = records.of(planTrial.getProcessInstanceId()).reference();
    List<RegistrationFrozen.Version> earlier = recorded(reference);
    RegistrationFrozen.Version version = earlier.isEmpty()
        ? new RegistrationFrozen.Version(1, AuditChain.contentHash(registration), reason, registration, List.of(),
            List.of())
        : new RegistrationFrozen.Version(earlier.size() + 1, AuditChain.contentHash(registration), reason,
            registration, RegistrationChanges.between(earlier.get(earlier.size() - 1).registration(), registration)
                .stream().map(RegistrationChanges.Change::describe).toList(),
            RegistrationChanges.outcomeSwitching(earlier.get(0).registration(), registration));
    events.publishEvent(new RegistrationFrozen(reference, actor, version));
    records.trialPlanned(planTrial.getProcessInstanceId(), clock.instant());
    RegistrationRecord.write(planTrial, registration);
    planTrial.setVariable(RegistrationRecord.VERSION, version.version());
    planTrial.setVariable(RegistrationRecord.HASH, version.contentHash());
    planTrial.setVariable(RegistrationRecord.OUTCOME_SWITCHING, ProcessData.json(version.outcomeSwitching()));
    return version;
  }

  /**
   * The registration as last frozen, its version number and the success criteria switched since
   * version 1: what a report states, read from the audit chain, not from the process's variables.
   */
  public record Frozen(int version, Registration registration, List<String> outcomeSwitching) {}

  public Frozen lastFrozen(String reference) {
    List<RegistrationFrozen.Version> versions = recorded(reference);
    if (versions.isEmpty()) {
      throw new IllegalStateException(reference + " has no frozen registration: its trial was never planned");
    }
    RegistrationFrozen.Version last = versions.get(versions.size() - 1);
    return new Frozen(last.version(), last.registration(),
        RegistrationChanges.outcomeSwitching(versions.get(0).registration(), last.registration()));
  }

  /** The pilot's versions, oldest first, as the audit chain holds them. */
  public List<RegistrationFrozen.Version> recorded(String reference) {
    return chain.entriesOf(reference).stream()
        .filter(entry -> entry.kind() == AuditChain.Kind.REGISTRATION_VERSION)
        .map(entry -> ProcessData.read(entry.payload(), RegistrationFrozen.Version.class))
        .toList();
  }
}
