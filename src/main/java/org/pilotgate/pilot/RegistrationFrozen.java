package org.pilotgate.pilot;

import java.util.List;

/**
 * Announced when planning the trial freezes a version of the registration: version 1 on the first
 * plan, the next after each ADAPT decision. The audit chain keeps the {@link Version} as announced.
 */
public record RegistrationFrozen(String reference, String actor, Version version) {

  /**
   * A frozen version: {@code changes} describe what differs from the version before;
   * {@code outcomeSwitching} names the success criteria that differ from version 1.
   */
  public record Version(int version, String contentHash, String reason, Registration registration,
      List<String> changes, List<String> outcomeSwitching) {}
}
