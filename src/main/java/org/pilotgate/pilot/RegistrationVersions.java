package org.pilotgate.pilot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.pilotgate.audit.AuditChain;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * The frozen versions of a pilot's registration. Planning the trial freezes version 1; after an
 * ADAPT decision, planning again records the next version with the reason. Each version is kept in
 * the audit chain with its content hash and what changed since the version before, and any success
 * criterion that differs from version 1 is flagged as outcome switching.
 */
@Component
public class RegistrationVersions {

  private final AuditChain chain;
  private final PilotRecords records;

  RegistrationVersions(AuditChain chain, PilotRecords records) {
    this.chain = chain;
    this.records = records;
  }

  /** A version as recorded. */
  public record Version(int number, String contentHash, String reason, Registration registration) {}

  /**
   * Records {@code registration} as the pilot's next version, planned at {@code planTrial}, and makes
   * it the one the process reads. The first version marks the pilot's trial as planned in its record.
   */
  public Version freeze(DelegateTask planTrial, Registration registration, String actor, String reason) {
    String reference = records.of(planTrial.getProcessInstanceId()).reference();
    List<Version> earlier = recorded(reference);
    Version version = new Version(earlier.size() + 1, AuditChain.contentHash(registration), reason, registration);
    List<String> outcomeSwitching = earlier.isEmpty() ? List.of()
        : RegistrationChanges.outcomeSwitching(earlier.get(0).registration(), registration);
    chain.append(reference, AuditChain.Kind.REGISTRATION_VERSION, actor,
        payload(version, earlier.isEmpty() ? null : earlier.get(earlier.size() - 1), outcomeSwitching));
    records.trialPlanned(planTrial.getProcessInstanceId(), Instant.now());
    RegistrationRecord.write(planTrial, registration);
    planTrial.setVariable(RegistrationRecord.VERSION, version.number());
    planTrial.setVariable(RegistrationRecord.HASH, version.contentHash());
    planTrial.setVariable(RegistrationRecord.OUTCOME_SWITCHING, ProcessData.json(outcomeSwitching));
    return version;
  }

  /**
   * The registration as last frozen, its version number and the success criteria switched since
   * version 1: what a report states, read from the audit chain, not from the process's variables.
   */
  public record Frozen(int version, Registration registration, List<String> outcomeSwitching) {}

  public Frozen lastFrozen(String reference) {
    List<Version> versions = recorded(reference);
    if (versions.isEmpty()) {
      throw new IllegalStateException(reference + " has no frozen registration: its trial was never planned");
    }
    Version last = versions.get(versions.size() - 1);
    return new Frozen(last.number(), last.registration(),
        RegistrationChanges.outcomeSwitching(versions.get(0).registration(), last.registration()));
  }

  /** The pilot's versions, oldest first, as the audit chain holds them. */
  public List<Version> recorded(String reference) {
    return chain.entriesOf(reference).stream()
        .filter(entry -> entry.kind() == AuditChain.Kind.REGISTRATION_VERSION)
        .map(entry -> ProcessData.read(entry.payload(), Map.class))
        .map(payload -> new Version(((Number) payload.get("version")).intValue(), (String) payload.get("contentHash"),
            (String) payload.get("reason"), ProcessData.convert(payload.get("registration"), Registration.class)))
        .toList();
  }

  private static Map<String, Object> payload(Version version, Version previous, List<String> outcomeSwitching) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("version", version.number());
    payload.put("contentHash", version.contentHash());
    payload.put("reason", version.reason());
    payload.put("registration", ProcessData.convert(version.registration(), Map.class));
    payload.put("changes", previous == null ? List.of()
        : RegistrationChanges.between(previous.registration(), version.registration()).stream()
            .map(RegistrationChanges.Change::describe).toList());
    payload.put("outcomeSwitching", outcomeSwitching);
    return payload;
  }
}
