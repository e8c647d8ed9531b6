package org.pilotgate.security;

import org.springframework.core.env.Environment;

/**
 * The first administrator of a production installation, from {@code PILOTGATE_ADMIN_ID} and
 * {@code PILOTGATE_ADMIN_PASSWORD}. Production has no demo users and no default password.
 */
public record ProductionAdmin(String id, String password) {

  public static final int MIN_PASSWORD_LENGTH = 12;
  static final String ID_VARIABLE = "PILOTGATE_ADMIN_ID";
  static final String PASSWORD_VARIABLE = "PILOTGATE_ADMIN_PASSWORD";

  /** Reads and checks the credentials, or says exactly what is missing. */
  public static ProductionAdmin from(Environment environment) {
    String id = environment.getProperty("pilotgate.admin.id");
    String password = environment.getProperty("pilotgate.admin.password");
    if (id == null || id.isBlank()) {
      throw new Missing("no first administrator: " + ID_VARIABLE + " is not set");
    }
    if (password == null || password.isEmpty()) {
      throw new Missing("no password for the first administrator: " + PASSWORD_VARIABLE + " is not set");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new Missing(PASSWORD_VARIABLE + " is too short: it has " + password.length() + " characters, at least "
          + MIN_PASSWORD_LENGTH + " are needed");
    }
    return new ProductionAdmin(id.strip(), password);
  }

  @Override
  public String toString() {
    return "ProductionAdmin[id=" + id + "]";
  }

  /** Production was started without usable administrator credentials. */
  public static class Missing extends RuntimeException {
    Missing(String problem) {
      super(problem);
    }
  }
}
