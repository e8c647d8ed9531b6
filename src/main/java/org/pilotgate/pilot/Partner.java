package org.pilotgate.pilot;

import org.pilotgate.form.Submission;

/** An organisation working on the pilot with the council. */
public record Partner(String name, Sector sector, String role) {

  public enum Sector { COUNCIL, OTHER_PUBLIC_BODY, PRIVATE, THIRD_SECTOR, UNIVERSAL_SERVICE_PROVIDER }

  /** The fields of a partner's row in the proposal form, besides its name. */
  public static final String SECTOR = "sector";
  public static final String ROLE = "role";

  static Partner from(Submission row) {
    return new Partner(row.line(RegistrationRecord.ROW_NAME, 200), row.choice(SECTOR, Sector.class),
        row.text(ROLE, 500));
  }
}
