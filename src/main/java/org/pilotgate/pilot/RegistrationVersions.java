package org.pilotgate.pilot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.audit.AuditChain;
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

  RegistrationVersions(AuditChain chain) {
    this.chain = chain;
  }

  /** A version as recorded. */
  public record Version(int number, String contentHash, String reason, Registration registration) {}

  /** Records {@code registration} as the pilot's next version and makes it the one the process reads. */
  public Version freeze(VariableScope pilot, Registration registration, String actor, String reason) {
    String reference = (String) pilot.getVariable("pilotReference");
    List<Version> earlier = recorded(reference);
    Version version = new Version(earlier.size() + 1, AuditChain.contentHash(registration), reason, registration);
    List<String> outcomeSwitching = earlier.isEmpty() ? List.of()
        : RegistrationChanges.outcomeSwitching(earlier.get(0).registration(), registration);
    chain.append(reference, AuditChain.Kind.REGISTRATION_VERSION, actor,
        payload(version, earlier.isEmpty() ? null : earlier.get(earlier.size() - 1), outcomeSwitching));
    RegistrationRecord.write(pilot, registration);
    pilot.setVariable(RegistrationRecord.VERSION, version.number());
    pilot.setVariable(RegistrationRecord.HASH, version.contentHash());
    pilot.setVariable(RegistrationRecord.OUTCOME_SWITCHING, ProcessData.json(outcomeSwitching));
    return version;
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
