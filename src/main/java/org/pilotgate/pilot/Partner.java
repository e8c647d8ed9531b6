package org.pilotgate.pilot;

import java.util.Optional;
import org.pilotgate.form.Submission;

/** An organisation working on the pilot with the council. */
public record Partner(String name, Sector sector, String role) {

  public enum Sector { COUNCIL, OTHER_PUBLIC_BODY, PRIVATE, THIRD_SECTOR, UNIVERSAL_SERVICE_PROVIDER }

  /** The fields of a partner's row in the proposal form, besides its name. */
  public static final String SECTOR = "sector";
  public static final String ROLE = "role";
  /** The partner picked from the register, by its id; the name field is for a partner not in it yet. */
  public static final String REGISTER_ID = "registerId";

  /** The names of the partner register's entries, by id: how a row picked from the register is named. */
  @FunctionalInterface
  public interface RegisterNames {
    Optional<String> nameOf(long id);
  }

  static Partner from(Submission row, RegisterNames register) {
    return new Partner(name(row, register), row.choice(SECTOR, Sector.class), row.text(ROLE, 500));
  }

  private static String name(Submission row, RegisterNames register) {
    if (row.isBlank(REGISTER_ID)) {
      if (row.isBlank(RegistrationRecord.ROW_NAME)) {
        throw row.invalid(RegistrationRecord.ROW_NAME, "pick a partner in the register, or type the name of one not in it yet");
      }
      return row.line(RegistrationRecord.ROW_NAME, 200);
    }
    String picked = row.line(REGISTER_ID, 20);
    try {
      return register.nameOf(Long.parseLong(picked)).orElseThrow(() -> row.invalid(REGISTER_ID,
          "must be a partner the register lists: pick one of them, or type the name of one it does not list yet"));
    } catch (NumberFormatException notAnId) {
      throw row.invalid(REGISTER_ID, "choose a partner the register lists, not '" + picked + "'");
    }
  }
}
