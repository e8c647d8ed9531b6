package org.pilotgate.audit;

import java.time.LocalDate;
import org.pilotgate.gate.GateRuling;

/**
 * A checked search of the pilot register: each filter null when not used, pages from 1 (as in the library's API).
 *
 * @param person a user involved in the pilot in any role, or in {@code role} when given
 * @param overrodeRecommendation true: only pilots where a gate decision differed from the
 *     recommendation; false: only pilots where none did
 */
public record PilotSearch(PilotStatus status, String serviceArea, LocalDate from, LocalDate to,
    GateRuling.Decision decision, String person, PilotRole role, Boolean overrodeRecommendation, int page,
    int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public static PilotSearch everything() {
    return new PilotSearch(null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE);
  }
}
