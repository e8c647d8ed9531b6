package org.pilotgate.hackday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pilotgate.pilot.ServiceArea;

/** A hack day as PilotGate records it. */
public record HackDay(long id, String reference, String processInstanceId, LocalDate heldOn, String theme,
    List<ServiceArea> serviceAreas, String teamsInvited, Instant ideasOpenFrom, Instant ideasCloseAt,
    Status status, String plannedBy) {

  /** OPEN takes ideas (within the window); TRIAGE has closed its window; CLOSED has answered every idea. */
  public enum Status { OPEN, TRIAGE, CLOSED }

  public boolean takesIdeasAt(Instant now) {
    return status == Status.OPEN && !now.isBefore(ideasOpenFrom) && now.isBefore(ideasCloseAt);
  }

  /** Service areas as the proposal form's codes, comma separated, as stored. */
  static String codes(List<ServiceArea> areas) {
    return String.join(",", areas.stream().map(Enum::name).toList());
  }

  static List<ServiceArea> areas(String codes) {
    return codes.isBlank() ? List.of() : java.util.Arrays.stream(codes.split(",")).map(ServiceArea::valueOf).toList();
  }
}
